"""Printed page numbers and page-spanning paragraphs, shared by the EDGAR text and HTML readers."""

from __future__ import annotations

import itertools
import re

from amendtool.core.model import PageMark
from amendtool.core.structure import RawBlock

_FOLIO = re.compile(
    r"^(?:-\s*|page\s+)?(\d{1,4}|[ivxlcdm]{1,8}|[A-Z]{1,2}-\d{1,3})(?:\s*-|\s+of\s+\d{1,4})?$",
    re.IGNORECASE,
)
_ENDS_OPEN = re.compile(r"[a-z0-9,(\-–—]$")
_LEADER = re.compile(r"\.{4,}\s*\S{1,6}\s*$")


def folio_label(line: str) -> str | None:
    """The page label printed on a line such as '27', '- 27 -', 'Page 27', 'ii' or 'A-1'."""
    match = _FOLIO.match(line.strip())
    if not match:
        return None
    label = match.group(1)
    if label.isalpha() and not _is_roman(label):
        return None
    return label.lower() if label.isalpha() else label


def _is_roman(text: str) -> bool:
    pattern = r"m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})"
    return re.fullmatch(pattern, text.lower()) is not None


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
        if blocks and len(blocks[-1].text.strip()) <= 12:  # a page may hold only its folio
            label = folio_label(blocks[-1].text)
            if label is not None:
                blocks.pop()
        labels.append(label)
    labels = fill_missing_labels(labels)
    known = len(pages) > 1
    out: list[RawBlock] = []
    for index, (label, blocks) in enumerate(zip(labels, pages, strict=True)):
        for position, block in enumerate(blocks):
            block.pages = (PageMark(0, label),)
            block.page_index = index
            block.all_pages_known = known
            if position == 0 and out and _continues(out[-1], block):
                previous = out[-1]
                previous.text = previous.text.rstrip() + " "
                cut = len(previous.text)
                previous.text += block.text.lstrip()
                previous.pages = (*previous.pages, PageMark(cut, label))
                previous.single_line = False
                continue
            out.append(block)
    return out


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
