"""A Word cell merged down over several rows (w:vMerge) stands in each row it spans, as an
HTML rowspan is read: no row reads as blank where it prints the merged cell, a term sheet's
caption set once beside several paragraphs titles them all (one row, cited by it), and the
same table reads alike from Word and from HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document, ParagraphKind, cell_paragraphs
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

# rows of (text, merged down from the row above?)
Cell = tuple[str, bool]
SHAPES: dict[str, list[list[Cell]]] = {
    "a caption beside two paragraphs": [
        [("Extension; Amendment", False), ("We may extend the offer at any time.", False)],
        [("", True), ("We may amend the offer at any time{edit}.", False)],
        [("Withdrawal Rights", False), ("You may withdraw before the expiration date.", False)],
    ],
    "a caption beside three paragraphs": [
        [("Purchase Price", False), ("$22.50 per Share, in cash.", False)],
        [("Conditions", False), ("The offer is subject to conditions.", False)],
        [("", True), ("There is no financing condition.", False)],
        [("", True), ("There is no minimum number of Shares{edit}.", False)],
    ],
    "a year beside its quarters": [
        [("Fiscal Year", False), ("Quarter", False), ("High", False)],
        [("2022", False), ("First Quarter", False), ("$14.10", False)],
        [("", True), ("Second Quarter", False), ("$13.50{edit}", False)],
    ],
}


def _merge(cell: object, state: str) -> None:
    properties = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    merge = OxmlElement("w:vMerge")
    if state:
        merge.set(qn("w:val"), state)
    properties.append(merge)


def _word(path: Path, rows: list[list[Cell]], edit: str) -> None:
    document = WordDocument()
    document.add_paragraph("OFFER TO PURCHASE FOR CASH")
    document.add_paragraph("Longford Mills Corporation is offering to buy its shares for cash.")
    document.add_heading("1. Terms of the Offer", level=2)
    document.add_paragraph("The terms of the offer are set out below.")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, (text, down) in enumerate(row):
            cell = table.cell(i, j)
            cell.text = "" if down else text.format(edit=edit)
            if down:
                _merge(cell, "")
            elif i + 1 < len(rows) and rows[i + 1][j][1]:
                _merge(cell, "restart")
    document.add_heading("2. Fees and Expenses", level=2)
    document.add_paragraph("We will pay the fees of the depositary.")
    document.save(str(path))


def _html(path: Path, rows: list[list[Cell]], edit: str) -> None:
    body = ""
    for i, row in enumerate(rows):
        cells = ""
        for j, (text, down) in enumerate(row):
            if down:
                continue
            span = 1
            while i + span < len(rows) and rows[i + span][j][1]:
                span += 1
            cells += f'<td rowspan="{span}">{text.format(edit=edit)}</td>'
        body += f"<tr>{cells}</tr>"
    path.write_text(
        "<html><body><p><b>OFFER TO PURCHASE FOR CASH</b></p>"
        "<p>Longford Mills Corporation is offering to buy its shares for cash.</p>"
        "<p><b>1. Terms of the Offer.</b></p><p>The terms of the offer are set out below.</p>"
        f"<table>{body}</table><p><b>2. Fees and Expenses.</b></p>"
        "<p>We will pay the fees of the depositary.</p></body></html>"
    )


def _rows(document: Document) -> list[list[str]]:
    return [
        [" / ".join(cell_paragraphs(c)) for c in p.cells]
        for s in document.sections
        for p in s.paragraphs
        if p.kind is ParagraphKind.TABLE_ROW
    ]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_no_row_reads_blank_where_it_prints_a_merged_cell(tmp_path: Path, shape: str) -> None:
    _word(tmp_path / "o.docx", SHAPES[shape], "")
    rows = _rows(load_document(tmp_path / "o.docx"))
    assert rows and all(row[0] for row in rows)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_word_reads_a_merged_cell_as_html_reads_a_rowspan(tmp_path: Path, shape: str) -> None:
    _word(tmp_path / "o.docx", SHAPES[shape], "")
    _html(tmp_path / "o.htm", SHAPES[shape], "")
    assert _rows(load_document(tmp_path / "o.docx")) == _rows(load_document(tmp_path / "o.htm"))


CAPTIONS = {
    "a caption beside two paragraphs": "Extension; Amendment",
    "a caption beside three paragraphs": "Conditions",
}


@pytest.mark.parametrize("shape", list(CAPTIONS))
def test_a_paragraph_beside_a_merged_caption_is_cited_by_it(tmp_path: Path, shape: str) -> None:
    _word(tmp_path / "o.docx", SHAPES[shape], "")
    _word(tmp_path / "r.docx", SHAPES[shape], " on notice to holders")
    amendment = draft_amendment(
        load_document(tmp_path / "o.docx"),
        load_document(tmp_path / "r.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )
    (item,) = amendment.change_items
    assert item.locator.row_caption == CAPTIONS[shape]
    cited = f'the last paragraph in the row entitled "{CAPTIONS[shape]}"'
    assert filing_text(item, "(a)(1)").startswith(cited[0].upper() + cited[1:])
