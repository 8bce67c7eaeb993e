"""Entries of a table of contents: the line just above Section 1 is often the contents'
last entry (the contents page ends there, its folio printed or not), and an entry is never
the title of a part the sections fall under."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from amendtool.core.model import is_contents_title
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import collapse_spaces

if TYPE_CHECKING:
    from amendtool.core.structure import RawBlock

# a page printed at the end after leader dots, a tab or a column gap: "... 3", "\tii", "  A-1"
_PAGE_AT_END = compiled(
    r"(?:\s*(?:\.\s?){3,}|\s*[\u2026\u00b7]+|\t|\s{2,})\s*(?:\d{1,4}|[ivxlcdm]{1,8}|[A-Z]{1,2}-\d{1,3})\s*$",
    re.IGNORECASE,
)


def reads_as_contents_entry(text: str) -> bool:
    """A title led to its page: "3. Information About Tallgrass ........ 3"."""
    return _PAGE_AT_END.search(text) is not None


def on_contents_page(blocks: list[RawBlock], index: int) -> bool:
    """The block is printed on the page the table of contents heads (pages known): an
    entry, whether or not it prints its page."""
    block = blocks[index]
    if not block.all_pages_known:
        return False
    for earlier in reversed(blocks[:index]):
        if earlier.page_index != block.page_index:
            return False
        if is_contents_title(collapse_spaces(earlier.text)):
            return True
    return False


def is_contents_entry(blocks: list[RawBlock], index: int) -> bool:
    """An entry of a table of contents, by its shape or by the page it stands on."""
    return reads_as_contents_entry(blocks[index].text) or on_contents_page(blocks, index)
