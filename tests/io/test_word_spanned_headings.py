"""A Word table whose heading spans two columns (a merged cell over "Staff" and "Directors")
is a grid like any other: each row has a cell for every column. One figure changed is its
row restated, never the whole table; the notice names the column under the spanning
heading (only staff get the new amount); the redline marks that cell alone."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.model import ParagraphKind
from amendtool.core.plain_notice import voice_of
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import comparable, flat, resolve
from tests.io.test_redline_restated_tables import marked, rows_of

ROWS = [
    ("Award Year", "Cash Amount per Unit", ""),
    ("", "Staff", "Directors"),
    ("Granted in 2006", "$2.15", "$2.00"),
    ("Granted in 2007", "{staff}", "$1.70"),
    ("Granted in 2008", "$1.40", "$1.35"),
]


def _word(path: Path, staff: str) -> None:
    document = WordDocument()
    document.add_paragraph("MARLOWE GATE SYSTEMS, INC.")
    document.add_paragraph("Marlowe Gate Systems, Inc. is offering to buy its units for cash.")
    document.add_heading("1. Cash Amount", level=2)
    document.add_paragraph("We will pay the cash amount below for each unit you tender.")
    table = document.add_table(rows=len(ROWS), cols=3)
    for i, row in enumerate(ROWS):
        for j, text in enumerate(row):
            table.cell(i, j).text = text.format(staff=staff)
    table.cell(0, 1).merge(table.cell(0, 2))  # the heading over both amounts
    table.cell(0, 0).merge(table.cell(1, 0))  # the year's heading down both heading rows
    table.cell(0, 0).text, table.cell(0, 1).text = "Award Year", "Cash Amount per Unit"
    document.add_paragraph("We will pay the cash amount promptly after the offer expires.")
    document.add_heading("2. Fees and Expenses", level=2)
    document.add_paragraph("We will pay the fees of the depositary.")
    document.save(str(path))


def test_a_spanning_heading_keeps_every_row_on_the_grid(tmp_path: Path) -> None:
    _word(tmp_path / "o.docx", "$1.80")
    document = load_document(tmp_path / "o.docx")
    rows = [p for s in document.sections for p in s.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert [p.text.split("\t") for p in rows][:2] == [
        ["Award Year", "Cash Amount per Unit", ""],
        ["Award Year", "Staff", "Directors"],  # merged down: it heads both rows, as in HTML
    ]


def test_one_figure_under_a_spanning_heading_restates_its_row_and_names_its_column(
    tmp_path: Path,
) -> None:
    original, revised = tmp_path / "o.docx", tmp_path / "r.docx"
    _word(original, "$1.80")
    _word(revised, "$1.95")
    before, after = load_document(original), load_document(revised)
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW, item.kind
    assert filing_text(item, "(a)(1)").startswith('The row entitled "Granted in 2007"')
    assert "$2.15" not in item.new_text  # the other rows are not restated
    said = summarise(item, amendment.wording, voice_of(amendment)).text
    assert "$1.95" in said and "$1.80" in said, said
    assert '"Staff"' in said, said  # directors keep $1.70
    redline = build_review_documents(amendment).redline
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == flat(
        TextDocument.from_document(after).comparable()
    )
    assert [marked(row) for row in rows_of(redline)] == [False, False, False, True, False]
