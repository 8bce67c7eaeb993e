"""Pages of a Word file: where they break and how they are numbered.

Printed page numbers of a Word file: each section's numbering (start, format, whether
its header or footer prints a PAGE field) and numbers formatted as Word prints them.

Whether a Word file knows where its pages break. Word records every page it laid out
(`w:lastRenderedPageBreak`); a file written by another program records only its hard breaks,
so a body of thirty pages after the table of contents would read as one page ("page 3") and
every item would cite it. Printed pages are cited only where the file can say them."""

from __future__ import annotations

import re

import docx
from lxml import etree

from amendtool.core.model import PageMark
from amendtool.core.numerals import roman
from amendtool.core.structure import RawBlock
from amendtool.io.word_xml import (
    _R_NS,
    W_FMT,
    W_FOOTERREFERENCE,
    W_HEADERREFERENCE,
    W_PGNUMTYPE,
    W_START,
    W_TITLEPG,
    W_TYPE,
    W_VAL,
)


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
        numeral = roman(number) or str(number)
        return numeral if fmt == "lowerRoman" else numeral.upper()
    if fmt in ("lowerLetter", "upperLetter") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return letter if fmt == "lowerLetter" else letter.upper()
    return str(number)


# More characters than any printed page of an offer holds (a dense page of 10-point text in
# two columns holds about 7,000): a "page" longer than this has page breaks no one recorded.
PAGE_HOLDS = 9_000
# Less than any printed page of an offer holds (a page of 12-point text, double-spaced,
# holds about 1,800): in a file that records no page break at all, a paragraph that starts
# after this much text may stand on any page after the first.
PAGE_SURELY_HOLDS = 1_500


# a block's one mark at its start, its page not known (marks are frozen: one serves all)
_UNKNOWN_FROM_START = (PageMark(0, None),)


def forget_unknown_pages(blocks: list[RawBlock], rendered: bool) -> str | None:
    """Take the page off every block from the first page that cannot be one printed page on
    (its first block, which starts at a recorded break, keeps it), and say so; None when every
    page is known. A file Word laid out (`rendered`) is trusted."""
    if rendered or not blocks:
        return None
    if all(b.page_index == blocks[0].page_index for b in blocks):
        return _forget_after_first_page(blocks)
    held: dict[int, int] = {}
    for block in blocks:
        held[block.page_index] = held.get(block.page_index, 0) + len(block.text)
    overflowing = sorted(page for page, size in held.items() if size > PAGE_HOLDS)
    if not overflowing:
        return None
    first = overflowing[0]
    starts = next(i for i, b in enumerate(blocks) if b.page_index == first)
    last_known = next((m.label for m in blocks[starts].pages if m.label), None)
    for block in blocks[starts + 1 :]:
        pages = block.pages
        if len(pages) == 1 and pages[0].offset == 0:
            block.pages = _UNKNOWN_FROM_START  # most blocks: one mark, made once
        else:
            block.pages = tuple(PageMark(m.offset, None) for m in pages)
    place = f" from page {last_known} on" if last_known else ""
    return (
        "does not record where its pages break (it was last saved by a program other than "
        f"Word), so its printed pages are not cited{place}; open it in Word and save it "
        "to cite them"
    )


def _forget_after_first_page(blocks: list[RawBlock]) -> str | None:
    """A file that records no page break: only the text a first page surely holds is cited
    on it; nothing says where the pages after it begin."""
    held = 0
    for index, block in enumerate(blocks):
        if held > PAGE_SURELY_HOLDS:
            if not any(m.label for b in blocks[index:] for m in b.pages):
                return None
            for later in blocks[index:]:
                later.pages = tuple(PageMark(m.offset, None) for m in later.pages)
            return (
                "does not record where its pages break (it was last saved by a program other "
                "than Word), so its printed pages are not cited after the first; open it in "
                "Word and save it to cite them"
            )
        if block.note is None:
            held += len(block.text)
    return None
