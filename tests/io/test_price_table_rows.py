"""A figure corrected in a price table is cited by its row, as counsel cite it, whatever the
table's source (EDGAR text with or without <TABLE> tags, Word): "The row entitled "Second
Quarter" under "Fiscal Year 2002" in the table … has been amended and restated"; a row put in
next to the changed row is its own item, and the table is not restated whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

HERE = Path(__file__).parent / "price_tables"
SECTION = '"Section 6. Price Range of Common Stock Underlying the Options" on page 4'


def _draft(original: Path, revised: Path):  # type: ignore[no-untyped-def]
    return draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )


@pytest.mark.parametrize(
    ("case", "row"),
    [
        ("untagged", 'the row entitled "Second Quarter" under "Fiscal Year 2002"'),
        ("tagged", 'the row entitled "Second Quarter (1)" under "Fiscal Year 2002"'),
    ],
)
def test_a_figure_corrected_is_cited_by_its_row(case: str, row: str) -> None:
    amendment = _draft(HERE / f"{case}-original.txt", HERE / f"{case}-revised.txt")
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW
    assert item.new_paragraphs[0].split("\t")[1:] == ["17.35", "9.80"]
    assert filing_text(item, "(a)(1)") == (
        f"{row[0].upper()}{row[1:]} in the table in {SECTION} of Exhibit (a)(1) to the Tender "
        "Offer Statement has been amended and restated in its entirety to read as follows:"
    )


def test_a_row_put_in_beside_a_changed_row_is_its_own_item(tmp_path: Path) -> None:
    text = (HERE / "untagged-revised.txt").read_text()
    second = "    Second Quarter......................................    17.35        9.80\n"
    third = "    Third Quarter.......................................    12.00        8.15\n"
    assert second in text
    revised = tmp_path / "revised.txt"
    revised.write_text(text.replace(second, second + third, 1))
    amendment = _draft(HERE / "untagged-original.txt", revised)
    kinds = [(i.kind, i.locator.row_caption, i.locator.row_group) for i in amendment.change_items]
    assert kinds == [
        (ItemKind.REPLACE_ROW, "Second Quarter", "FISCAL YEAR 2002"),
        (ItemKind.INSERT_ROW, "Second Quarter", "FISCAL YEAR 2002"),
    ]
    review = build_review_documents(amendment)
    conformed = tmp_path / "conformed.docx"
    conformed.write_bytes(review.conformed)
    rows = [
        p.cells
        for s in load_document(conformed).numbered_sections()
        for p in s.paragraphs
        if p.kind.value == "table_row"
    ]
    assert ["Second Quarter", "17.35", "9.80"] in rows
    assert ["Third Quarter", "12.00", "8.15"] in rows
