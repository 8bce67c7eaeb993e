"""Which blocks are headings: numbered sections, parts and sub-heads, told by look and text.

The outline (`structure.build_document`) then decides by place which of them start
sections: the longest run 1, 2, 3 … of numbered headings, surviving one bad heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from amendtool.core.model import PageMark, SectionKind, is_caption_style
from amendtool.core.pattern_store import compiled
from amendtool.core.section_numbering import (
    main_sequence,
    missing_numbers,
    number_value,
    to_roman,
)
from amendtool.core.segment import split_sentences, strip_heading_stop
from amendtool.core.titles import (
    is_all_caps,
    is_title_like,
    long_title,
    reads_as_sentence,
    sentence_case_title,
)
from amendtool.core.typography import collapse_spaces

if TYPE_CHECKING:
    from amendtool.core.structure import RawBlock

_TOC_ENTRY = compiled(r"(?:\.{3,}|…+|\s{3,}|\t)\s*(?:\d{1,4}|[ivxlc]{1,7}|[A-Z]-\d{1,3})\s*$")
# "7. Conditions", "Section 7 — Conditions", "4.WITHDRAWAL RIGHTS." (no space), "IV. …"
NUMBERED = compiled(
    r"^(?:section\s+)?(\d{1,3}|(?-i:[IVXL]{1,7})(?=\.))"
    r"(?:(?:\.|\s*[.:—–-])?\s+|\.(?=[A-Z]{2}))(\S.*)$",
    re.IGNORECASE,
)
_LONGEST_UNSTYLED = 160  # characters of a heading Word does not style as one


def is_contents_line(text: str) -> bool:
    """A line of a table of contents: a title, then leaders, spaces or a tab, then its page
    ("Eligibility ........ 12", "Risk Factors\tii"). Only a line ending in a page number's
    last character is searched: most paragraphs end in a stop."""
    end = text.rstrip()[-1:]
    return (end.isdigit() or end in "ivxlc") and _TOC_ENTRY.search(text) is not None


@dataclass
class Heading:
    """A heading read from its text: its kind, number and title (a sub-heading has no kind)."""

    kind: SectionKind | None  # None: a sub-heading kept as a paragraph
    number: str | None
    title: str
    level: int | None


def classify(block: RawBlock) -> Heading | None:
    """What the block would be as a heading, before its place in the outline is known."""
    if block.table_row or block.note is not None or block.quotation or len(block.text) > 400:
        return None  # a heading quoted from another document heads no section of this one
    if block.box is not None:
        return None  # a text box prints apart: its title heads the box, not the offer
    if is_caption_style(block.style):
        return None  # a table's caption names the table, not a part of the offer
    text = collapse_spaces(block.text)
    if not text or is_contents_line(block.text):
        return None
    # small caps or all caps print as capitals: judged as if typed so, named as typed
    shown = text.upper() if block.capitals else text
    if text.endswith(";") and is_all_caps(shown) and NUMBERED.match(text):
        text = text[:-1]  # "4.   WITHDRAWAL RIGHTS;": a slip of the stop, not a list clause
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
        match = NUMBERED.match(text)
        if match:
            number, title = match.group(1), match.group(2)
    title = title.strip()
    seen = title.upper() if block.capitals else title
    if block.run_in and number is None:
        return None  # "Eligible Options." run into its paragraph: a caption, never a section
    # a long title is a sentence unless Word styles it a heading: an Offer to Purchase
    # titles a section "Certain Information Concerning the Company; Interests of …" (150
    # characters and more), and a numbered, heading-styled paragraph is a heading whatever
    # its length
    long = len(text) > _LONGEST_UNSTYLED or len(title.split()) > 16
    if number is not None:
        if not seen[:1].isupper():
            return None
        if long:
            # set apart (styled, bold, centred or on lines of its own) and a title by its
            # words: capitals throughout, no pronoun or auxiliary a sentence would have
            apart = strong or looks or block.single_line or 0 < block.line_count <= 3
            if not (strong or (apart and long_title(seen))):
                return None
            heading = strip_heading_stop(title)
            return Heading(SectionKind.NUMBERED, number, heading, block.heading_level)
        if (
            strong
            or (looks and (not reads_as_sentence(seen) or sentence_case_title(seen)))
            or (block.single_line and (is_title_like(seen) or sentence_case_title(seen)))
            or (0 < block.line_count <= 3 and is_title_like(seen) and not reads_as_sentence(seen))
        ):
            return Heading(
                SectionKind.NUMBERED, number, strip_heading_stop(title), block.heading_level
            )
        return None
    words = text.split()
    if long or len(words) > 14 or sum(c.isalpha() for c in text) < 3:
        return None
    caps = is_all_caps(shown)
    if strong or caps:
        return Heading(SectionKind.PART, None, strip_heading_stop(text), block.heading_level)
    if (block.bold or block.centred) and is_title_like(text) and not reads_as_sentence(text):
        return Heading(None, None, text, block.heading_level)
    return None


def split_merged_heading(block: RawBlock, number: str) -> list[RawBlock] | None:
    """'THE OFFER 1. ELIGIBILITY.', 'The Offer 1. Eligibility; … You are eligible …' or a
    heading run into the end of a paragraph: the blocks it should have been, or None."""
    text = block.text
    for match in re.finditer(rf"(?:^|(?<=\s)){number}\.\s+(?=[A-Z])", text):
        head = text[: match.start()].strip()
        if head and not _ends_a_block(head):
            continue
        rest = text[match.start() :]
        lines = block.line_count or 1
        piece = replace(
            block,
            text=rest,
            single_line=lines <= 3,
            line_count=0,
            pages=shift_pages(block.pages, match.start()),
        )
        pieces = [piece]
        found = classify(piece)
        if not _is_number(found, number):
            spans = split_sentences(rest)
            title = rest[: spans[0][1]] if len(spans) > 1 else ""
            found = classify(replace(piece, text=title)) if title else None
            if not _is_number(found, number):
                continue
            pieces = split_run_in_headings([replace(piece, bold_prefix=title)])
        if head:
            front = replace(block, text=head, single_line=lines <= 3, line_count=0)
            pieces.insert(0, front)
        return pieces
    return None


_LETTERED = compiled(r"^(?P<head>.+?)\s+(?P<letter>[A-Z])\.\s+(?=[A-Z])")


def split_lettered_parts(blocks: list[RawBlock]) -> list[RawBlock]:
    """'THE OFFER A. TERMS OF THE OFFER.': a part heading run into the first of lettered
    sections, split where the next letter ("B.") heads a block of its own, so the part and
    the section are each named as printed, never "The Offer A. Terms of the Offer"."""
    starts = {b.text.lstrip()[:1] for b in blocks if re.match(r"^\s*[A-Z]\.\s+[A-Z]", b.text)}
    if not starts:
        return list(blocks)  # no lettered section: no block is read for one run into it
    out: list[RawBlock] = []
    for block in blocks:
        match = _LETTERED.match(block.text) if not block.table_row else None
        head = match["head"].strip() if match else ""
        following = chr(ord(match["letter"]) + 1) if match else ""
        if not match or following not in starts or not _ends_a_block(head) or head.endswith("."):
            out.append(block)
            continue
        lines = block.line_count or 1
        cut = match.start("letter")
        out.append(replace(block, text=head, single_line=lines <= 3, line_count=0))
        rest = replace(
            block,
            text=block.text[cut:],
            single_line=lines <= 3,
            line_count=0,
            pages=shift_pages(block.pages, cut),
        )
        out.append(rest)
    return out


def _is_number(heading: Heading | None, number: str) -> bool:
    return heading is not None and heading.kind is SectionKind.NUMBERED and heading.number == number


def _ends_a_block(head: str) -> bool:
    """A part heading ('THE OFFER', 'The Offer') or a finished sentence can stand alone."""
    if head.endswith((".", ":", "!", "?", '"', "”")):
        return True
    return len(head.split()) <= 8 and (is_all_caps(head) or is_title_like(head))


def split_run_in_headings(blocks: list[RawBlock]) -> list[RawBlock]:
    """'7. Conditions of the Offer. Notwithstanding…' in bold-then-plain becomes two blocks."""
    out: list[RawBlock] = []
    for block in blocks:
        prefix = (block.bold_prefix or "").strip()
        if block.text.find(prefix) < 0:
            prefix = ""  # written with other spacing than the text: leave the block whole
        if prefix and NUMBERED.match(prefix) and len(prefix) < len(block.text.strip()):
            cut = block.text.find(prefix) + len(prefix)
            rest = block.text[cut:]
            head = replace(block, text=prefix, bold=True, bold_prefix=None)
            body = replace(
                block,
                text=rest.strip(),
                bold=False,
                bold_prefix=None,
                heading_level=None,
                pages=shift_pages(block.pages, cut + (len(rest) - len(rest.lstrip()))),
            )
            out += [head, body]
        else:
            out.append(block)
    return out


def split_plain_run_ins(blocks: list[RawBlock]) -> list[RawBlock]:
    """The first sentence of a paragraph, when it is a numbered title, as its heading."""
    out: list[RawBlock] = []
    for block in blocks:
        text = block.text.strip()
        title = ""
        if not block.table_row and text[:1].isdigit():
            spans = split_sentences(text)
            if len(spans) > 1:
                title = text[spans[0][0] : spans[0][1]]
        numbered = NUMBERED.match(title) if 0 < len(title) <= 130 else None
        if numbered and is_title_like(numbered.group(2).rstrip(".")):
            out.append(replace(block, bold_prefix=title))
        else:
            out.append(block)
    return split_run_in_headings(out)


def shift_pages(pages: tuple[PageMark, ...], cut: int) -> tuple[PageMark, ...]:
    """The page marks of the text from `cut` on."""
    label = None
    kept: list[PageMark] = []
    for mark in pages:
        if mark.offset <= cut:
            label = mark.label
        else:
            kept.append(PageMark(mark.offset - cut, mark.label))
    return (PageMark(0, label), *kept) if pages else ()


__all__ = [
    "NUMBERED",
    "Heading",
    "classify",
    "main_sequence",
    "missing_numbers",
    "number_value",
    "shift_pages",
    "split_lettered_parts",
    "split_merged_heading",
    "split_plain_run_ins",
    "split_run_in_headings",
    "to_roman",
]
