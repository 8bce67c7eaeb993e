"""A price table headed by "Sales Price" spanning the High and Low columns over a blank cell,
with "Quarter" | "High" | "Low" under it: two rows of column headings, in HTML (colspan)
and in Word (gridSpan). "Sales Price" is no caption of the table: it stays a heading row
over the columns it spans (quoted over each restated or added row, printed in the table in
the redline and the conformed copy), and every item cites the table alike. A title row
spanning the whole table is still its caption (tests/io/test_table_captions.py)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from lxml import etree

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.model import Document, ParagraphKind, is_caption_style
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.support.html_offer import load, offer

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADING = "Sales Price"
PRICES = [
    ("2025 First Quarter", "24.10", "22.85"),
    ("2025 Second Quarter", "24.55", "23.05"),
    ("2025 Third Quarter", "25.00", "23.70"),
    ("2025 Fourth Quarter", "25.10", "24.20"),
]
# the fourth quarter's high corrected, and a row for the quarter to date put in after it
REVISED = [
    *PRICES[:3],
    ("2025 Fourth Quarter", "25.40", "24.20"),
    ("2026 Second Quarter (through April 30, 2026)", "26.05", "25.30"),
]


def _html(prices: list[tuple[str, str, str]], dollars: bool) -> str:
    """The table as EDGAR filers set it: "$" in a column of its own (each price heading
    spanning two columns) or not."""
    span = 4 if dollars else 2
    under = ' colspan="2"' if dollars else ""
    rows = "".join(
        f"<tr><td>{q}</td><td>$</td><td>{h}</td><td>$</td><td>{low}</td></tr>"
        if dollars
        else f"<tr><td>{q}</td><td>${h}</td><td>${low}</td></tr>"
        for q, h, low in prices
    )
    return offer(
        "<p>The following table sets forth the high and low sales prices of the shares.</p>"
        f'<table border="1"><tr><td></td><td colspan="{span}" align="center"><b>{HEADING}</b>'
        f"</td></tr><tr><td><b>Quarter</b></td><td{under}><b>High</b></td>"
        f"<td{under}><b>Low</b></td></tr>{rows}</table>"
        "<p>On April 14, 2026, the last reported sale price of the shares was $25.65.</p>"
    )


def _word(path: Path, prices: list[tuple[str, str, str]]) -> Path:
    word = docx.Document()
    word.add_paragraph("OFFER TO PURCHASE FOR CASH")
    word.add_paragraph("Longford Mills Corporation is offering to buy its shares for cash.")
    word.add_heading("4. Price Range of Shares", level=2)
    word.add_paragraph("The following table sets forth the high and low sales prices.")
    table = word.add_table(rows=0, cols=3)
    for values in [("", HEADING, ""), ("Quarter", "High", "Low"), *prices]:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    first = table.rows[0].cells
    merged = first[1].merge(first[2])  # one cell spanning High and Low (w:gridSpan)
    merged.text = HEADING
    word.add_paragraph("On April 14, 2026, the last reported sale price of the shares was $25.65.")
    word.add_heading("5. Miscellaneous", level=2)
    word.add_paragraph("The offer is not made where it would be unlawful.")
    word.save(str(path))
    return path


def _documents(tmp_path: Path, source: str) -> tuple[Document, Document]:
    if source == "Word":
        money = [(q, f"${h}", f"${low}") for q, h, low in PRICES]
        revised = [(q, f"${h}", f"${low}") for q, h, low in REVISED]
        return (
            load_document(_word(tmp_path / "o.docx", money)),
            load_document(_word(tmp_path / "r.docx", revised)),
        )
    dollars = source == "HTML, $ in its own column"
    return (
        load(tmp_path, "o.htm", _html(PRICES, dollars)),
        load(tmp_path, "r.htm", _html(REVISED, dollars)),
    )


SOURCES = ["HTML", "HTML, $ in its own column", "Word"]


def _amendment(tmp_path: Path, source: str) -> tuple[Document, Amendment]:
    original, revised = _documents(tmp_path, source)
    return original, draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))


@pytest.mark.parametrize("source", SOURCES)
def test_the_spanning_heading_is_the_tables_first_row(tmp_path: Path, source: str) -> None:
    original, _ = _documents(tmp_path, source)
    section = next(s for s in original.sections if s.number == "4")
    assert not any(is_caption_style(p.style) for p in section.paragraphs)
    rows = [p for p in section.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert [c.strip() for c in rows[0].text.split("\t")][:2] == ["", HEADING]
    assert rows[1].text.split("\t")[0] == "Quarter"
    assert not any(p.text == HEADING for p in section.paragraphs)


@pytest.mark.parametrize("source", SOURCES)
def test_each_item_cites_the_table_alike_under_both_heading_rows(
    tmp_path: Path, source: str
) -> None:
    _, amendment = _amendment(tmp_path, source)
    items = [
        i for i in amendment.change_items if i.kind in (ItemKind.REPLACE_ROW, ItemKind.INSERT_ROW)
    ]
    assert [i.kind for i in items] == [ItemKind.REPLACE_ROW, ItemKind.INSERT_ROW]
    assert {i.locator.table_caption for i in items} == {None}
    for item in items:
        text = filing_text(item, "(a)(1)(A)")
        assert 'in the table in "Section 4. Price Range of Shares"' in text, text
        headings = (item.locator.row_headings or "").split("\n")
        assert len(headings) == 2, headings
        assert HEADING in headings[0] and headings[1].startswith("Quarter")


def _loose_lines(data: bytes) -> list[str]:
    """The words of each paragraph of the body outside any table."""
    body = etree.fromstring(docx.Document(io.BytesIO(data)).element.xml.encode())
    return [
        "".join(t.text or "" for t in p.iter(f"{W}t", f"{W}delText"))
        for p in body.iter(f"{W}p")
        if not any(a.tag == f"{W}tbl" for a in p.iterancestors())
    ]


@pytest.mark.parametrize("source", SOURCES)
def test_the_redline_and_conformed_copy_print_the_heading_in_the_table(
    tmp_path: Path, source: str
) -> None:
    _, amendment = _amendment(tmp_path, source)
    documents = build_review_documents(amendment)
    for data in (documents.redline, documents.conformed):
        assert HEADING not in _loose_lines(data)
        table = docx.Document(io.BytesIO(data)).tables[0]
        first = [c.text.strip() for c in table.rows[0].cells]
        assert HEADING in first and first[0] == ""


def test_a_word_heading_spanning_columns_reads_as_set(tmp_path: Path) -> None:
    """The Word table's first row holds one cell spanning two columns (w:gridSpan)."""
    path = _word(tmp_path / "o.docx", [(q, f"${h}", f"${low}") for q, h, low in PRICES])
    body = docx.Document(str(path)).element.body
    spans = [e.get(f"{W}val") for e in body.iter(f"{W}gridSpan")]
    assert spans == ["2"]
