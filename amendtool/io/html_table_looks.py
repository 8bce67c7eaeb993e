"""How an EDGAR HTML table prints its rows: the rules around each cell (a border attribute,
CSS borders on the table, a row or a cell) and the bold words each cell opens with (<b>,
<strong>, font-weight, <th>). Kept with each row (model.RowLook) so the conformed copy and
the redline of an HTML original print the summary term sheet as the offer does."""

from __future__ import annotations

import re

from lxml import etree

from amendtool.core.model import CELL_PARAGRAPH_BREAK, RowLook
from amendtool.core.pattern_store import compiled
from amendtool.io.edgar_html_tables import cell_text
from amendtool.io.edgar_html_text import BOLD_STYLE, text_pieces

SIDES = ("top", "left", "bottom", "right")
_DECLARATION = compiled(
    r"border(?:-(top|left|bottom|right))?(?:-(style|width))?\s*:\s*([^;]*)", re.IGNORECASE
)
_NO_LINE = compiled(r"^(?:none|hidden)$|^0(?:\.0*)?(?:px|pt|em|in|cm|mm)?$", re.IGNORECASE)
_EMPHASIS = etree.XPath(
    "boolean(descendant-or-self::*[self::b or self::strong"
    " or contains(translate(@style, 'FONTWEIGH', 'fontweigh'), 'font-weight')])"
)
_LINE_STYLES = frozenset("solid double dotted dashed groove ridge inset outset".split())


def row_looks(
    rows: list[list[etree._Element]], texts: list[list[str]], bold: bool
) -> list[RowLook]:
    """The look of each row laid out as `texts` (the grid's texts of `rows`' cells, spacer
    columns dropped, "$" joined to its figure): each text takes the look of the cell it was
    read from, found by its words."""
    table = next((row[0].iterancestors("table") for row in rows if row), iter(()))
    framed = next(table, None)
    grid = _grid_sides(framed)
    frame = css_sides(framed.get("style") or "") if framed is not None else set()
    read: dict[str, tuple[set[str], str]] = {}  # every cell so far (a caption spans down)
    looks = []
    for index, (row, words) in enumerate(zip(rows, texts, strict=True)):
        row_sides = css_sides(_row(row).get("style") or "") if row else set()
        row_bold = bool(row) and bool(BOLD_STYLE.search(_row(row).get("style") or ""))
        cells = [
            (grid | row_sides | css_sides(c.get("style") or ""), _bold_lead(c, bold or row_bold))
            for c in row
        ]
        # a cell a column, none spanning: each text is its cell's (the most common)
        one_each = len(row) == len(words) and not any(_spans(c) for c in row)
        own: dict[str, tuple[set[str], str]] = {}
        if not one_each:
            own = {cell_text(c): look for c, look in zip(row, cells, strict=True)}
            read |= own
        ruled: list[str] = []
        bolds: list[str] = []
        for column, text in enumerate(words):
            if one_each:
                sides, lead = cells[column]
            else:
                sides, lead = read[text] if text in read else _found(own, text, grid)
            edges = {"top"} if index == 0 else set()
            edges |= {"bottom"} if index == len(rows) - 1 else set()
            edges |= {"left"} if column == 0 else set()
            edges |= {"right"} if column == len(words) - 1 else set()
            ruled.append(" ".join(s for s in SIDES if s in sides | (frame & edges)))
            bolds.append(lead)
        looks.append(RowLook(tuple(ruled), tuple(bolds)))
    return looks


def _spans(cell: etree._Element) -> bool:
    return (cell.get("colspan") or "1").strip() != "1" or (
        cell.get("rowspan") or "1"
    ).strip() != "1"


def _row(cells: list[etree._Element]) -> etree._Element:
    parent = cells[0].getparent()
    return parent if parent is not None else cells[0]


def _found(
    read: dict[str, tuple[set[str], str]], text: str, grid: set[str]
) -> tuple[set[str], str]:
    """The look of the row's cell whose words open `text` (a text cell joined with those
    of the rows its caption spans) or end it ("$" joined to its figure)."""
    first = text.split(CELL_PARAGRAPH_BREAK)[0]
    for words, look in read.items():
        if words and (words == first or text.endswith(words)):
            return look
    return grid, ""


def _grid_sides(table: etree._Element | None) -> set[str]:
    """A border attribute above 0 (or bare) rules every cell on all sides, as browsers do."""
    if table is None or table.get("border") is None:
        return set()
    value = (table.get("border") or "1").strip()
    number = re.match(r"\d+", value)
    return set(SIDES) if not number or int(number.group()) > 0 else set()


def css_sides(style: str) -> set[str]:
    """The sides a style's border declarations rule, later ones overriding earlier ones;
    a width alone draws nothing (the style is none until given)."""
    drawn: dict[str, bool] = {}
    for side, part, value in _DECLARATION.findall(style):
        sides = [side.lower()] if side else list(SIDES)
        words = value.strip().lower().split()
        if part.lower() == "width":
            if words and all(_NO_LINE.match(w) for w in words):
                drawn.update(dict.fromkeys(sides, False))
            continue
        if part.lower() == "style" or any(w in _LINE_STYLES for w in words):
            line = any(w in _LINE_STYLES for w in words) and not any(
                _NO_LINE.match(w) for w in words
            )
            drawn.update(dict.fromkeys(sides, line))
        elif any(_NO_LINE.match(w) for w in words):
            drawn.update(dict.fromkeys(sides, False))
    return {side for side, line in drawn.items() if line}


def _bold_lead(cell: etree._Element, bold: bool) -> str:
    """The bold words the cell opens with, white space as the reader sets it; a <th> cell
    prints bold."""
    bold = bold or cell.tag == "th"
    if not bold and not _EMPHASIS(cell):
        return ""
    pieces = text_pieces(cell, bold)
    lead = ""
    for words, is_bold in pieces:
        if words.strip() and not is_bold:
            break
        lead += words
    return " ".join(lead.replace("\u00a0", " ").split())
