"""Printed page numbers and page-spanning paragraphs, shared by the EDGAR text and HTML readers."""

from __future__ import annotations

import itertools
import re

from amendtool.core.model import PageMark
from amendtool.core.pattern_store import compiled
from amendtool.core.structure import RawBlock

# a page's number as printers set it: "3", "- 3 -", "(3)", "[3]", "Page 3", "Page 3 of 40"
_LABEL = r"(\d{1,4}|[ivxlcdm]{1,8}|[A-Z]{1,2}-\d{1,3})"
_FOLIO = compiled(
    rf"^(?:(?:[-–—]{{1,2}}\s*|page\s+)?{_LABEL}(?:\s*[-–—]{{1,2}}|\s+of\s+\d{{1,4}})?"
    rf"|\(\s*{_LABEL}\s*\)|\[\s*{_LABEL}\s*\])$",
    re.IGNORECASE,
)
FOLIO_LENGTH = 18  # "Page 1000 of 1000" and no longer
_ENDS_OPEN = compiled(r"[a-z0-9,(\-–—]$")
_LEADER = compiled(r"(?:\. ?){4,}\s*\S{1,6}\s*$")  # "....... 3" or ". . . . 3"


def folio_label(line: str) -> str | None:
    """The page label printed on a line such as '27', '- 27 -', 'Page 27', 'ii' or 'A-1'."""
    match = _FOLIO.match(line.strip())
    if not match:
        return None
    label = next(group for group in match.groups() if group)
    if label.isalpha() and not _is_roman(label):
        return None
    return label.lower() if label.isalpha() else label


def _is_roman(text: str) -> bool:
    pattern = r"m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})"
    return re.fullmatch(pattern, text.lower()) is not None


def split_at_folios(lines: list[str]) -> list[list[str]]:
    """Text with no page marker (Word or a printout saved as text) still has its folios:
    lines that are only a page's number, set apart and counting up. Each ends its page, as
    a folio at the foot does; fewer than two, or numbers that do not count up, split nothing."""
    places = [
        index
        for index, line in enumerate(lines)
        if _lone(lines, index) and (label := folio_label(line)) is not None and label.isdigit()
    ]
    numbers = [int(folio_label(lines[i]) or 0) for i in places]
    if len(places) < 2 or any(b != a + 1 for a, b in itertools.pairwise(numbers)):
        return [lines]
    pages, start = [], 0
    for index in places:
        pages.append(lines[start : index + 1])
        start = index + 1
    return [*pages, lines[start:]]


def _lone(lines: list[str], index: int) -> bool:
    """A line set apart as a folio: blank lines around it, indented or set off by dashes."""
    line = lines[index]
    text = line.strip()
    if not text or len(text) > FOLIO_LENGTH:
        return False
    apart = (index == 0 or not lines[index - 1].strip()) and (
        index + 1 == len(lines) or not lines[index + 1].strip()
    )
    return apart and (len(line) - len(line.lstrip()) >= 10 or not text.isalnum())


def fill_missing_labels(labels: list[str | None]) -> list[str | None]:
    """A page without a folio between page n and page n+k gets its number when they agree."""
    filled = list(labels)
    known = [(i, int(v)) for i, v in enumerate(labels) if v is not None and v.isdigit()]
    for (i, a), (j, b) in itertools.pairwise(known):
        if b - a == j - i:
            for k in range(i + 1, j):
                filled[k] = str(a + (k - i))
    if known:
        last_index, last_value = known[-1]
        for k in range(last_index + 1, len(filled)):
            if filled[k] is not None:
                break
            filled[k] = str(last_value + (k - last_index))
    return filled


def assemble_pages(pages: list[list[RawBlock]]) -> list[RawBlock]:
    """Take each page's folio off its foot, label its blocks, and re-join split paragraphs."""
    labels: list[str | None] = []
    for blocks in pages:
        label = None
        if blocks and len(blocks[-1].text.strip()) <= FOLIO_LENGTH:  # or only its folio
            label = folio_label(blocks[-1].text)
            if label is not None:
                blocks.pop()
        if label is None and blocks and _top_folio(blocks[0]):
            label = folio_label(blocks.pop(0).text)  # printed at the top, under the break
        if label is not None and label.isdigit() and int(label) == 0:
            label = None  # a cover counted as page 0 is cited by name, never "page 0"
        labels.append(label)
    labels = fill_missing_labels(labels)
    known = len(pages) > 1
    out: list[RawBlock] = []
    for index, (label, blocks) in enumerate(zip(labels, pages, strict=True)):
        for position, block in enumerate(blocks):
            block.pages = (PageMark(0, label),)
            block.page_index = index
            block.all_pages_known = known
            # the text goes on from the last paragraph of the page before, past its notes
            previous = next((b for b in reversed(out) if b.note is None), None)
            if position == 0 and previous is not None and _continues(previous, block):
                previous.text = previous.text.rstrip() + " "
                cut = len(previous.text)
                previous.text += block.text.lstrip()
                previous.pages = (*previous.pages, PageMark(cut, label))
                previous.single_line = False
                continue
            out.append(block)
    number_tables(out)
    return out


def number_tables(blocks: list[RawBlock]) -> None:
    """One id for each table, in document order: a run of rows the reader kept together (one
    <table>, one <TABLE>, or tables of as many columns one under another), and a table that
    goes on at the top of the next page with as many columns is the same table; its first
    rows (a title row, the column headings) reprinted over the continuation are left out,
    and so is its caption reprinted there with "(continued)": the table goes on past it."""
    count = 0
    last_row: RawBlock | None = None  # the last row of the table still open
    last_key: str | None = None  # the reader's key for that table
    header: dict[str, list[str]] = {}  # each table's first rows, as printed
    heading = False  # the rows read so far are all among the open table's first rows
    kept: list[RawBlock] = []
    for index, block in enumerate(blocks):
        if not block.table_row:
            if last_row is not None and _continued_caption(blocks, index, last_row):
                continue  # "Price Range of Shares (continued)" over the rest of the table
            if block.note is None:
                last_row = None  # text under the table ends it; its notes do not
            kept.append(block)
            continue
        key = block.table
        same = (
            last_row is not None
            and kept[-1] is last_row
            and (key == last_key or block.text.count("\t") == last_row.text.count("\t"))
        )  # rows set one table each, one under another, are one table too
        continued = (
            last_row is not None
            and not same
            and block.page_index == last_row.page_index + 1
            and kept[-1].page_index != block.page_index
            and block.text.count("\t") == last_row.text.count("\t")
        )
        if last_row is not None and (same or continued):
            block.table = last_row.table
            first_rows = header.setdefault(block.table or "", [])
            if block.page_index != last_row.page_index and _reprinted(block.text, first_rows):
                last_key = key
                continue  # the first rows, or the caption, printed again over the rest
            if heading and same and len(first_rows) < _HEADER_ROWS and _no_figures(block.text):
                first_rows.append(block.text)  # a heading row under the first
            else:
                heading = False
        else:
            count += 1
            block.table = f"t{count}"
            header[block.table] = [block.text]
            heading = True
        last_row, last_key = block, key
        kept.append(block)
    blocks[:] = kept


_HEADER_ROWS = 3  # a title row, the column headings and a row of units, at most


def join_continued_tables(blocks: list[RawBlock]) -> None:
    """Word: a table set again under its caption printed "(continued)" (a line between two
    tables of as many columns) is one table; the caption line and the first rows printed
    again over the rest are left out. Word tells no page here, only the line does."""
    kept: list[RawBlock] = []
    first_rows: list[str] = []  # the open table's first rows without figures
    heading = False
    resumed = False  # the rows after a "(continued)" line, before one is kept
    for index, block in enumerate(blocks):
        if not block.table_row:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if (
                kept
                and kept[-1].table_row
                and following is not None
                and following.table_row
                and following.text.count("\t") == kept[-1].text.count("\t")
                and block.note is None
                and _CONTINUED.search(block.text)
            ):
                resumed = True
                continue
            first_rows, heading, resumed = [], False, False
            kept.append(block)
            continue
        if resumed and block.text in first_rows:
            continue  # the headings printed again over the rest
        if not kept or not kept[-1].table_row:
            first_rows, heading = [], True
        if heading and len(first_rows) < _HEADER_ROWS and _no_figures(block.text):
            first_rows.append(block.text)
        else:
            heading = False
        resumed = False
        kept.append(block)
    blocks[:] = kept


def _no_figures(text: str) -> bool:
    return not any(c.isdigit() for c in text)


def _reprinted(text: str, first_rows: list[str]) -> bool:
    """A row printed again at the top of a table's continuation: one of its first rows, or
    its caption in a row of its own with "(continued)"."""
    if text in first_rows:
        return True
    cells = [c for c in text.split("\t") if c.strip()]
    return len(cells) == 1 and bool(_CONTINUED.search(cells[0]))


def _continued_caption(blocks: list[RawBlock], index: int, last_row: RawBlock) -> bool:
    """A line between a table's last row on one page and its next row at the top of the
    next page that reprints its caption "(continued)"."""
    block = blocks[index]
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        block.note is None
        and following is not None
        and following.table_row
        and block.page_index == following.page_index == last_row.page_index + 1
        and bool(_CONTINUED.search(block.text))
    )


# a caption reprinted over a table's continuation: "(continued)", "— Continued", "(Cont'd)"
_CONTINUED = compiled(
    r"^.{0,150}(?:\(\s*(?:continued|cont['’]?d\.?)\s*\)|[-–—,:]\s*continued\.?)\s*$", re.IGNORECASE
)


def _top_folio(block: RawBlock) -> bool:
    """A page's first line that is only its number, set apart as a folio is (centred, or
    "- 2 -", "Page 2"): a number flush left may be the text's own."""
    text = block.text.strip()
    if len(text) > FOLIO_LENGTH or folio_label(text) is None or block.table_row:
        return False
    return block.centred or not text.isalnum()


def _continues(previous: RawBlock, block: RawBlock) -> bool:
    """A paragraph cut by a page break goes on at the top of the next page."""
    if previous.table_row or block.table_row or previous.centred or block.centred:
        return False
    if previous.heading_level is not None or block.heading_level is not None:
        return False
    tail = previous.text.rstrip()
    if (previous.single_line and len(tail) < 60) or _LEADER.search(tail):
        return False
    if block.indent and previous.indent and block.indent >= previous.indent:
        return False  # both start with a first-line indent: a new paragraph
    head = block.text.lstrip()[:1]
    return bool(_ENDS_OPEN.search(tail)) or head.islower()
