"""A table's row is written to Word, and let go once the file is made, in a few steps, not
one step per element: a row of a 20,000-row table was made element by element (eleven
elements, each costing as much as the others together) and let go element by element again.
Counted as lines of the writer's code run, never timed."""

from __future__ import annotations

import io

import docx
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from amendtool.core.layout import Block, Role
from amendtool.io import docx_writer, word_tables
from amendtool.io.word_paragraphs import ParagraphStyles
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


def test_a_row_of_one_line_cells_is_copied_whole_not_made_cell_by_cell() -> None:
    """The table writer's own lines for each row of three one-line cells: copied whole from a
    row made for the table's shape, about 45; made cell by cell (a row, then each cell's
    paragraph, then its width set in) it ran about 100."""

    def lines(rows: int) -> int:
        return lines_run(
            lambda: docx_writer.blocks_to_docx(_blocks(rows), "Grants"), "io/word_tables"
        )[1]

    per_row = (lines(120) - lines(60)) / 60
    assert per_row <= 60, per_row


_CELL_TEXT = st.one_of(
    st.sampled_from(["", " ", "Holder 7", "85 options", "$1.25", "A\u00a0B", "x\ty", "a\nb"]),
    st.text(alphabet="ab $.\t\n", max_size=6),
)


@settings(max_examples=60, deadline=None)
@given(
    cells=st.lists(_CELL_TEXT, min_size=1, max_size=4),
    bold=st.booleans(),
    room=st.sampled_from([None, 5000, 9000]),
)
def test_a_row_copied_whole_is_the_row_made_cell_by_cell(
    cells: list[str], bold: bool, room: int | None
) -> None:
    """Whatever the cells hold (none, spaces, a tab, two lines), the row the writer copies
    whole is, element for element, the row made cell by cell; a row it cannot copy is left
    to be made cell by cell, with nothing added."""
    document = docx.Document(str(docx_writer.house_template()))
    styles = ParagraphStyles(document)
    whole = document.add_table(rows=0, cols=len(cells))
    by_cell = document.add_table(rows=0, cols=len(cells))
    copied = word_tables.append_plain_row(whole, cells, styles, bold, room)
    tr, made = word_tables.append_row(by_cell, cant_split=True)
    for cell, text in zip(made, cells, strict=True):
        word_tables.fill_cell(cell, text, styles, bold=bold)
    if room is not None:
        word_tables.set_in_row(tr, room)
    if copied is None:
        assert not whole.rows
        assert any("\t" in c or "\n" in c.strip() for c in cells), cells
    else:
        assert etree.tostring(copied) == etree.tostring(tr)
