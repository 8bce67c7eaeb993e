"""A row the item does not restate is still a row of its table: a change of two rows of a
price table by years cites those rows alone, and "The low price for 2024 is now $11.10. It
was $11.40." (the change of the row "2025") passed with no error, since "2024" named no row
of the item. A year inside a date ("As of May 29, 2024") names no row."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from tests.support.plain import rsu_table_amendment, table_errors

HEAD = "Year\tHigh\tLow"
OLD = [
    "2022\t$21.10\t$14.05",
    "2023\t$19.40\t$12.60",
    "2024\t$18.90\t$11.95",
    "2025\t$18.75\t$11.40",
    "2026\t$16.30\t$12.05",
]
NEW = [*OLD[:3], "2025\t$18.75\t$11.10", "2026\t$16.30\t$11.90"]


@pytest.fixture
def prices(example_filing_toml: Path) -> Amendment:
    return rsu_table_amendment(example_filing_toml, HEAD, OLD, NEW, section="8. Price Range")


_errors = table_errors


def test_a_row_of_the_table_the_item_leaves_out_is_a_row(prices: Amendment) -> None:
    errors = _errors(prices, "The low price for 2024 is now $11.10. It was $11.40.")
    assert len(errors) == 1, errors
    assert "2024" in errors[0] and "2025" in errors[0], errors


@pytest.mark.parametrize(
    "paragraph",
    [
        "The low price for 2025 is now $11.10. It was $11.40.",
        "As of May 29, 2024, the low price for 2025 is now $11.10. It was $11.40.",
        "As of December 2024 the low price for 2025 is now $11.10. It was $11.40.",
    ],
)
def test_the_right_row_or_a_year_in_a_date_passes(prices: Amendment, paragraph: str) -> None:
    assert _errors(prices, paragraph) == []
