"""Rows a revision adds to a table are each made like the row before them: the shape of a row
(emptied of its words and marks, the run its words are set like) is worked out once for a
run of rows made from each other, not once a row. Counted as rows whose runs are walked,
never timed; and the rows are the ones worked out row by row."""

from __future__ import annotations

import datetime as dt

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from amendtool.core.model import CELL_PARAGRAPH_BREAK
from amendtool.io import revision_rows
from amendtool.io._oxml_revisions import Revisions

WHEN = dt.datetime(2026, 4, 1, 12, 0, tzinfo=dt.UTC)


def _table(merged: bool = False) -> etree._Element:
    """A table of one formatted row (bold holder, its count), its first two cells merged."""
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Holder 1", "7 options", "$1.25"], strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    if merged:
        table.cell(0, 0).merge(table.cell(0, 1))
    return table._tbl


def _chain(table: etree._Element, rows: list[list[str]], shapes_kept: bool = True) -> str:
    revisions = Revisions("Jane Roe", WHEN)
    row = table.findall(f"{{{table.nsmap['w']}}}tr")[-1]
    for cells in rows:
        if not shapes_kept:
            revisions._shapes.clear()
        row = revisions.insert_row_after(row, cells, row)
    return etree.tostring(table).decode()


def test_the_shape_of_a_row_is_read_once_for_the_rows_made_from_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    walked: list[etree._Element] = []
    visible = revision_rows._visible_runs

    def counting(paragraph: etree._Element) -> list[etree._Element]:
        walked.append(paragraph)
        return visible(paragraph)

    monkeypatch.setattr(revision_rows, "_visible_runs", counting)
    for rows in (10, 1000):
        walked.clear()
        made = _chain(_table(), [[f"Holder {n}", f"{n} options", f"${n}.25"] for n in range(rows)])
        assert made.count("</w:tr>") == rows + 1 and f"Holder {rows - 1}<" in made
        assert len(walked) == 3  # the first row's three cells, whatever the rows made


CELL = st.sampled_from(["", " ", "Holder 9", "12 options", f"one{CELL_PARAGRAPH_BREAK}two"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELL, min_size=1, max_size=5), min_size=1, max_size=6), st.booleans())
def test_rows_made_from_a_kept_shape_are_those_made_row_by_row(
    rows: list[list[str]], merged: bool
) -> None:
    """Empty cells, cells of two paragraphs, more or fewer texts than cells, merged cells."""
    assert _chain(_table(merged), rows) == _chain(_table(merged), rows, shapes_kept=False)


def test_a_row_s_marked_words_are_copied_not_made_element_by_element(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each row made costs two new elements (its properties, its mark of insertion), whatever
    its cells:
    each cell's marked run is copied from one made for the run it is set like; made element
    by element (the mark, the run, its text, its formatting copied and sifted), a 20,000-row
    table made a hundred thousand of them."""
    from amendtool.io import _oxml_revisions

    made: list[str] = []
    element = _oxml_revisions.OxmlElement

    def counting(tag: str) -> etree._Element:
        made.append(tag)
        return element(tag)

    monkeypatch.setattr(_oxml_revisions, "OxmlElement", counting)
    counts = []
    for rows in (10, 1000):
        made.clear()
        table = _chain(_table(), [[f"Holder {n}", f"{n} options", f"${n}.25"] for n in range(rows)])
        assert f"Holder {rows - 1}<" in table and f"${rows - 1}.25<" in table
        counts.append(len(made))
    assert counts[1] - counts[0] <= 2 * 990, counts  # it was 11 a row
