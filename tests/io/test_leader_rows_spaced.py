"""Term-sheet lines that lead by dots to their values are a table's rows whether the
printer set them a line each or with a blank line between them, and a row naming a party
("Offeror ...... Hollis Bay Marine Corporation") is a row, never the column headings another
row is quoted under."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import quoted_blocks
from amendtool.core.items import ItemKind
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

TEXT = """                     OFFER TO PURCHASE FOR CASH

                   HOLLIS BAY MARINE CORPORATION

     Hollis Bay Marine Corporation is offering to purchase its Notes for cash.

<PAGE>

                         SUMMARY TERM SHEET

Offeror .................... Hollis Bay Marine Corporation

Record date ................ February 2, 2004

Expiration date ............ {day}

     Holders may withdraw tendered Notes before the expiration.

1. FEES AND EXPENSES.

     We will pay the Depositary reasonable fees.
"""


def test_leader_lines_a_blank_line_apart_are_rows_quoted_alone(tmp_path: Path) -> None:
    original, revised = tmp_path / "o.txt", tmp_path / "r.txt"
    original.write_text(TEXT.format(day="March 31, 2004"), encoding="utf-8")
    revised.write_text(TEXT.format(day="April 14, 2004"), encoding="utf-8")
    rows = [p.text for p in load_document(original).paragraphs() if "\t" in p.text]
    assert rows == [
        "Offeror\tHollis Bay Marine Corporation",
        "Record date\tFebruary 2, 2004",
        "Expiration date\tMarch 31, 2004",
    ]
    amendment = draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW and item.locator.row_caption == "Expiration date"
    assert [b.cells for b in quoted_blocks(item)] == [('"Expiration date', 'April 14, 2004"')]
