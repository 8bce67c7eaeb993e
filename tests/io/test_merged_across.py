"""A cell merged across columns (Word's gridSpan, as python-docx merge() sets it; an EDGAR
HTML colspan) is read as the reader sees it: its text once, at its first column, the row
keeping how many columns it spans, so each figure stays under its column's heading. A table
set again in the house style (the redline and conformed copy of an HTML offer) merges the
cell across the same columns, and a change to the merged row is cited as that row."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.amendment import Amendment
from amendtool.core.apply import TextDocument
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.core.model import Document, ParagraphKind
from amendtool.io.load import load_document
from tests.io.test_redline_property import FILING, flat, text_of

FIGURES = [["March 31, 2025", "$9.95", "$6.10", "400"], ["June 30, 2025", "$8.00", "$5.10", "800"]]
SPACER = '<td style="width:1%"></td>'


def word_offer(path: Path, total: str, label: str = "Total") -> Path:
    """A four-column table whose last row's label is merged over three columns."""
    word = docx.Document()
    word.add_heading("1. Price Range of Shares", level=2)
    word.add_paragraph("The following table sets out the high and low prices of our shares.")
    table = word.add_table(rows=0, cols=4)
    for values in [["Quarter", "High", "Low", "Volume"], *FIGURES]:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[2])
    merged.text = label
    row.cells[3].text = total
    word.add_heading("2. Legal Matters", level=2)
    word.add_paragraph("Closing words of the offer.")
    word.save(str(path))
    return path


def html_offer(path: Path, total: str, label: str = "Total") -> Path:
    """The same table as an EDGAR filing agent sets it: spacer columns, "$" in cells of
    their own, a heading over two columns and the label merged over the figures'."""
    rows = "".join(
        f"<tr><td>{q}</td>{SPACER}<td>$</td><td>{h[1:]}</td>{SPACER}<td>$</td><td>{lo[1:]}</td>"
        f"{SPACER}<td>{v}</td></tr>"
        for q, h, lo, v in FIGURES
    )
    path.write_text(
        "<html><body><p><b>1. Price Range of Shares</b></p>"
        "<p>The following table sets out the high and low prices of our shares.</p><table>"
        f'<tr><td>Fiscal 2025</td>{SPACER}<td colspan="5">Per share</td>'
        f"{SPACER}<td>Shares</td></tr>"
        f'<tr><td>Quarter</td>{SPACER}<td colspan="2">High</td>{SPACER}<td colspan="2">Low</td>'
        f"{SPACER}<td>Volume</td></tr>{rows}"
        f'<tr><td colspan="7">{label}</td>{SPACER}<td>{total}</td></tr></table>'
        "<p><b>2. Legal Matters</b></p><p>Closing words of the offer.</p></body></html>",
        encoding="utf-8",
    )
    return path


def rows_of(document: Document) -> list[tuple[str, tuple[int, ...] | None]]:
    return [
        (p.text, p.spans)
        for s in document.sections
        for p in s.paragraphs
        if p.kind is ParagraphKind.TABLE_ROW
    ]


def test_a_word_cell_merged_across_columns_stands_once(tmp_path: Path) -> None:
    rows = rows_of(load_document(word_offer(tmp_path / "offer.docx", "1,200")))
    assert rows[-1] == ("Total\t\t\t1,200", (3, 0, 0, 1))  # the figure under "Volume"
    assert all(spans is None for _, spans in rows[:-1])
    assert [len(text.split("\t")) for text, _ in rows] == [4] * len(rows)


def test_an_edgar_colspan_stands_once_over_the_columns_kept(tmp_path: Path) -> None:
    rows = rows_of(load_document(html_offer(tmp_path / "offer.htm", "1,200")))
    assert rows == [
        ("Fiscal 2025\tPer share\t\tShares", (1, 2, 0, 1)),  # over "High" and "Low"
        ("Quarter\tHigh\tLow\tVolume", None),
        ("March 31, 2025\t$9.95\t$6.10\t400", None),
        ("June 30, 2025\t$8.00\t$5.10\t800", None),
        ("Total\t\t\t1,200", (3, 0, 0, 1)),
    ]


def _review(original: Document, revised: Document) -> tuple[list[ItemKind], bytes, bytes]:
    from amendtool.io.redline_docx import build_review_documents

    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    return [i.kind for i in items], review.redline, review.conformed


def _spans_in_word(data: bytes) -> list[list[int]]:
    """Each row of the Word file's tables as the columns each of its cells spans."""
    word = docx.Document(io.BytesIO(data))
    return [_spans_of_row(row._tr) for table in word.tables for row in table.rows]


def _spans_of_row(tr: etree._Element) -> list[int]:
    spans = []
    for tc in tr.iterchildren(qn("w:tc")):
        span = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
        spans.append(int(span.get(qn("w:val"))) if span is not None else 1)
    return spans


@pytest.mark.parametrize(
    ("total", "label"), [("1,300", "Total"), ("1,200", "Total shares traded in the quarters")]
)
def test_an_html_offer_set_again_keeps_the_merged_cell(
    tmp_path: Path, total: str, label: str
) -> None:
    """The house-style copy merges the cell as the offer does; a change to the figure or
    to the merged label restates that row, and the redline accepts to the revision and
    rejects to the original."""
    original = load_document(html_offer(tmp_path / "offer.htm", "1,200"))
    revised = load_document(html_offer(tmp_path / "revised.htm", total, label))
    kinds, redline, conformed = _review(original, revised)
    assert kinds == [ItemKind.REPLACE_ROW]
    assert _spans_in_word(conformed) == [[1, 2, 1], [1] * 4, [1] * 4, [1] * 4, [3, 1]]
    assert text_of(redline, accept=True) == flat(TextDocument.from_document(revised).comparable())
    assert text_of(redline, accept=False) == flat(TextDocument.from_document(original).comparable())


@pytest.mark.parametrize("made", [word_offer, html_offer])
def test_a_restated_row_is_quoted_with_its_cell_merged(made: object, tmp_path: Path) -> None:
    """The filing and the notice quote the restated row as the offer sets it: the label
    once across the three columns it spans, the figure under "Volume" (Word and HTML)."""
    from lxml import html

    from amendtool.core.filing import load_filing
    from amendtool.io.outputs import NOTICE_DOCX, SCHEDULE_TO_DOCX, SCHEDULE_TO_HTM, write_outputs
    from tests.conftest import SAMPLES

    assert callable(made)
    suffix = ".docx" if made is word_offer else ".htm"
    original = load_document(made(tmp_path / f"offer{suffix}", "1,200"))
    revised = load_document(made(tmp_path / f"revised{suffix}", "1,300"))
    items = draft_items(original, revised).items
    assert [i.kind for i in items] == [ItemKind.REPLACE_ROW]
    amendment = Amendment(original, revised, items, load_filing(SAMPLES / "filing.toml"))
    out = tmp_path / "out"
    out.mkdir()
    write_outputs(amendment, out, [SCHEDULE_TO_DOCX, NOTICE_DOCX, SCHEDULE_TO_HTM])
    for name in (SCHEDULE_TO_DOCX, NOTICE_DOCX):
        word = docx.Document(io.BytesIO((out / name).read_bytes()))
        quoted = [t for t in word.tables if "1,300" in t.rows[-1].cells[-1].text]
        assert quoted, name  # the filing, and the notice filed with it
        for table in quoted:
            texts = [c.text.strip('\u201c\u201d"') for c in table.rows[-1].cells]
            assert texts[0] == texts[2] == "Total" != texts[3]  # one cell over three columns
            spans = [_spans_of_row(row._tr) for row in table.rows]
            assert spans[-1] == [3, 1], name
            assert all(sum(row) == 4 for row in spans), name  # with its column headings
    page = html.fromstring((out / SCHEDULE_TO_HTM).read_bytes())
    quoted = [r for r in page.iter("tr") if "1,300" in r.text_content()]
    spans = [[c.get("colspan", "1") for c in r.iter("td", "th")] for r in quoted]
    assert spans and all(s == ["3", "1"] for s in spans)
