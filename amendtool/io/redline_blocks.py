"""Where new text goes among the Word file's blocks, by its shape: a table row goes into a
table (the one it stands beside when it has as many columns, else a table of its own) and a
paragraph between blocks, the table split where the paragraph falls between two of its rows.

Word holds no paragraph inside a table and no row outside one, so a row moved out of a table
must not become a tab-separated paragraph, nor a paragraph put between rows land after the
whole table: the redline and the conformed copy keep the revision's order and shapes."""

from __future__ import annotations

import copy

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.model import CELL_BREAK
from amendtool.io._oxml_revisions import Revisions
from amendtool.io.oxml_element import OxmlElement
from amendtool.io.word_xml import W_P, W_SDT, W_SECTPR, W_TBL, W_TC, W_TR, grid_cells

__all__ = ["is_row", "paragraph_place", "put_row"]

_TABLE_FRAME = (qn("w:tblPr"), qn("w:tblGrid"))
_BLOCKS = (W_P, W_TBL, W_SDT, W_SECTPR)
_PAGE_WIDTH = 9000  # twentieths of a point a new table spreads over


def is_row(text: str) -> bool:
    """A table row's text: its cells apart by the cell break."""
    return CELL_BREAK in text


def _table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    return parent if parent is not None and parent.tag == W_TBL else None


def _rows(table: etree._Element) -> list[etree._Element]:
    return list(table.iterchildren(W_TR))


def _width(row: etree._Element) -> int:
    return len(grid_cells(row))


def _split_after(row: etree._Element) -> etree._Element:
    """The rows after `row` moved to a table of their own just after its table (same
    properties and grid). Returns `row`'s table."""
    table = _table(row)
    assert table is not None
    rest = _rows(table)[_rows(table).index(row) + 1 :]
    if rest:
        twin = table.makeelement(W_TBL, {})
        for child in table:
            if child.tag in _TABLE_FRAME:
                twin.append(copy.deepcopy(child))
        for moved in rest:
            twin.append(moved)
        table.addnext(twin)
    return table


def paragraph_place(anchor: etree._Element, before: bool) -> tuple[etree._Element, bool]:
    """Where a paragraph goes that stands after (or before) `anchor`: beside it, or, when
    `anchor` is a table row, beside its table, split there when rows follow it."""
    table = _table(anchor) if anchor.tag == W_TR else None
    if table is None:
        return anchor, before
    rows = _rows(table)
    if before:
        index = rows.index(anchor)
        if index == 0:
            return table, True
        return _split_after(rows[index - 1]), False
    return _split_after(anchor), False


def _neighbour_table(anchor: etree._Element, before: bool) -> etree._Element | None:
    """The table right after (or before) a block, skipping marks that are no blocks."""
    sibling = anchor.getprevious() if before else anchor.getnext()
    while sibling is not None and sibling.tag not in _BLOCKS:
        sibling = sibling.getprevious() if before else sibling.getnext()
    return sibling if sibling is not None and sibling.tag == W_TBL else None


def put_row(
    revisions: Revisions,
    anchor: etree._Element,
    before: bool,
    text: str,
    tables: list[etree._Element],
) -> etree._Element:
    """A new row after (or before) `anchor`: into the anchor's table, or the table beside
    the anchor, when it has as many columns; else into a new table of its own, set like
    one of `tables` (the document's) with as many columns where there is one."""
    cells = text.split(CELL_BREAK)
    if anchor.tag == W_TBL:
        rows = _rows(anchor)
        if rows:
            anchor, before = (rows[0], True) if before else (rows[-1], False)
    elif anchor.tag != W_TR:
        beside = _neighbour_table(anchor, before)
        rows = _rows(beside) if beside is not None else []
        if rows:
            anchor, before = (rows[-1], False) if before else (rows[0], True)
    if anchor.tag == W_TR and _table(anchor) is not None and _width(anchor) == len(cells):
        row = revisions.insert_row_after(anchor, cells, anchor)
        if before:
            anchor.addprevious(row)
        return row
    place, place_before = paragraph_place(anchor, before)
    return _new_table_row(revisions, place, place_before, cells, tables)


def _new_table_row(
    revisions: Revisions,
    place: etree._Element,
    before: bool,
    cells: list[str],
    tables: list[etree._Element],
) -> etree._Element:
    """A table of one inserted row, after (or before) `place`."""
    fitting = [r for t in tables for r in _rows(t) if _width(r) == len(cells)]
    model_table = _table(fitting[0]) if fitting else (tables[0] if tables else None)
    table = OxmlElement("w:tbl")
    properties = model_table.find(qn("w:tblPr")) if model_table is not None else None
    if properties is not None:
        table.append(copy.deepcopy(properties))
    else:
        properties = OxmlElement("w:tblPr")
        width = OxmlElement("w:tblW")
        width.set(qn("w:w"), "0")
        width.set(qn("w:type"), "auto")
        properties.append(width)
        table.append(properties)
    grid = OxmlElement("w:tblGrid")
    for _ in cells:
        column = OxmlElement("w:gridCol")
        column.set(qn("w:w"), str(_PAGE_WIDTH // max(len(cells), 1)))
        grid.append(column)
    table.append(grid)
    like = fitting[0] if fitting else _bare_row(len(cells))
    stub = OxmlElement("w:tr")
    table.append(stub)
    row = revisions.insert_row_after(stub, cells, like)
    table.remove(stub)
    if before:
        place.addprevious(table)
    else:
        place.addnext(table)
    return row


def _bare_row(count: int) -> etree._Element:
    row = OxmlElement("w:tr")
    for _ in range(count):
        cell = OxmlElement("w:tc")
        cell.append(OxmlElement("w:p"))
        row.append(cell)
    assert all(c.tag == W_TC for c in row)
    return row
