"""A price table headed by "Sales price" spanning High and Low, with "Quarter" | "High" | "Low"
under it: both rows are its headings. The second was read as a row of the table, so a row
added to it was filed under "Sales price" alone, over two columns no heading named."""

from __future__ import annotations

import pytest

from amendtool.core.table_headings import column_title, heading_rows

PRICES = [
    "2025 — First Quarter\t$24.10\t$22.85",
    "2025 — Second Quarter\t$24.55\t$23.20",
]


@pytest.mark.parametrize(
    ("rows", "count"),
    [
        (["\tSales price\t", "Quarter\tHigh\tLow", *PRICES], 2),  # the first column named below
        (["\tSales price\t", "\tHigh\tLow", *PRICES], 2),  # left blank below too
        (["Quarter\tHigh\tLow", *PRICES], 1),
        # a caption | text table has no heading rows
        (["Eligible participants\tCurrent employees", "Exchange ratio\t1 for 2"], 0),
    ],
)
def test_heading_rows_read_the_first_column_named_under_a_span(rows: list[str], count: int) -> None:
    assert heading_rows(rows) == count


def test_a_column_under_the_span_is_named_by_both_rows() -> None:
    headings = ["\tSales price\t", "Quarter\tHigh\tLow"]
    assert column_title(headings, 2) == ("Sales price", "Low")


GROUPED = [  # the quarters grouped under a row naming their year, blank across the figures
    "2025\t\t",
    "First Quarter\t$24.10\t$22.85",
    "Second Quarter\t$24.55\t$23.20",
    "2026\t\t",
    "First Quarter (through April 14, 2026)\t$23.00\t$22.60",
]


@pytest.mark.parametrize("first", ["Period", "Quarter", ""])
def test_a_span_over_rows_grouped_by_year_heads_with_the_row_under_it(first: str) -> None:
    """ "Period" | "High" | "Low" under "" | "Sales Price", over quarters grouped by year:
    a year's own row, with no figure, is a group's caption, not a row the headings are
    read against; the row under the span was quoted away, High and Low then unnamed."""
    rows = ["\tSales Price\t", f"{first}\tHigh\tLow", *GROUPED]
    assert heading_rows(rows) == 2
    assert column_title(rows[:2], 2) == ("Sales Price", "Low")
