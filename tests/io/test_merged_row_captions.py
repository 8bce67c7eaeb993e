"""A row captioned through a cell merged down the column (an HTML rowspan, a Word vertical
merge) is cited by its own name under that caption, as a row group is: one changed cell
restates that row, never the whole table, and the notice names the row, not a caption
that heads several rows."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.plain_notice import voice_of
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

PAGE = """<html><body><p><b>TALLBRIDGE REALTY TRUST</b></p>
<p>Tallbridge Realty Trust is offering to purchase up to 800,000 shares for cash.</p>
<p><b>2. Price Range of Preferred Stock.</b></p>
<p>The following table shows the high and low sales prices.</p>
<table><tr><th></th><th></th><th>High</th><th>Low</th></tr>
<tr><td rowspan="3">Fiscal 2022</td><td>First Quarter</td><td>$10.10</td><td>$8.20</td></tr>
<tr><td>Second Quarter</td><td>$11.40</td><td>$9.05</td></tr>
<tr><td>Third Quarter</td><td>$12.00</td><td>{low}</td></tr>
<tr><td rowspan="2">Fiscal 2023</td><td>First Quarter</td><td>$13.25</td><td>$10.90</td></tr>
<tr><td>Second Quarter</td><td>$14.80</td><td>$11.75</td></tr></table>
<p>We paid regular quarterly dividends in each quarter.</p>
<p><b>3. Fees and Expenses.</b></p><p>We will pay the fees of the depositary.</p>
</body></html>"""


def _draft(original: Path, revised: Path):  # type: ignore[no-untyped-def]
    return draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )


def test_a_cell_under_a_rowspan_caption_is_cited_by_its_row(tmp_path: Path) -> None:
    original, revised = tmp_path / "o.htm", tmp_path / "r.htm"
    original.write_text(PAGE.format(low="$9.60"), encoding="utf-8")
    revised.write_text(PAGE.format(low="$9.95"), encoding="utf-8")
    amendment = _draft(original, revised)
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW, item.kind
    assert filing_text(item, "(a)(1)").startswith(
        'The row entitled "Third Quarter" under "Fiscal 2022" in the table'
    )
    assert "$13.25" not in item.new_text  # the other rows are not restated
    said = summarise(item, amendment.wording, voice_of(amendment)).text
    assert '"Fiscal 2022"' in said and '"Third Quarter"' in said, said


def _word(path: Path, final: str) -> None:
    document = WordDocument()
    document.add_paragraph("WEXFORD LANE HOLDINGS, L.P.")
    document.add_paragraph("Wexford Lane Holdings, L.P. is offering to buy its notes for cash.")
    document.add_heading("1. Terms of the Offer", level=2)
    document.add_paragraph("We will buy up to $50,000,000 principal amount of notes.")
    rows = [
        ("Series", "Settlement", "Price"),
        ("2015 Notes", "Early", "$1,040"),
        ("", "Final", "$1,010"),
        ("2017 Notes", "Early", "$1,020"),
        ("", "Final", final),
    ]
    table = document.add_table(rows=5, cols=3)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    table.cell(3, 0).merge(table.cell(4, 0))
    table.cell(1, 0).text, table.cell(3, 0).text = "2015 Notes", "2017 Notes"
    document.add_paragraph("Accrued interest will be paid in addition to the purchase price.")
    document.add_heading("2. Fees and Expenses", level=2)
    document.add_paragraph("We will pay the fees of the depositary.")
    document.save(str(path))


def test_a_cell_under_a_vertically_merged_caption_is_cited_by_its_row(tmp_path: Path) -> None:
    original, revised = tmp_path / "o.docx", tmp_path / "r.docx"
    _word(original, "$990")
    _word(revised, "$1,000")
    amendment = _draft(original, revised)
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW, item.kind
    assert filing_text(item, "(a)(1)").startswith(
        'The row entitled "Final" under "2017 Notes" in the table'
    )
    assert "$1,040" not in item.new_text


TEXT_TABLE = """<TABLE>
<CAPTION>
Series                                      Settlement     Price
                                            ----------    ------
<S>                                                <C>       <C>
  2009 Notes ...........................         Early    $1,030
   .....................................         Final    $1,005
  2011 Notes ...........................         Early    $1,020
   .....................................         Final    {final}
</TABLE>"""

TEXT = """                     OFFER TO PURCHASE FOR CASH

                   HOLLIS BAY MARINE CORPORATION

     Hollis Bay Marine Corporation is offering to purchase its Notes for cash.

<PAGE>

1. TERMS OF THE OFFER.

     We will purchase any and all Notes validly tendered.

{table}

     Accrued and unpaid interest will be paid in addition to the
price.

2. FEES AND EXPENSES.

     We will pay the Depositary reasonable fees.
"""


def test_a_text_row_led_by_dots_alone_is_a_row_under_the_caption_above(tmp_path: Path) -> None:
    original, revised = tmp_path / "o.txt", tmp_path / "r.txt"
    original.write_text(TEXT.format(table=TEXT_TABLE.format(final="  $990")), encoding="utf-8")
    revised.write_text(TEXT.format(table=TEXT_TABLE.format(final="$1,000")), encoding="utf-8")
    rows = [p.text for p in load_document(original).paragraphs() if "\t" in p.text]
    assert rows[2] == "\tFinal\t$1,005", rows  # not run into the 2009 Notes' row
    amendment = _draft(original, revised)
    [item] = amendment.change_items
    assert filing_text(item, "(a)(1)").startswith(
        'The row entitled "Final" under "2011 Notes" in the table'
    )
