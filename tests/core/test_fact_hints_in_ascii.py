"""What a date or a percentage needs is looked for in lower case in text in ASCII (most of an
offer, every row of a long table), and the answer is the one the patterns ignoring case
give, in ASCII and out of it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import fact_hints

MONTHS = re.compile(r"/|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)
PERCENT = re.compile(r"%|cent", re.IGNORECASE)
PIECES = ["Holder", "12", "\t", " ", "SEPT", "dEc", "Ma", "y", "/", "%", "CENT", "per", "ce",
          "nt", "options", "ſep", "Ｄec", "é", "K", "1", "２", "Jan.", "\u212a", "noV"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join) | st.text(max_size=30)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_a_date_may_be_held_as_the_pattern_says(text: str) -> None:
    expected = re.search(r"\d", text) is not None and MONTHS.search(text) is not None
    assert fact_hints.may_hold_date(text) is expected


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_a_percentage_may_be_held_as_the_pattern_says(text: str) -> None:
    assert fact_hints.may_hold_percent(text) is (PERCENT.search(text) is not None)


def test_a_table_row_is_answered_without_the_patterns() -> None:
    row = "Holder 1234\t8639 options"
    assert row.isascii()
    assert not fact_hints.may_hold_date(row) and not fact_hints.may_hold_percent(row)
    assert fact_hints.may_hold_date("Grant 12\tMarch 3, 2021")
    assert fact_hints.may_hold_percent("Vests 25 PERCENT a year")
