"""Turns the blocks a reader found into sections: which lines are headings, and of what rank.

Readers differ in what they can see (Word styles and bold runs, HTML tags, only indentation
in EDGAR text); they all hand over `RawBlock`s and this module decides the outline the same
way for every format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from amendtool.core.model import (
    CELL_BREAK,
    CELL_PARAGRAPH_BREAK,
    Document,
    PageMark,
    Paragraph,
    ParagraphKind,
    Section,
    SectionKind,
    cell_paragraphs,
    row_cells,
)
from amendtool.core.segment import split_sentences
from amendtool.core.typography import collapse_spaces


@dataclass
class RawBlock:
    """One paragraph-like block as read, before the outline is known."""

    text: str
    pages: tuple[PageMark, ...] = ()
    page_index: int = 0  # physical page, 0 for the first (cover) page
    bold: bool = False
    centred: bool = False
    heading_level: int | None = None  # from a Word heading style, outline level or <hN>
    style: str | None = None
    indent: int | None = None
    table_row: bool = False
    table: str | None = None  # the table a row belongs to (one id across its pages)
    note: str | None = None  # a footnote or endnote: its mark as printed ("3", "*")
    note_kind: ParagraphKind = ParagraphKind.FOOTNOTE
    auto_number: str | None = None  # Word list numbering printed before the text, e.g. "7."
    bold_prefix: str | None = None  # leading bold words of a run-in heading
    single_line: bool = False  # EDGAR text: the block was one line in the file
    line_count: int = 0  # EDGAR text: lines the block had in the file (0: not known)
    all_pages_known: bool = field(default=False, repr=False)
    blank_before: bool = False  # Word: an empty paragraph came before this one
    source: object | None = field(default=None, repr=False, compare=False)  # e.g. a w:p element


_TOC_ENTRY = re.compile(r"(?:\.{3,}|…+|\s{3,}|\t)\s*(?:\d{1,4}|[ivxlc]{1,7}|[A-Z]-\d{1,3})\s*$")
_NUMBERED = re.compile(r"^(?:section\s+)?(\d{1,3})(?:\.|\s*[.:—–-])?\s+(\S.*)$", re.IGNORECASE)
_SMALL = frozenset(
    """
    a an and as at but by for from in into nor of on or per the to upon with
    """.split()
)


@dataclass
class _Heading:
    kind: SectionKind | None  # None: a sub-heading kept as a paragraph
    number: str | None
    title: str
    level: int | None


def build_document(blocks: list[RawBlock], source: str = "") -> Document:
    """Group blocks under the headings that make up the document's outline."""
    blocks = _split_run_in_headings([b for b in blocks if b.text.strip()])
    candidates = [_classify(b) for b in blocks]
    main_numbers = _main_sequence(candidates)
    if len(main_numbers) < 3:
        # no numbered headings on lines of their own: try headings run into their text
        # ("7. Conditions of the Offer. Notwithstanding …"), kept only if they form a run
        split = _split_plain_run_ins(blocks)
        split_candidates = [_classify(b) for b in split]
        split_numbers = _main_sequence(split_candidates)
        if len(split_numbers) >= max(3, len(main_numbers) + 1):
            blocks, candidates, main_numbers = split, split_candidates, split_numbers
    numbered_levels = {h.level for i in main_numbers if (h := candidates[i]) is not None}
    top_level = min((lvl for lvl in numbered_levels if lvl is not None), default=1)

    sections: list[Section] = []
    current = Section(id="front", kind=SectionKind.FRONT, heading="", title="Cover Page")
    seen_numbered = False
    used_ids: set[str] = set()
    for index, (block, heading) in enumerate(zip(blocks, candidates, strict=True)):
        starts = False
        if heading and heading.kind is SectionKind.NUMBERED and index in main_numbers:
            starts = True
            seen_numbered = True
        elif heading and heading.kind is SectionKind.PART:
            starts = _part_starts(block, heading, top_level, seen_numbered)
        if starts and heading:
            if current.paragraphs or current.kind is not SectionKind.FRONT:
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
        kind = ParagraphKind.BODY
        if block.note is not None:
            kind = block.note_kind
        elif block.table_row:
            kind = ParagraphKind.TABLE_ROW
        elif heading is not None:
            kind = ParagraphKind.SUBHEADING
        elif block.text.rstrip().endswith("?") and len(block.text) < 300:
            kind = ParagraphKind.QUESTION
        text = collapse_spaces(block.text)
        if block.table_row:  # cells stay apart, so a quoted table can be set as a table
            text = _row_text(block.text)
        if block.auto_number and heading is None:
            text = f"{block.auto_number} {text}"
        current.paragraphs.append(
            Paragraph(
                id=f"{current.id}/p{len(current.paragraphs) + 1}",
                text=text,
                pages=_rebase_pages(block.text, text, block.pages),
                kind=kind,
                style=block.style,
                indent=block.indent,
                source=block.source,
                note=block.note,
                table=block.table if block.table_row else None,
            )
        )
    if current.paragraphs or current.kind is not SectionKind.FRONT:
        sections.append(current)
    return Document(sections=sections, source=source)


def _row_text(text: str) -> str:
    """Cells apart, and each cell's paragraphs apart; white space collapsed within them."""
    return CELL_BREAK.join(
        CELL_PARAGRAPH_BREAK.join(collapse_spaces(p) for p in cell_paragraphs(cell))
        for cell in row_cells(text)
    )


def _classify(block: RawBlock) -> _Heading | None:
    if block.table_row or block.note is not None or len(block.text) > 400:
        return None
    text = collapse_spaces(block.text)
    if not text or len(text) > 160 or _TOC_ENTRY.search(block.text):
        return None
    if text.endswith(("?", ",", ";")):
        return None
    strong = block.heading_level is not None
    looks = block.bold or block.centred or strong
    number = None
    if block.auto_number:
        digits = re.search(r"\d{1,3}", block.auto_number)  # "7.", "Section 7.", "(7)"
        number = digits.group(0) if digits else None
    title = text
    if number is None:
        match = _NUMBERED.match(text)
        if match:
            number, title = match.group(1), match.group(2)
    title = title.strip()
    if number is not None:
        if not title[:1].isupper() or len(title.split()) > 16:
            return None
        if (
            strong
            or (looks and (not _reads_as_sentence(title) or _sentence_case_title(title)))
            or (block.single_line and (_is_title_like(title) or _sentence_case_title(title)))
            or (
                0 < block.line_count <= 3
                and _is_title_like(title)
                and not _reads_as_sentence(title)
            )
        ):
            return _Heading(SectionKind.NUMBERED, number, title.rstrip(". "), block.heading_level)
        return None
    words = text.split()
    if len(words) > 14 or sum(c.isalpha() for c in text) < 3:
        return None
    caps = _is_all_caps(text)
    if strong or caps:
        return _Heading(SectionKind.PART, None, text.rstrip(". :"), block.heading_level)
    if (block.bold or block.centred) and _is_title_like(text) and not _reads_as_sentence(text):
        return _Heading(None, None, text, block.heading_level)
    return None


def _part_starts(block: RawBlock, heading: _Heading, top_level: int, seen_numbered: bool) -> bool:
    if block.all_pages_known and block.page_index == 0:
        return False  # the cover page's display lines
    if heading.level is not None:
        return heading.level <= top_level
    if not seen_numbered:
        return True
    return block.centred or block.bold or block.single_line


def _main_sequence(candidates: list[_Heading | None]) -> set[int]:
    """The longest run of numbered headings 1, 2, 3… (a table of contents is skipped)."""
    numbered = [
        (i, int(h.number))
        for i, h in enumerate(candidates)
        if h and h.kind is SectionKind.NUMBERED and h.number and h.number.isdigit()
    ]
    best: list[int] = []
    for start, (_, value) in enumerate(numbered):
        if value != 1:
            continue
        run, expected = [], 1
        for index, number in numbered[start:]:
            if number == expected:
                run.append(index)
                expected += 1
        if len(run) >= len(best):
            best = run
    return set(best)


def _split_run_in_headings(blocks: list[RawBlock]) -> list[RawBlock]:
    """'7. Conditions of the Offer. Notwithstanding…' in bold-then-plain becomes two blocks."""
    out: list[RawBlock] = []
    for block in blocks:
        prefix = (block.bold_prefix or "").strip()
        if block.text.find(prefix) < 0:
            prefix = ""  # written with other spacing than the text: leave the block whole
        if prefix and _NUMBERED.match(prefix) and len(prefix) < len(block.text.strip()):
            cut = block.text.find(prefix) + len(prefix)
            rest = block.text[cut:]
            head = replace(block, text=prefix, bold=True, bold_prefix=None)
            body = replace(
                block,
                text=rest.strip(),
                bold=False,
                bold_prefix=None,
                heading_level=None,
                pages=_shift_pages(block.pages, cut + (len(rest) - len(rest.lstrip()))),
            )
            out += [head, body]
        else:
            out.append(block)
    return out


def _split_plain_run_ins(blocks: list[RawBlock]) -> list[RawBlock]:
    """The first sentence of a paragraph, when it is a numbered title, as its heading."""
    out: list[RawBlock] = []
    for block in blocks:
        text = block.text.strip()
        title = ""
        if not block.table_row and text[:1].isdigit():
            spans = split_sentences(text)
            if len(spans) > 1:
                title = text[spans[0][0] : spans[0][1]]
        numbered = _NUMBERED.match(title) if 0 < len(title) <= 130 else None
        if numbered and _is_title_like(numbered.group(2).rstrip(".")):
            out.append(replace(block, bold_prefix=title))
        else:
            out.append(block)
    return _split_run_in_headings(out)


def _shift_pages(pages: tuple[PageMark, ...], cut: int) -> tuple[PageMark, ...]:
    label = None
    kept: list[PageMark] = []
    for mark in pages:
        if mark.offset <= cut:
            label = mark.label
        else:
            kept.append(PageMark(mark.offset - cut, mark.label))
    return (PageMark(0, label), *kept) if pages else ()


def _rebase_pages(raw: str, text: str, pages: tuple[PageMark, ...]) -> tuple[PageMark, ...]:
    """Page offsets were taken in the raw text; map them onto the space-collapsed text."""
    if raw == text or len(pages) <= 1:
        return tuple(PageMark(0, p.label) for p in pages[:1]) + tuple(pages[1:])
    mapping: list[int] = []
    position = 0
    stripped = raw.lstrip()
    lead = len(raw) - len(stripped)
    previous_space = False
    for char in stripped:
        mapping.append(position)
        if char.isspace():
            if not previous_space:
                position += 1
            previous_space = True
        else:
            position += 1
            previous_space = False
    rebased = [PageMark(0, pages[0].label)]
    for mark in pages[1:]:
        index = min(max(mark.offset - lead, 0), len(mapping) - 1)
        rebased.append(PageMark(min(mapping[index], len(text)), mark.label))
    return tuple(rebased)


def _unique_id(heading: _Heading, used: set[str]) -> str:
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


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _is_title_like(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    if not words or len(words) > 14:
        return False
    significant = [w for w in words[1:] if w.lower() not in _SMALL]
    if not significant:
        return words[0][0].isupper()
    capitalised = sum(w[0].isupper() for w in significant)
    return words[0][0].isupper() and capitalised / len(significant) >= 0.6


_SENTENCE_WORDS = frozenset(
    """
    i we you they he she it is are was were be been am will shall may must can could should
    would has have had do does did not
    """.split()
)


def _sentence_case_title(text: str) -> bool:
    """'Number of options; expiration date.': a heading in sentence case, told from a
    sentence by having no subject pronoun or auxiliary verb."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return 0 < len(words) <= 16 and not any(w.lower() in _SENTENCE_WORDS for w in words)


def _reads_as_sentence(text: str) -> bool:
    """A full sentence (ends in a period, mostly lower-case words) is no heading."""
    return text.endswith(".") and not _is_title_like(text.rstrip("."))
