"""A row printed under a row group ("FISCAL YEAR 2002" over its quarters) is cited and
restated with its group, as counsel would: 'the row entitled "Second Quarter" under "Fiscal
Year 2002"', and the restated row is quoted under its column headings and its group, so a
reader knows which year's quarter it is, whether or not another row bears its caption."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import quoted_blocks
from amendtool.core.items import ItemKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

HERE = Path(__file__).parent / "price_tables"
LAST_ROW = "    Second Quarter......................................    44.75       21.00\n"


def _draft(original: Path, revised: Path):  # type: ignore[no-untyped-def]
    return draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )


@pytest.mark.parametrize("case", ["untagged", "tagged"])
def test_a_row_with_a_unique_caption_is_cited_and_quoted_under_its_group(
    tmp_path: Path, case: str
) -> None:
    """ "Second Quarter" of fiscal 2001 is made the only row so named: it still sits under
    "FISCAL YEAR 2001", and the filing says so."""
    original_text = (HERE / f"{case}-original.txt").read_text()
    assert LAST_ROW in original_text
    changed = LAST_ROW.replace("44.75", "44.95")
    original, revised = tmp_path / "original.txt", tmp_path / "revised.txt"
    unique = original_text.replace("Second Quarter", "Second Qtr.    ", 1)
    original.write_text(unique)
    revised.write_text(unique.replace(LAST_ROW, changed))
    amendment = _draft(original, revised)
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW
    assert filing_text(item, "(a)(1)").startswith(
        'The row entitled "Second Quarter" under "Fiscal Year 2001" in the table'
    )
    rows = [block.cells for block in quoted_blocks(item)]
    assert rows[-2:] == [("FISCAL YEAR 2001", "", ""), ('"Second Quarter', "44.95", '21.00"')]


def test_a_restated_row_of_a_tagged_table_is_cited_under_its_group() -> None:
    amendment = _draft(HERE / "tagged-original.txt", HERE / "tagged-revised.txt")
    [item] = amendment.change_items
    assert filing_text(item, "(a)(1)").startswith(
        'The row entitled "Second Quarter (1)" under "Fiscal Year 2002" in the table'
    )
    rows = [block.cells for block in quoted_blocks(item)]
    assert rows[-2:] == [("FISCAL YEAR 2002", "", ""), ('"Second Quarter (1)', "17.35", '9.80"')]
