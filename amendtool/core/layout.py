"""The printed content of the filing and the notice as a list of blocks.

Built once from the amendment and drawn by every writer (Word, EDGAR HTML, EDGAR ASCII, the
app's preview), so the outputs cannot disagree with each other or with the items.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from amendtool.core.model import CELL_BREAK, Document
from amendtool.core.typography import single_stops


class Role(StrEnum):
    CENTER = "center"  # centred line
    CENTER_BOLD = "center_bold"  # centred bold heading
    CAPTION = "caption"  # centred caption under a cover entry
    RULE = "rule"  # short centred rule between cover entries
    PAGE_BREAK = "page_break"
    BODY = "body"  # justified paragraph, first line indented
    HEADING = "heading"  # left-aligned bold heading ("Item 1. Exhibits.")
    CHECKBOX = "checkbox"  # label holds the box, ☒ or ☐
    ITEM = "item"  # label "A." or "1." then the instruction
    QUOTE = "quote"  # indented quoted new text
    EXHIBIT_LINE = "exhibit_line"  # label "(a)(11)" then its description
    SIGNATURE = "signature"  # signature block line, set to the right half
    RIGHT = "right"  # right-aligned line ("Exhibit (a)(11)")
    MEMO = "memo"  # label "To:" then the value
    TABLE_ROW = "table_row"  # cells
    TABLE_HEADER = "table_header"  # cells
    PLAIN = "plain"  # left-aligned line, no indent
    # the plain employee notice
    HEADLINE = "headline"  # its headline, bold and larger, left-aligned
    SUBHEADING = "subheading"  # a bold heading over a paragraph
    TEXT = "text"  # left-aligned prose, no indent, space after


@dataclass(frozen=True)
class Block:
    """One paragraph, heading or table row of an output, in the order it prints: what the
    Word, EDGAR and text writers all draw."""

    role: Role
    text: str = ""
    label: str = ""
    cells: tuple[str, ...] = ()
    document: str = "filing"  # which EDGAR document the block belongs to (filing, exhibit)
    items: tuple[int, ...] = ()  # the change items (0-based) a plain paragraph explains
    # TABLE_ROW / TABLE_HEADER: the columns each cell spans, as the offer merges them
    # (model.Paragraph.spans); None when no cell spans columns
    spans: tuple[int, ...] | None = None
    # TABLE_ROW / TABLE_HEADER: a row an item quotes, set in from the margin as a QUOTE is
    # (the exhibit index is a table of the filing's own, set across the page)
    quoted: bool = False

    def __post_init__(self) -> None:
        # the tool's own sentences end once after an abbreviation ("at 5:00 p.m."); the
        # offer's words quoted as filed are printed exactly as they are
        if self.role not in _AS_FILED:
            object.__setattr__(self, "text", single_stops(self.text))


_AS_FILED = frozenset({Role.QUOTE, Role.TABLE_ROW, Role.TABLE_HEADER})
CHECKED, UNCHECKED = "☒", "☐"


def plain_text(blocks: list[Block]) -> str:
    """The words of the blocks in order: what tests and the checks compare."""
    lines = []
    for block in blocks:
        if block.role in (Role.RULE, Role.PAGE_BREAK):
            continue
        parts = [block.label, block.text, *block.cells]
        lines.append(" ".join(p for p in parts if p))
    return "\n".join(lines)


def row_spans(documents: Iterable[Document]) -> dict[str, tuple[int, ...]]:
    """Each table row that merges cells across columns, by its text: a row quoted in an
    item is set with its cells merged as the offer sets them."""
    return {
        p.text: p.spans
        for document in documents
        for section in document.sections
        for p in section.paragraphs
        if p.spans is not None
    }


def spanned(
    row: tuple[str, ...], width: int, spans: dict[str, tuple[int, ...]]
) -> tuple[int, ...] | None:
    """The spans of a quoted row as the offer has it, padded with blank cells to `width`."""
    own = spans.get(CELL_BREAK.join(row))
    if own is None or len(own) != len(row) or width < len(row):
        return None
    return own + (1,) * (width - len(row))
