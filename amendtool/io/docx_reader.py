"""Word .docx: headings by style or by look, printed pages from breaks and page numbering.

The body is walked directly (lxml under python-docx) because `Paragraph.text` drops the text
of tracked insertions; here insertions are kept and deletions skipped, i.e. the document is
read as it prints with all changes accepted.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from amendtool.core.errors import InputError
from amendtool.core.model import CELL_PARAGRAPH_BREAK, PageMark, ParagraphKind
from amendtool.core.structure import RawBlock
from amendtool.io.docx_notes import NoteReference, read_notes
from amendtool.io.docx_page_layout import forget_unknown_pages

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = "{" + W + "}"


@cache
def _house_reference(rpr: etree._Element | None) -> bool:
    """A run in the house style's note-mark style after the paragraph's first text: a
    reference to a note the offer printed bare ("purposes.¹"), left out as Word's are."""
    style = rpr.find(q("rStyle")) if rpr is not None else None
    return style is not None and style.get(q("val")) == "ATNoteMark"


def q(tag: str) -> str:
    return _W + tag


W_ABSTRACTNUM = q("abstractNum")
W_ABSTRACTNUMID = q("abstractNumId")
W_B = q("b")
W_BASEDON = q("basedOn")
W_BR = q("br")
W_COMMENTREFERENCE = q("commentReference")
W_CR = q("cr")
W_DEL = q("del")
W_DELTEXT = q("delText")
W_ENDNOTEREFERENCE = q("endnoteReference")
W_FMT = q("fmt")
W_FOOTERREFERENCE = q("footerReference")
W_FOOTNOTEREFERENCE = q("footnoteReference")
W_HEADERREFERENCE = q("headerReference")
W_TITLEPG = q("titlePg")
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_ILVL = q("ilvl")
W_IND = q("ind")
W_INS = q("ins")
W_INSTRTEXT = q("instrText")
W_LASTRENDEREDPAGEBREAK = q("lastRenderedPageBreak")
W_LEFT = q("left")
W_LVL = q("lvl")
W_LVLOVERRIDE = q("lvlOverride")
W_MOVEFROM = q("moveFrom")
W_MOVETO = q("moveTo")
W_NAME = q("name")
W_NOBREAKHYPHEN = q("noBreakHyphen")
W_NUM = q("num")
W_NUMID = q("numId")
W_NUMPR = q("numPr")
W_P = q("p")
W_PPR = q("pPr")
W_PPRCHANGE = q("pPrChange")
W_PAGEBREAKBEFORE = q("pageBreakBefore")
W_PGNUMTYPE = q("pgNumType")
W_PTAB = q("ptab")
W_R = q("r")
W_RPR = q("rPr")
W_RPRCHANGE = q("rPrChange")
W_SDT = q("sdt")
W_SDTCONTENT = q("sdtContent")
W_SECTPR = q("sectPr")
W_START = q("start")
W_STYLE = q("style")
W_STYLEID = q("styleId")
W_T = q("t")
W_TAB = q("tab")
W_TBL = q("tbl")
W_TC = q("tc")
W_TR = q("tr")
W_TYPE = q("type")
W_VAL = q("val")


_SKIP = {
    W_DEL,
    W_MOVEFROM,
    W_PPR,
    W_RPR,
    W_INSTRTEXT,
    W_DELTEXT,
    W_COMMENTREFERENCE,
}
_NOTE_REFERENCES = {
    W_FOOTNOTEREFERENCE: ParagraphKind.FOOTNOTE,
    W_ENDNOTEREFERENCE: ParagraphKind.ENDNOTE,
}
_REVISIONS = (W_INS, W_DEL, W_MOVEFROM, W_MOVETO, W_PPRCHANGE, W_RPRCHANGE)
_HEADING_NAME = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)


@dataclass
class _StyleInfo:
    name: str = ""
    level: int | None = None
    bold: bool = False
    centred: bool = False
    page_break_before: bool = False
    num_id: str | None = None


_PLAIN = _StyleInfo()


@dataclass
class DocxResult:
    blocks: list[RawBlock]
    notices: list[str]


def open_docx(path: Path, content: IO[bytes] | None = None) -> docx.document.Document:
    """The package at `path`, or in `content` (the bytes the input gate read) when given."""
    try:
        return docx.Document(content if content is not None else str(path))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise InputError(
            path, "is not a readable Word document; open it in Word and save it again as .docx"
        ) from exc


def read_docx_blocks(path: Path, content: IO[bytes] | None = None) -> DocxResult:
    result = walk_docx(open_docx(path, content))
    if _hard_wrapped(result.blocks):
        from amendtool.io.edgar_text_reader import edgar_text_blocks

        result.blocks = edgar_text_blocks(_as_text(result.blocks))
        result.notices.append(
            "has a paragraph for every line (text pasted from EDGAR?); read "
            "as EDGAR text, lines joined into paragraphs"
        )
    return result


def _hard_wrapped(blocks: list[RawBlock]) -> bool:
    """Most lines run on into the next 'paragraph': one Word paragraph per printed line."""
    runs_on = sum(
        1
        for a, b in itertools.pairwise(blocks)
        if not b.blank_before
        and b.text[:1].islower()
        and not a.text.rstrip().endswith((".", ":", "?", "!", '"', "”"))
    )
    return len(blocks) >= 20 and runs_on >= len(blocks) * 0.2


def _as_text(blocks: list[RawBlock]) -> str:
    lines: list[str] = []
    page = blocks[0].page_index if blocks else 0
    for block in blocks:
        if block.page_index != page:
            lines.append("<PAGE>")
            page = block.page_index
        if block.blank_before:
            lines.append("")
        lines.append(block.text.replace("\t", "    "))
    return "\n".join(lines)


def walk_docx(document: docx.document.Document) -> DocxResult:
    """Blocks of an opened document; each block's `source` is its w:p (or w:tr) element."""
    walker = _Walker(document)
    walker.walk(document.element.body)
    notices = []
    unknown = forget_unknown_pages(walker.blocks, walker.rendered)
    if unknown:
        notices.append(unknown)
    if walker.revisions:
        notices.append("holds tracked changes; read as it prints with all changes accepted")
    has_comments = any(rel.reltype.endswith("/comments") for rel in document.part.rels.values())
    if has_comments:
        notices.append("holds comments; they are not part of the text and were left out")
    return DocxResult(walker.blocks, notices)


class _Walker:
    def __init__(self, document: docx.document.Document) -> None:
        self.styles = _style_table(document)
        self.numbering = _Numbering(document)
        body = document.element.body
        self.sections = [_SectionProps(s) for s in body.iter(W_SECTPR)] or [_SectionProps(None)]
        _mark_printed_numbers(self.sections, document)
        self.section_index = 0
        self.blocks: list[RawBlock] = []
        self.revisions = False
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
        for child in container.iterchildren():
            tag = child.tag
            if tag == W_P:
                self.paragraph(child)
            elif tag == W_TBL:
                self.table(child)
            elif tag == W_SDT:
                content = child.find(W_SDTCONTENT)
                if content is not None:
                    self.walk(content)
            elif tag in (W_INS, W_MOVETO):
                self.revisions = True
                self.walk(child)
            elif tag in (W_DEL, W_MOVEFROM):
                self.revisions = True
        for block in self.blocks:
            block.all_pages_known = self.has_breaks
            if block.note_kind is ParagraphKind.ENDNOTE and block.note is not None:
                block.pages = (PageMark(0, self.page_label),)  # printed at the end

    def table(self, table: etree._Element) -> None:
        for row in table.iter(W_TR):
            cells = []
            start_label = None
            for cell in row.iterchildren(W_TC):
                parts = []
                for p in cell.iter(W_P):
                    text, _, _ = self.runs(p)
                    if start_label is None:
                        start_label = self.page_label
                    parts.append(text.strip())
                cells.append(CELL_PARAGRAPH_BREAK.join(x for x in parts if x))
            text = "\t".join(cells)
            if text.strip():
                self.blocks.append(
                    RawBlock(
                        text=text,
                        pages=(PageMark(0, self.page_label),),
                        page_index=self.physical_page,
                        table_row=True,
                        source=row,
                    )
                )
        self.emit_notes()  # a table's notes follow the whole table

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
            if mark is not None and _first(mark, W_DEL) is not None and block.text.strip():
                self.revisions = True
                self.merge_next = block  # deleted paragraph mark: joins the next paragraph
            if W_SECTPR in props:
                self.section_index += 1
                following = self.sections[min(self.section_index, len(self.sections) - 1)]
                if following.starts_new_page:
                    self.pending_break = True
        if self.merge_next is None:
            self.emit_notes()

    # --- runs ---------------------------------------------------------------------------
    def runs(
        self, p: etree._Element, style: _StyleInfo | None = None
    ) -> tuple[str, list[PageMark], list[tuple[str, bool]]]:
        pieces: list[str] = []
        marks: list[PageMark] = []
        bold_runs: list[tuple[str, bool]] = []
        self._page_index_at_start = self.physical_page
        length = 0
        if style is None:
            style = self.styles.get(_val(_props(_first(p, W_PPR)), "pStyle") or "", _PLAIN)

        def emit(text: str, bold: bool) -> None:
            nonlocal length
            if not text:
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
                if tag in _SKIP:
                    if tag in (W_DEL, W_MOVEFROM):
                        self.revisions = True
                    continue
                if tag == W_R:
                    first = child[0] if len(child) else None  # w:rPr comes first if at all
                    rpr = first if first is not None and first.tag == W_RPR else None
                    if length and _house_reference(rpr):
                        continue  # a bare note reference the house style set: no text
                    visit(child, _run_bold(rpr, style.bold))
                elif tag == W_T:
                    emit(child.text or "", bold)
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
                elif tag in _REVISIONS:
                    self.revisions = True
                    visit(child, bold)
                elif isinstance(tag, str):
                    visit(child, bold)

        visit(p, style.bold)
        return "".join(pieces), marks, bold_runs

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


class _SectionProps:
    def __init__(self, sect_pr: etree._Element | None) -> None:
        self.start: int | None = None
        self.fmt = "decimal"
        self.starts_new_page = True
        self.prints_numbers = True
        self.prints_first = True  # the section's first page, when it has a header of its own
        self.title_page = False  # "Different First Page"
        self.references: dict[str, list[str]] = {}  # by type: default, first, even
        if sect_pr is None:
            return
        for ref in sect_pr:
            if ref.tag in (W_HEADERREFERENCE, W_FOOTERREFERENCE):
                rid = ref.get(f"{{{_R_NS}}}id") or ""
                self.references.setdefault(ref.get(W_TYPE) or "default", []).append(rid)
        title = sect_pr.find(W_TITLEPG)
        self.title_page = title is not None and title.get(W_VAL) not in ("0", "false", "off")
        pg = sect_pr.find(W_PGNUMTYPE)
        if pg is not None:
            start = pg.get(W_START)
            self.start = int(start) if start and start.lstrip("-").isdigit() else None
            self.fmt = pg.get(W_FMT) or "decimal"
        kind = sect_pr.find(W_TYPE)
        if kind is not None and kind.get(W_VAL) == "continuous":
            self.starts_new_page = False


_PAGE_FIELD = re.compile(rb"(?:instrText[^>]*>|instr=\")\s*PAGE\b")


def _mark_printed_numbers(sections: list[_SectionProps], document: docx.document.Document) -> None:
    """A page's number is what its header or footer prints; no PAGE field, no printed number."""
    parts = document.part.related_parts
    inherited: dict[str, bool] = {}  # a section without a header of a type uses the last one's
    for props in sections:
        for kind, rids in props.references.items():
            inherited[kind] = any(
                rid in parts and _PAGE_FIELD.search(parts[rid].blob) for rid in rids
            )
        props.prints_numbers = inherited.get("default", False)
        # with "Different First Page", the first page prints only what its own header prints
        props.prints_first = inherited.get("first", False)


def _format_page(number: int, fmt: str) -> str:
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(number)
        return roman if fmt == "lowerRoman" else roman.upper()
    if fmt in ("lowerLetter", "upperLetter") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    return str(number)


def _roman(number: int) -> str:
    values = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ]
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out or str(number)


Props = dict[str, etree._Element]


def _first(element: etree._Element, tag: str) -> etree._Element | None:
    """The first child with `tag`, as `element.find(tag)` (which walks a path in Python)."""
    return next(element.iterchildren(tag), None)


def _props(element: etree._Element | None) -> Props:
    """An element's children by tag, the first of each: one pass for all the properties a
    paragraph is asked for."""
    out: Props = {}
    if element is not None:
        for child in element.iterchildren():
            out.setdefault(child.tag, child)
    return out


def _val(props: Props, tag: str) -> str | None:
    element = props.get(q(tag))
    return element.get(W_VAL) if element is not None else None


def _flag(props: Props, tag: str) -> bool:
    element = props.get(q(tag))
    return element is not None and element.get(W_VAL) not in ("0", "false", "off")


def _run_bold(rpr: etree._Element | None, default: bool) -> bool:
    if rpr is None:
        return default
    element = _first(rpr, W_B)
    if element is None:
        return default
    return element.get(W_VAL) not in ("0", "false", "off")


def _outline_level(props: Props) -> int | None:
    value = _val(props, "outlineLvl")
    if value is not None and value.isdigit() and int(value) < 9:
        return int(value) + 1
    return None


def _num_id(props: Props) -> str | None:
    num = props.get(W_NUMPR)
    if num is None:
        return None
    value = _val(_props(num), "numId")
    return value if value and value != "0" else None


def _ilvl(props: Props) -> int:
    num = props.get(W_NUMPR)
    value = _val(_props(num), "ilvl") if num is not None else None
    return int(value) if value and value.isdigit() else 0


def _indent(props: Props) -> int | None:
    ind = props.get(W_IND)
    if ind is None:
        return None
    value = ind.get(W_LEFT) or ind.get(W_START)
    return int(value) if value and value.lstrip("-").isdigit() else None


def _style_table(document: docx.document.Document) -> dict[str, _StyleInfo]:
    """Each paragraph style's heading level, bold, centring and numbering, via basedOn."""
    raw: dict[str, etree._Element] = {}
    styles_element = document.styles.element
    for style in styles_element.iterchildren(W_STYLE):
        if style.get(W_TYPE) == "paragraph":
            raw[style.get(W_STYLEID) or ""] = style
    resolved: dict[str, _StyleInfo] = {}

    def resolve(style_id: str, depth: int = 0) -> _StyleInfo:
        if style_id in resolved:
            return resolved[style_id]
        element = raw.get(style_id)
        if element is None or depth > 20:
            return _StyleInfo()
        based = element.find(W_BASEDON)
        parent = resolve(based.get(W_VAL) or "", depth + 1) if based is not None else _StyleInfo()
        name_el = element.find(W_NAME)
        name = name_el.get(W_VAL) if name_el is not None else style_id
        info = _StyleInfo(
            name=name or "",
            level=parent.level,
            bold=parent.bold,
            centred=parent.centred,
            page_break_before=parent.page_break_before,
            num_id=parent.num_id,
        )
        match = _HEADING_NAME.match(name or "")
        if match:
            info.level = int(match.group(1))
        elif (name or "").lower() == "title":
            info.level = 1
        props = _props(_first(element, W_PPR))
        level = _outline_level(props)
        if level is not None:
            info.level = level
        jc = _val(props, "jc")
        if jc:
            info.centred = jc in ("center", "centre")
        if W_PAGEBREAKBEFORE in props:
            info.page_break_before = _flag(props, "pageBreakBefore")
        info.num_id = _num_id(props) or info.num_id
        info.bold = _run_bold(element.find(W_RPR), info.bold)
        resolved[style_id] = info
        return info

    for style_id in raw:
        resolve(style_id)
    return resolved


_COUNTED = frozenset({"decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman"})


class _Numbering:
    """Word list numbers ("7.") that are not in the paragraph text, counted as Word does."""

    def __init__(self, document: docx.document.Document) -> None:
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.abstract_of: dict[str, str] = {}
        self.restarts: dict[tuple[str, int], int] = {}  # (w:num, level) → its start override
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstracts = {a.get(W_ABSTRACTNUMID): a for a in numbering.iterchildren(W_ABSTRACTNUM)}
        for num in numbering.iterchildren(W_NUM):
            num_id = num.get(W_NUMID) or ""
            abstract_ref = num.find(W_ABSTRACTNUMID)
            abstract_id = abstract_ref.get(W_VAL) if abstract_ref is not None else None
            abstract = abstracts.get(abstract_id)
            if abstract is None:
                continue
            self.abstract_of[num_id] = abstract_id or ""
            for lvl in abstract.iterchildren(W_LVL):
                self._level(num_id, lvl)
            for override in num.iterchildren(W_LVLOVERRIDE):
                # a list restarted on its own w:num: "(a)" again, or a level redefined
                ilvl = int(override.get(W_ILVL) or 0)
                lvl = override.find(W_LVL)
                if lvl is not None:
                    self._level(num_id, lvl)
                start = _val(_props(override), "startOverride")
                if start is not None and start.lstrip("-").isdigit():
                    self.restarts[(num_id, ilvl)] = int(start)

    def _level(self, num_id: str, lvl: etree._Element) -> None:
        ilvl = int(lvl.get(W_ILVL) or 0)
        level_props = _props(lvl)
        fmt = _val(level_props, "numFmt") or "decimal"
        text = _val(level_props, "lvlText") or ""
        start = _val(level_props, "start")
        self.formats[(num_id, ilvl)] = (fmt, text, int(start) if start else 1)

    def bullet(self, num_id: str, ilvl: int) -> str | None:
        """The mark of a bulleted list level ("•"), shown on screen beside the text."""
        fmt, _text, _start = self.formats.get((num_id, ilvl), ("", "", 1))
        return "•" if fmt == "bullet" else None

    def label(self, num_id: str, ilvl: int) -> str | None:
        fmt, text, start = self.formats.get((num_id, ilvl), ("", "", 1))
        if fmt not in _COUNTED:
            return None  # bullets and other marks are not cited
        key = (self.abstract_of.get(num_id, num_id), ilvl)
        restart = self.restarts.pop((num_id, ilvl), None)  # at the w:num's first paragraph
        if restart is not None:
            self.counters[key] = restart - 1
        value = self.counters.get(key, start - 1) + 1
        self.counters[key] = value
        for deeper in [k for k in self.counters if k[0] == key[0] and k[1] > ilvl]:
            del self.counters[deeper]
        if "%" not in text or text.count("%") > 1:
            return None
        return text.replace(f"%{ilvl + 1}", _format_page(value, fmt))
