"""A table quoted in the filing or the notice that runs on to another page prints its column
headings again at the top of that page (Word's "Repeat as header row"): an insiders' table
broken across two pages of the Schedule TO amendment left the second page's rows unnamed."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from amendtool.core.layout import Block, Role
from amendtool.io import docx_writer


def _marked(blocks: list[Block]) -> list[tuple[str, bool]]:
    written = docx_writer.blocks_to_docx(blocks, "Amendment")
    (table,) = docx.Document(io.BytesIO(written)).tables
    return [
        (row.cells[0].text, row._tr.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None)
        for row in table.rows
    ]


def test_the_heading_rows_at_a_tables_top_repeat_on_each_page() -> None:
    rows = [Block(Role.TABLE_ROW, cells=(f"Officer {n}", f"{n},000")) for n in range(1, 40)]
    blocks = [
        Block(Role.TEXT, "The following table sets forth the holdings."),
        Block(Role.TABLE_HEADER, cells=("", "Options held")),
        Block(Role.TABLE_HEADER, cells=("Name", "Number")),
        *rows,
        Block(Role.TEXT, "After the table."),
    ]
    marked = _marked(blocks)
    assert marked[:2] == [("", True), ("Name", True)]
    assert not any(flag for _, flag in marked[2:])


def test_a_heading_row_below_the_first_rows_is_not_repeated() -> None:
    """Word repeats only a table's first rows: a bold caption row further down stays where it
    is printed."""
    blocks = [
        Block(Role.TABLE_ROW, cells=("Officer 1", "1,000")),
        Block(Role.TABLE_HEADER, cells=("Directors", "")),
        Block(Role.TABLE_ROW, cells=("Director 1", "2,000")),
    ]
    assert [flag for _, flag in _marked(blocks)] == [False, False, False]
