"""A plain-text table's column names standing on their own line(s) over the rows, with no
rule of dashes and no <S>/<C> marks under them, are the table's header row: the rows'
first line of figures is never read as the column names. A line over the rows that the
reader cannot tell from text is named in a notice, not silently taken either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.model import Document, ParagraphKind
from amendtool.io.load import load_document
from tests.support.holders_text_offer import holders_offer

ROWS = [
    "Almeida, Sofia            52,000                    14.9%",
    "Brennan, Cormac           38,500                    11.0%",
    "Haddad, Omar              27,000                    7.7%",
]
ONE_LINE = ["Name                      Eligible Options Held     Percent of Eligible Options"]
TWO_LINES = [
    "                          Eligible Options          Percent of",
    "Name                      Held                      Eligible Options",
]
CAPITALS = ["NAME                      ELIGIBLE OPTIONS HELD     PERCENT OF ELIGIBLE OPTIONS"]
EQUALS = [
    *ONE_LINE,
    "====                      =====================     ===========================",
]
DASHES = [
    *ONE_LINE,
    "----                      ---------------------     ---------------------------",
]
NAMES = ["Name", "Eligible Options Held", "Percent of Eligible Options"]
CELLS = [
    ["Almeida, Sofia", "52,000", "14.9%"],
    ["Brennan, Cormac", "38,500", "11.0%"],
    ["Haddad, Omar", "27,000", "7.7%"],
]


def offer(table: list[str], tagged: bool = False) -> str:
    """An offer whose Section 5 holds `table` (its header lines and ROWS)."""
    opening = [
        "                              OFFER TO EXCHANGE",
        "",
        "Section 4. Conditions of the Offer",
        "",
        "We will not accept any Eligible Options if a court enjoins the offer.",
        "",
    ]
    return holders_offer(opening, ["<TABLE>", *table, "</TABLE>"] if tagged else table)


def load(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "orig.txt"
    path.write_text(text, encoding="ascii")
    return load_document(path)


def table_cells(document: Document) -> list[list[str]]:
    section = next(s for s in document.numbered_sections() if s.number == "5")
    return [p.cells for p in section.paragraphs if p.kind is ParagraphKind.TABLE_ROW]


@pytest.mark.parametrize(
    "header",
    [ONE_LINE, TWO_LINES, EQUALS, DASHES],
    ids=["one line", "two lines", "rule of =", "rule of -"],
)
@pytest.mark.parametrize("tagged", [False, True], ids=["untagged", "<TABLE>"])
def test_the_names_over_the_rows_are_the_header(
    tmp_path: Path, header: list[str], tagged: bool
) -> None:
    document = load(tmp_path, offer([*header, *ROWS], tagged))
    assert table_cells(document) == [NAMES, *CELLS]
    assert not document.notices
    section = next(s for s in document.numbered_sections() if s.number == "5")
    assert not any("Eligible Options Held" in p.text for p in section.paragraphs if not p.cells[1:])


@pytest.mark.parametrize("tagged", [False, True], ids=["untagged", "<TABLE>"])
def test_names_in_capitals_are_the_header(tmp_path: Path, tagged: bool) -> None:
    document = load(tmp_path, offer([*CAPITALS, *ROWS], tagged))
    assert table_cells(document) == [[n.upper() for n in NAMES], *CELLS]


def test_names_set_flush_right_over_figures_are_the_header(tmp_path: Path) -> None:
    """Names whose words end where the right-aligned figures end stand over them too."""
    header = ["Name                                Options       Percent"]
    rows = [
        "Almeida, Sofia                       52,000         14.9%",
        "Brennan, Cormac                       8,500          1.0%",
    ]
    document = load(tmp_path, offer([*header, *rows]))
    assert table_cells(document) == [
        ["Name", "Options", "Percent"],
        ["Almeida, Sofia", "52,000", "14.9%"],
        ["Brennan, Cormac", "8,500", "1.0%"],
    ]


def test_a_table_without_names_keeps_its_first_row_a_row(tmp_path: Path) -> None:
    """No line over the rows: every row is a row, the first among them."""
    document = load(tmp_path, offer(ROWS))
    assert table_cells(document) == CELLS
    assert not document.notices


def test_a_line_that_may_or_may_not_be_the_names_is_named_in_a_notice(tmp_path: Path) -> None:
    """Lower-case words apart by a column's gap, set over no column: the reader cannot tell
    whether they name the columns, so it says which line of which file to check."""
    header = ["name of holder        options held          percent"]
    text = offer([*header, *ROWS])
    document = load(tmp_path, text)
    number = text.split("\n").index(header[0]) + 1
    [notice] = document.notices
    assert notice.startswith("orig.txt: ")
    assert f"line {number}" in notice and "name of holder" in notice
    assert "\n" not in notice
