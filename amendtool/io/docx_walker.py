"""The walk through a Word body: paragraphs and table rows as blocks with their printed
pages, insertions kept and deletions skipped (the document as it prints with all changes
accepted), and each footnote or endnote placed after the paragraph that prints its mark."""

from __future__ import annotations

import docx
from lxml import etree

from amendtool.core.model import CELL_PARAGRAPH_BREAK, PageMark, ParagraphKind
from amendtool.core.structure import RawBlock
from amendtool.io.docx_notes import NoteReference, read_notes
from amendtool.io.docx_runs import _PageRuns
from amendtool.io.merged_cells import carried_down, join_captioned_rows, spans_of
from amendtool.io.word_capitals import Capitals
from amendtool.io.word_pages import _format_page, _mark_printed_numbers, _SectionProps
from amendtool.io.word_styles import _PLAIN, _Numbering, _style_table
from amendtool.io.word_xml import (
    W_DEL,
    W_INS,
    W_MOVEFROM,
    W_MOVETO,
    W_P,
    W_PPR,
    W_RPR,
    W_SDT,
    W_SDTCONTENT,
    W_SECTPR,
    W_TBL,
    W_TR,
    _first,
    _flag,
    _ilvl,
    _indent,
    _num_id,
    _outline_level,
    _props,
    _val,
    cell_text_paragraphs,
    grid_cells,
    hidden_state,
    vertical_merge,
)

_RUN_IN_WORDS = 12  # a lead-in longer than this is a paragraph of its own, hidden mark or not


class _Walker(_PageRuns):
    def __init__(self, document: docx.document.Document) -> None:
        self.styles = _style_table(document)
        self.numbering = _Numbering(document)
        self.capitals = Capitals(document)
        body = document.element.body
        self.sections = [_SectionProps(s) for s in body.iter(W_SECTPR)] or [_SectionProps(None)]
        _mark_printed_numbers(self.sections, document)
        self.section_index = 0
        self.blocks: list[RawBlock] = []
        self.revisions = False
        self.hidden = False
        self.text_boxes: list[etree._Element] = []
        self.box_count = 0  # the text boxes read so far: each box's number
        self.physical_page = 0
        self.page_label: str | None = None
        self.counter = 0
        self.pending_break = False
        self.started = False
        self.has_breaks = False
        self.rendered = False  # Word laid the pages out and recorded where each one breaks
        self.merge_next: RawBlock | None = None
        self.blank_pending = False
        self.notes = read_notes(document)
        self.note_references: list[NoteReference] = []

    # --- body ---------------------------------------------------------------------------
    def walk(self, container: etree._Element) -> None:
        self.walk_blocks(container)
        for block in self.blocks:
            block.all_pages_known = self.has_breaks
            if block.note_kind is ParagraphKind.ENDNOTE and block.note is not None:
                block.pages = (PageMark(0, self.page_label),)  # printed at the end

    def walk_blocks(self, container: etree._Element) -> None:
        for child in container.iterchildren():
            tag = child.tag
            if tag == W_P:
                self.paragraph(child)
            elif tag == W_TBL:
                self.table(child)
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                if content is not None:
                    self.walk_blocks(content)
            elif tag in (W_INS, W_MOVETO):
                self.revisions = True
                self.walk_blocks(child)
            elif tag in (W_DEL, W_MOVEFROM):
                self.revisions = True

    def table(self, table: etree._Element) -> None:
        """Each row a block; a cell merged down over rows (w:vMerge) stands in each of them,
        as an HTML rowspan is read (io/merged_cells.py)."""
        read: list[tuple[etree._Element, str | None, int, tuple[int, ...] | None]] = []
        grid: list[list[str | None]] = []
        merges: list[list[str]] = []
        for row in table.iter(W_TR):
            cells: list[str | None] = []
            states: list[str] = []
            for cell in grid_cells(row):
                states.append(vertical_merge(cell))
                if cell is None:  # a column the cell before spans: empty, as in HTML
                    cells.append(None)
                    continue
                parts = []
                for p in cell_text_paragraphs(cell):
                    text, _, _ = self.runs(p, _PLAIN)  # a cell's boldness is not read
                    parts.append(text.strip())
                cells.append(CELL_PARAGRAPH_BREAK.join(x for x in parts if x))
            grid.append(cells)
            merges.append(states)
            read.append((row, self.page_label, self.physical_page, spans_of(cells)))
        texts, owners = carried_down(grid, merges)
        for (row, label, page, spans), cells_text in zip(
            read, join_captioned_rows(texts, owners), strict=True
        ):
            text = "\t".join(cells_text)
            if text.strip():
                self.blocks.append(
                    RawBlock(
                        text=text,
                        pages=(PageMark(0, label),),
                        page_index=page,
                        table_row=True,
                        source=row,
                        spans=spans,
                    )
                )
        self.emit_notes()  # a table's notes follow the whole table
        self.read_text_boxes()

    def read_text_boxes(self) -> None:
        """The paragraphs of the text boxes the last paragraph (or table) anchors, each a
        paragraph of its own after it, marked with its box's number: Word prints a box
        apart from the text around it, so its paragraphs are not the section's."""
        boxes, self.text_boxes = self.text_boxes, []
        for box in boxes:
            self.box_count += 1
            first = len(self.blocks)
            self.walk_blocks(box)
            for block in self.blocks[first:]:
                if block.box is None and block.note is None:  # a box's own box keeps its number
                    block.box = str(self.box_count)

    def emit_notes(self) -> None:
        """The notes whose marks the last paragraph (or table) carries, in mark order; the
        paragraph keeps where each mark stands in it (`note_refs`, as model.py says)."""
        owner = self.blocks[-1] if self.blocks else None
        for reference in self.note_references:
            mark = self.notes.mark(reference, _format_page)
            if (
                owner is not None
                and not owner.table_row
                and owner.source is reference.paragraph
                and reference.offset is not None
            ):
                refs = [*(owner.note_refs or "").split(), f"{reference.offset}:{mark}"]
                owner.note_refs = " ".join(refs)
            for text, element in self.notes.paragraphs(reference):
                self.blocks.append(
                    RawBlock(
                        text=text,
                        pages=(PageMark(0, reference.page),),
                        page_index=reference.page_index,
                        note=mark,
                        note_kind=reference.kind,
                        source=element,
                    )
                )
        self.note_references = []

    def paragraph(self, p: etree._Element) -> None:
        first = p[0] if len(p) else None  # w:pPr comes first if at all
        ppr = first if first is not None and first.tag == W_PPR else None
        props = _props(ppr)
        style = self.styles.get(_val(props, "pStyle") or "", _PLAIN)
        if style.page_break_before or _flag(props, "pageBreakBefore"):
            self.pending_break = True
        text, marks, bold_runs = self.runs(p, style)
        level = _outline_level(props)
        if level is None:
            level = style.level
        jc = _val(props, "jc")
        centred = jc in ("center", "centre") if jc else style.centred
        num_id = _num_id(props) or style.num_id
        auto = self.numbering.label(num_id, _ilvl(props)) if num_id and text.strip() else None
        bullet = self.numbering.bullet(num_id, _ilvl(props)) if num_id and not auto else None
        visible = [(t, b) for t, b in bold_runs if t.strip()]
        bold = bool(visible) and all(b for _, b in visible)
        prefix = None
        if visible and visible[0][1] and not bold:
            prefix = ""
            for t, b in bold_runs:
                if not b and t.strip():
                    break
                prefix += t
        block = RawBlock(
            text=text,
            pages=tuple(marks) or (PageMark(0, self.page_label),),
            page_index=self.physical_page if not marks else self._page_index_at_start,
            bold=bold,
            centred=centred,
            capitals=self.capitals.shown(p, text, style.capitals),
            heading_level=level,
            style=style.name or None,
            indent=_indent(props),
            auto_number=auto,
            marker=bullet,
            bold_prefix=prefix,
            source=p,
        )
        if self.merge_next is not None:
            previous = self.merge_next
            offset = len(previous.text)
            previous.text += block.text
            previous.pages = previous.pages + tuple(
                PageMark(m.offset + offset, m.label) for m in block.pages
            )
            block = previous
            self.merge_next = None
        elif text.strip():
            block.blank_before = self.blank_pending
            self.blank_pending = False
            self.blocks.append(block)
        else:
            self.blank_pending = True
        if ppr is not None:
            mark = props.get(W_RPR)
            if hidden_state(mark) and len(block.text.split()) <= _RUN_IN_WORDS:
                block.run_in = True  # a lead-in Word prints run into the next paragraph
            if mark is not None and _first(mark, W_DEL) is not None and block.text.strip():
                self.revisions = True
                self.merge_next = block  # deleted paragraph mark: joins the next paragraph
            # A hidden paragraph mark (Word's style separator after a run-in heading) is
            # printed as one paragraph with the next, but stays a paragraph boundary here:
            # the heading keeps its section, and the redline edits each w:p as it stands.
            if W_SECTPR in props:
                self.section_index += 1
                following = self.sections[min(self.section_index, len(self.sections) - 1)]
                if following.starts_new_page:
                    self.pending_break = True
        if self.merge_next is None:
            self.emit_notes()
            self.read_text_boxes()
