"""A table's row is written to Word, and let go once the file is made, in a few steps, not
one step per element: a row of a 20,000-row table was made element by element (eleven
elements, each costing as much as the others together) and let go element by element again.
Counted as lines of the writer's code run, never timed."""

from __future__ import annotations

import io

import docx

from amendtool.core.layout import Block, Role
from amendtool.io import docx_writer
from tests.support.work_lines import lines_run


def _blocks(rows: int) -> list[Block]:
    table = [
        Block(Role.TABLE_ROW, cells=(f"Grant {n}", f"{3 * n + 1} options", f"${n}.25"))
        for n in range(rows)
    ]
    return [Block(Role.TEXT, "The grants are these."), *table, Block(Role.TEXT, "After.")]


def _lines(rows: int) -> int:
    written, lines = lines_run(
        lambda: docx_writer.blocks_to_docx(_blocks(rows), "Grants"), "io/docx_writer"
    )
    table = docx.Document(io.BytesIO(written)).tables[0]
    assert len(table.rows) == rows
    assert [c.text for c in table.rows[-1].cells] == [
        f"Grant {rows - 1}",
        f"{3 * rows - 2} options",
        f"${rows - 1}.25",
    ]
    return lines


def test_each_row_is_written_and_let_go_in_a_few_steps() -> None:
    per_row = (_lines(120) - _lines(60)) / 60
    # three cells filled (a paragraph and a run each) and the row let go whole: about 75;
    # made and let go element by element it was about 270
    assert per_row <= 100, per_row
