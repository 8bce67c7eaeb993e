"""Turns the blocks a reader found into sections: which lines are headings, and of what rank.

Readers differ in what they can see (Word styles and bold runs, HTML tags, only indentation
in EDGAR text); they all hand over `RawBlock`s and this module decides the outline the same
way for every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from amendtool.core.closing import split_closing
from amendtool.core.contents_entries import is_contents_entry
from amendtool.core.headings import (
    Heading,
    classify,
    main_sequence,
    missing_numbers,
    split_lettered_parts,
    split_merged_heading,
    split_plain_run_ins,
    split_run_in_headings,
)
from amendtool.core.model import (
    CELL_BREAK,
    CELL_PARAGRAPH_BREAK,
    WHOLE_DOCUMENT,
    Document,
    PageMark,
    Paragraph,
    ParagraphKind,
    RowLook,
    Section,
    SectionKind,
    cell_paragraphs,
    is_caption_style,
    row_cells,
)
from amendtool.core.notes import mark_table_notes
from amendtool.core.numbered_as import named_as_cited
from amendtool.core.outline import Place, titled_level, titles_as_sections
from amendtool.core.part_names import named_parts, names_a_part
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import strip_heading_stop
from amendtool.core.titles import is_title_like, reads_as_sentence
from amendtool.core.typography import collapse_spaces
from amendtool.core.unheaded_summary import split_unheaded_summary


@dataclass
class RawBlock:
    """One paragraph-like block as read, before the outline is known."""

    text: str
    pages: tuple[PageMark, ...] = ()
    page_index: int = 0  # physical page, 0 for the first (cover) page
    bold: bool = False
    centred: bool = False
    # printed in capitals by its look (Word's small caps or all caps, CSS small-caps or
    # uppercase), whatever case it is typed in: read as the same words typed in capitals
    capitals: bool = False
    heading_level: int | None = None  # from a Word heading style, outline level or <hN>
    style: str | None = None
    indent: int | None = None
    table_row: bool = False
    table: str | None = None  # the table a row belongs to (one id across its pages)
    note: str | None = None  # a footnote or endnote: its mark as printed ("3", "*")
    note_kind: ParagraphKind = ParagraphKind.FOOTNOTE
    box: str | None = None  # a paragraph of a Word text box: the box's number (model.py)
    auto_number: str | None = None  # Word list numbering printed before the text, e.g. "7."
    marker: str | None = None  # Word list bullet ("•"): shown on screen, not in the text
    note_refs: str | None = None  # bare note references left out of the text (model.py)
    bold_prefix: str | None = None  # leading bold words of a run-in heading
    # Word: a short lead-in printed run into the next paragraph (a style separator, a hidden
    # paragraph mark, after it): a numbered one is a section heading, any other a caption
    run_in: bool = False
    quotation: bool = False  # set in as a quotation (EDGAR text indent, Word "Quote" style)
    single_line: bool = False  # EDGAR text: the block was one line in the file
    line_count: int = 0  # EDGAR text: lines the block had in the file (0: not known)
    all_pages_known: bool = field(default=False, repr=False)
    blank_before: bool = False  # Word: an empty paragraph came before this one
    spans: tuple[int, ...] | None = None  # a table row's merged cells (model.Paragraph)
    look: RowLook | None = field(default=None, repr=False, compare=False)  # its rules, bold
    source: object | None = field(default=None, repr=False, compare=False)  # e.g. a w:p element


def build_document(blocks: list[RawBlock], source: str = "") -> Document:
    """Group blocks under the headings that make up the document's outline."""
    blocks = mark_table_notes(split_run_in_headings([b for b in blocks if b.text.strip()]))
    blocks = split_lettered_parts(blocks)
    candidates = [classify(b) for b in blocks]
    main = main_sequence(candidates)
    if len(main) < 3:
        # no numbered headings on lines of their own: try headings run into their text
        # ("7. Conditions of the Offer. Notwithstanding …"), kept only if they form a run
        split = split_plain_run_ins(blocks)
        split_candidates = [classify(b) for b in split]
        split_main = main_sequence(split_candidates)
        if len(split_main) >= max(3, len(main) + 1):
            blocks, candidates, main = split, split_candidates, split_main
    blocks, candidates, main = _repair(blocks, candidates, main)
    if not main:
        candidates = titles_as_sections(blocks, candidates)
    candidates = named_parts(blocks, candidates, main[0] if main else None)
    if main and main[0] > 0:
        above = main[0] - 1
        if not is_contents_entry(blocks, above):
            candidates[above] = _part_over_sections(blocks[above], candidates[above])
    main_numbers = set(main)
    numbered_levels = {h.level for i in main if (h := candidates[i]) is not None}
    top_level = min((lvl for lvl in numbered_levels if lvl is not None), default=None)
    if top_level is None:  # no numbered sections: the titles at the highest level used twice
        top_level = titled_level(candidates)
    place = Place(blocks, candidates, main)

    sections: list[Section] = []
    current = Section(id="front", kind=SectionKind.FRONT, heading="", title="Cover Page")
    used_ids: set[str] = set()
    front_blocks: list[RawBlock] = []  # the block of each of the cover's paragraphs
    for index, (block, heading) in enumerate(zip(blocks, candidates, strict=True)):
        starts = False
        if heading and heading.kind is SectionKind.NUMBERED and index in main_numbers:
            starts = True
        elif heading and heading.kind is SectionKind.PART:
            starts = place.part_starts(index, heading, top_level, current)
        if starts and heading:
            if current.kind is SectionKind.FRONT:  # a summary after it may print no heading
                sections += split_unheaded_summary(current, front_blocks, used_ids)
            else:
                sections.append(current)
            current = Section(
                id=_unique_id(heading, used_ids),
                kind=heading.kind or SectionKind.PART,
                heading=collapse_spaces(block.text),
                number=heading.number,
                title=heading.title,
                heading_pages=block.pages[:1],
                heading_source=block.source,
            )
            continue
        current.paragraphs.append(_paragraph(block, heading, current))
        if current.kind is SectionKind.FRONT:
            front_blocks.append(block)
    if current.paragraphs or current.kind is not SectionKind.FRONT:
        sections.append(current)
    sections = split_closing(named_as_cited(sections))
    if not any(s.kind in (SectionKind.NUMBERED, SectionKind.PART) for s in sections):
        for section in sections:  # no heading: the "cover" is the whole offer
            if section.kind is SectionKind.FRONT:
                section.title = WHOLE_DOCUMENT
    return Document(sections=sections, source=source)


def _paragraph(block: RawBlock, heading: Heading | None, section: Section) -> Paragraph:
    kind = ParagraphKind.BODY
    if block.note is not None:
        kind = block.note_kind
    elif block.table_row:
        kind = ParagraphKind.TABLE_ROW
    elif block.quotation or is_quotation_style(block.style):
        kind = ParagraphKind.QUOTATION
    elif heading is not None or is_caption_style(block.style) or block.run_in:
        kind = ParagraphKind.SUBHEADING
    elif block.text.rstrip().endswith("?") and len(block.text) < 300:
        kind = ParagraphKind.QUESTION
    text = collapse_spaces(block.text)
    if block.table_row:  # cells stay apart, so a quoted table can be set as a table
        text = _row_text(block.text)
    if block.auto_number and heading is None:
        text = f"{block.auto_number} {text}"
    return Paragraph(
        id=f"{section.id}/p{len(section.paragraphs) + 1}",
        text=text,
        pages=_rebase_pages(block.text, text, block.pages),
        kind=kind,
        style=block.style,
        indent=block.indent,
        source=block.source,
        note=block.note,
        table=block.table if block.table_row else None,
        marker=block.marker,
        note_refs=block.note_refs,
        box=block.box,
        spans=block.spans if block.table_row and _fits(block.spans, text) else None,
        look=block.look if block.table_row else _bold_look(block, text),
    )


def _bold_look(block: RawBlock, text: str) -> RowLook | None:
    """A paragraph's bold words as the reader found them: all of it, or the run-in caption
    it opens with ("<b>Acceptance.</b> We will accept …")."""
    lead = block.text if block.bold else block.bold_prefix or ""
    lead = collapse_spaces(lead)
    return RowLook(bold=(lead,)) if lead and text.startswith(lead) else None


def _fits(spans: tuple[int, ...] | None, row: str) -> bool:
    """Spans that lay the row's cells on its columns: one a cell, each ending in the row."""
    if spans is None or len(spans) != len(row_cells(row)):
        return False
    covered = 0
    for span in spans:
        if (span == 0) != (covered > 0):
            return False
        covered = span - 1 if span else covered - 1
    return covered == 0


def is_quotation_style(style: str | None) -> bool:
    """Word's styles for a quoted passage ("Quote", "Block Text", a house "Block Quote")."""
    name = (style or "").lower()
    return "quote" in name or name == "block text"


def _part_over_sections(block: RawBlock, heading: Heading | None) -> Heading | None:
    """A short title on the line just above Section 1 ("The Offer") heads the sections."""
    if heading is not None and heading.kind is not None:
        return heading
    text = collapse_spaces(block.text)
    if (
        block.table_row
        or block.note
        or block.box
        or len(text.split()) > 8
        or not is_title_like(text)
    ):
        return heading
    if reads_as_sentence(text) or text.endswith((",", ";", "?")):
        return heading
    return Heading(SectionKind.PART, None, strip_heading_stop(text), block.heading_level)


def _repair(
    blocks: list[RawBlock], candidates: list[Heading | None], main: list[int]
) -> tuple[list[RawBlock], list[Heading | None], list[int]]:
    """A number the run skips is looked for where it should stand: a part heading run into
    it ("THE OFFER 1. ELIGIBILITY."), or the heading run into the text around it."""
    repaired = False
    for number, first, end in reversed(missing_numbers(candidates, main)):
        for index in range(first, end):
            pieces = split_merged_heading(blocks[index], number)
            if pieces:
                blocks = [*blocks[:index], *pieces, *blocks[index + 1 :]]
                repaired = True
                break
    if not repaired:
        return blocks, candidates, main
    candidates = [classify(b) for b in blocks]
    return blocks, candidates, main_sequence(candidates)


def _row_text(text: str) -> str:
    """Cells apart, and each cell's paragraphs apart; white space collapsed within them."""
    return CELL_BREAK.join(
        CELL_PARAGRAPH_BREAK.join(collapse_spaces(p) for p in cell_paragraphs(cell))
        for cell in row_cells(text)
    )


def _rebase_pages(raw: str, text: str, pages: tuple[PageMark, ...]) -> tuple[PageMark, ...]:
    """Page offsets were taken in the raw text; map them onto the space-collapsed text. A
    mark's place is the length of the collapsed raw text before it (each run of white space
    one character), measured for the marks alone: a paragraph is not walked a character at a
    time in Python for the one or two page breaks inside it."""
    if len(pages) == 1:  # the common paragraph, on one page: its mark is at its start
        return tuple(pages) if pages[0].offset == 0 else (PageMark(0, pages[0].label),)
    if raw == text or not pages:
        return tuple(PageMark(0, p.label) for p in pages[:1]) + tuple(pages[1:])
    stripped = raw.lstrip()
    lead = len(raw) - len(stripped)
    rebased = [PageMark(0, pages[0].label)]
    for mark in pages[1:]:
        index = min(max(mark.offset - lead, 0), max(len(stripped) - 1, 0))
        before = len(_WHITE_RUN.sub(" ", stripped[:index]))
        rebased.append(PageMark(min(before, len(text)), mark.label))
    return tuple(rebased)


_WHITE_RUN = compiled(r"\s+")


def _unique_id(heading: Heading, used: set[str]) -> str:
    base = (
        f"s{heading.number}"
        if heading.number
        else ("part-" + re.sub(r"[^a-z0-9]+", "-", heading.title.lower()).strip("-")[:40])
    )
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


__all__ = ["RawBlock", "build_document", "names_a_part"]
