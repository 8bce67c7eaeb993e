"""A table of thousands of rows is read and drafted in work proportional to its size: the
fact readers look up the spans they have taken by halving, not one by one. Work is counted
(spans looked at), never timed."""

from __future__ import annotations

import pytest

from amendtool.core import facts, plain_facts
from amendtool.core.spans import TakenSpans


def table_text(rows: int) -> str:
    """One section's text of a long table: each row holds an amount, a percentage, a date
    and a count, and the figures sit side by side as a row's cells do."""
    return " ".join(
        f"Grant {i} $39.99 1 for every 3 {i % 90}% March {1 + i % 28}, 2026 {i} shares"
        for i in range(rows)
    )


def probes(read, rows: int) -> int:  # type: ignore[no-untyped-def]
    facts._scan.cache_clear()
    before = TakenSpans.probes
    found = read(table_text(rows))
    assert len(found) >= 4 * rows  # every row's figures are read
    return TakenSpans.probes - before


@pytest.mark.parametrize("read", [facts.extract, plain_facts.facts_in])
def test_the_work_of_reading_a_table_grows_with_its_rows_not_their_square(read) -> None:  # type: ignore[no-untyped-def]
    small, large = probes(read, 250), probes(read, 2000)
    assert small > 0
    # eight times the rows: n log n is about ten times the work, n squared sixty-four
    assert large < 12 * small, (small, large)


def test_spans_taken_are_found_as_before() -> None:
    taken = TakenSpans()
    for start, end in [(10, 20), (0, 5), (30, 31)]:
        taken.add(start, end)
    assert [taken.overlaps(s, e) for s, e in [(5, 10), (19, 21), (4, 6), (31, 40), (25, 26)]] == [
        False, True, True, False, False,
    ]  # fmt: skip
    assert taken.overlaps(15, 15) and not taken.overlaps(10, 10)  # an empty match inside one
    found = facts.extract("The price is $39.99 1 for every 3 options.")
    assert [f.kind for f in found].count("ratio") == 1 and any(f.kind == "money" for f in found)
