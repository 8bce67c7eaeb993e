"""The runs of a Word paragraph as the reader takes them (insertions kept, deletions and
note references left out of the text) and the printed page each falls on, counted from the
page breaks Word writes and each section's page numbering."""

from __future__ import annotations

from lxml import etree

from amendtool.core.model import PageMark
from amendtool.io.docx_notes import NoteReference
from amendtool.io.plain_runs import plain_runs
from amendtool.io.word_pages import _format_page, _SectionProps
from amendtool.io.word_styles import _PLAIN, _StyleInfo
from amendtool.io.word_symbols import (
    W_SYM,
    RunFonts,
    run_symbol_fonts,
    shown_in_font,
    symbol_text,
)
from amendtool.io.word_xml import (
    _NOTE_REFERENCES,
    _REVISIONS,
    _SKIP,
    MC_FALLBACK,
    W_BR,
    W_CR,
    W_DEL,
    W_FLDCHAR,
    W_LASTRENDEREDPAGEBREAK,
    W_MOVEFROM,
    W_NOBREAKHYPHEN,
    W_PPR,
    W_PTAB,
    W_R,
    W_RPR,
    W_T,
    W_TAB,
    W_TXBXCONTENT,
    W_TYPE,
    FieldState,
    _first,
    _house_reference,
    _props,
    _run_bold,
    _val,
    hidden_run,
    q,
)


class _PageRuns:
    """What the walk keeps of pages and notes while it reads runs (set by the walker)."""

    styles: dict[str, _StyleInfo]
    sections: list[_SectionProps]
    section_index: int
    physical_page: int
    page_label: str | None
    counter: int
    pending_break: bool
    started: bool
    has_breaks: bool
    rendered: bool
    revisions: bool
    hidden: bool  # text Word does not print was met (and left out)
    text_boxes: list[etree._Element]  # met in a paragraph: read as paragraphs after it
    note_references: list[NoteReference]
    _page_index_at_start: int

    # --- runs ---------------------------------------------------------------------------
    def runs(
        self, p: etree._Element, style: _StyleInfo | None = None
    ) -> tuple[str, list[PageMark], list[tuple[str, bool]]]:
        """The paragraph's text, the page marks in it and its pieces with their boldness."""
        self._page_index_at_start = self.physical_page
        if style is None:
            style = self.styles.get(_val(_props(_first(p, W_PPR)), "pStyle") or "", _PLAIN)
        plain = plain_runs(p, style.bold)
        if plain is not None:
            return self._plain_text(plain)
        return self.walked_runs(p, style)

    def walked_runs(
        self, p: etree._Element, style: _StyleInfo
    ) -> tuple[str, list[PageMark], list[tuple[str, bool]]]:
        """`runs` by the full walk of the paragraph: fields, notes, breaks, revisions."""
        pieces: list[str] = []
        marks: list[PageMark] = []
        bold_runs: list[tuple[str, bool]] = []
        self._page_index_at_start = self.physical_page
        length = 0
        fields = FieldState()

        def emit(text: str, bold: bool) -> None:
            nonlocal length
            if not text or fields.in_instruction:
                return
            if self.pending_break or not self.started:
                self._new_page(initial=not self.started)
                if length == 0:
                    self._page_index_at_start = self.physical_page
                marks.append(PageMark(length, self.page_label))
            elif not marks:
                marks.append(PageMark(0, self.page_label))
            pieces.append(text)
            length += len(text)
            bold_runs.append((text, bold))

        custom_mark = [False]  # w:customMarkFollows: the next text is a note's mark
        in_font: list[RunFonts | None] = [None]  # the symbol fonts of the run being read

        def visit(element: etree._Element, bold: bool) -> None:
            for child in element.iterchildren():
                tag = child.tag
                if tag in _NOTE_REFERENCES:
                    self.note_references.append(
                        NoteReference(
                            _NOTE_REFERENCES[tag],
                            child.get(q("id")) or "",
                            marks[-1].label if marks else self.page_label,
                            self.physical_page,
                            offset=sum(not c.isspace() for piece in pieces for c in piece),
                            paragraph=p,
                        )
                    )
                    custom_mark[0] = child.get(q("customMarkFollows")) in ("1", "true", "on")
                    continue
                if tag == W_T and custom_mark[0]:
                    self.note_references[-1].custom_mark = child.text or ""
                    custom_mark[0] = False
                    continue
                if tag == W_FLDCHAR:
                    fields.see(child)
                    continue
                if tag in _SKIP:
                    if tag in (W_DEL, W_MOVEFROM):
                        self.revisions = True
                    continue
                if tag == W_R:
                    first = child[0] if len(child) else None  # w:rPr comes first if at all
                    rpr = first if first is not None and first.tag == W_RPR else None
                    if hidden_run(rpr):
                        self.hidden = True
                        for mark in child.iterchildren(W_FLDCHAR):
                            fields.see(mark)  # a hidden field's bounds still count
                        continue
                    if length and _house_reference(rpr):
                        continue  # a bare note reference the house style set: no text
                    in_font[0] = run_symbol_fonts(rpr)
                    visit(child, _run_bold(rpr, style.bold))
                    in_font[0] = None
                elif tag == W_T:
                    text = child.text or ""
                    emit(shown_in_font(text, in_font[0]) if in_font[0] else text, bold)
                elif tag in (W_TAB, W_PTAB):
                    emit("\t", bold)
                elif tag in (W_BR, W_CR):
                    if child.get(W_TYPE) == "page":
                        self.pending_break = True
                        self.has_breaks = True
                    elif child.get(W_TYPE) != "column":
                        emit("\n", bold)
                elif tag == W_LASTRENDEREDPAGEBREAK:
                    self.rendered = True
                    if self.started:
                        self.pending_break = True
                        self.has_breaks = True
                elif tag == W_NOBREAKHYPHEN:
                    emit("-", bold)
                elif tag == W_SYM:  # Insert > Symbol: the character Word shows, if known
                    emit(symbol_text(child), bold)
                elif tag == MC_FALLBACK:
                    continue  # a copy of the drawing's text box, for older programs
                elif tag == W_TXBXCONTENT:
                    self.text_boxes.append(child)
                elif tag in _REVISIONS:
                    self.revisions = True
                    visit(child, bold)
                elif isinstance(tag, str):
                    visit(child, bold)

        visit(p, style.bold)
        return "".join(pieces), marks, bold_runs

    def _plain_text(
        self, plain: list[tuple[str, bool]]
    ) -> tuple[str, list[PageMark], list[tuple[str, bool]]]:
        """What the walk below makes of a plain paragraph's pieces: only the first can start
        a page, as no break stands between them."""
        if not plain:
            return "", [], plain
        if self.pending_break or not self.started:
            self._new_page(initial=not self.started)
            self._page_index_at_start = self.physical_page
        marks = [PageMark(0, self.page_label)]
        if len(plain) == 1:
            return plain[0][0], marks, plain
        return "".join(text for text, _ in plain), marks, plain

    def _new_page(self, initial: bool) -> None:
        props = self.sections[min(self.section_index, len(self.sections) - 1)]
        if initial:
            self.started = True
            self.counter = props.start if props.start is not None else 1
            self.physical_page = 0
        else:
            self.physical_page += 1
            if props.start is not None and props is not getattr(self, "_numbered_from", None):
                self.counter = props.start
            else:
                self.counter += 1
            self.has_breaks = True
        first = props is not getattr(self, "_numbered_from", None) and (
            initial or props.starts_new_page
        )
        self._numbered_from = props
        prints = props.prints_first if first and props.title_page else props.prints_numbers
        # a page numbered 0 (a cover counted before page 1) is cited by name, never as "page 0"
        self.page_label = _format_page(self.counter, props.fmt) if prints else None
        if self.counter <= 0 and props.fmt not in ("lowerRoman", "upperRoman"):
            self.page_label = None
        self.pending_break = False
