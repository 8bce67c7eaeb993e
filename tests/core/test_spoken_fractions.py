"""A whole number and a fraction in words ("15 and one half", "fifteen and a half",
"15 and three quarters") is one number wherever numbers are read: a threshold lowered from
20 percent to 15 and one half percent is lowered to 15.5 percent, never to one half
percent, and counsel's "15.5 percent" states the figure the revision states."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import numerals, plain_numbers
from amendtool.core.facts import changed_facts, extract
from amendtool.core.materiality import propose_all
from amendtool.core.plain_contradictions import contradictions
from amendtool.core.plain_facts import facts_in
from tests.core.test_materiality import drafted

FRACTIONS = {
    "one half": "0.5",
    "one-half": "0.5",
    "a half": "0.5",
    "one quarter": "0.25",
    "a quarter": "0.25",
    "three quarters": "0.75",
    "three-quarters": "0.75",
    "1/2": "0.5",
}
OLD = "We may terminate the offer if the market falls by more than 20 percent."


def _new(printed: str) -> str:
    return f"We may terminate the offer if the market falls by more than {printed} percent."


@pytest.mark.parametrize("fraction", FRACTIONS)
@pytest.mark.parametrize("whole", ["15", "fifteen"])
def test_each_reader_reads_one_number(whole: str, fraction: str) -> None:
    if whole == "fifteen" and "/" in fraction:
        return  # "fifteen and 1/2" is printed by no one
    printed = f"{whole} and {fraction}"
    value = Decimal(15) + Decimal(FRACTIONS[fraction])
    assert numerals.decimal_of(printed) == value
    assert plain_numbers.decimal_of(printed) == value
    percents = [f for f in extract(_new(printed)) if f.kind == "percent"]
    assert [f.value for f in percents] == [f"{value:f}"]


@settings(max_examples=60, deadline=None)
@given(
    whole=st.integers(min_value=0, max_value=9999),
    fraction=st.sampled_from(sorted(FRACTIONS)),
    unit=st.sampled_from(["percent", "%", "years", "months"]),
)
def test_any_whole_and_fraction_is_read_as_its_value(whole: int, fraction: str, unit: str) -> None:
    printed = f"{whole:,} and {fraction}"
    value = Decimal(whole) + Decimal(FRACTIONS[fraction])
    text = f"The options vest at {printed} {unit} after the grant."
    assert numerals.decimal_of(printed) == value
    assert plain_numbers.decimal_of(printed) == value
    read = [f for f in extract(text) if f.kind in ("percent", "count")]
    assert [Decimal(f.value) for f in read] == [value]
    plain = [f for f in facts_in(text) if f.kind in ("percent", "count")]
    assert len(plain) == 1 and str(value.normalize()) in plain[0].value.replace(",", "")


def test_the_change_is_to_the_whole_figure() -> None:
    removed, added = changed_facts(OLD, _new("15 and one half"))
    assert [f.value for f in removed] == ["20"]
    assert [f.value for f in added] == ["15.5"]


def test_the_reason_names_the_whole_figure() -> None:
    heading = "7. Conditions of the Offer"
    items = drafted(heading, [OLD], [_new("15 and one half")])
    propose_all(items)
    reason = items[-1].materiality_reason
    assert "15 and one half percent" in reason
    assert "to one half percent" not in reason


def test_counsels_figure_in_digits_states_the_revision() -> None:
    paragraph = "The market test is now 15.5 percent."
    assert contradictions(OLD, _new("15 and one half"), paragraph) == []
    assert contradictions(OLD, _new("fifteen and a half"), paragraph) == []


def test_a_third_party_is_no_fraction() -> None:
    text = "We may pay 10 and a third party may pay 5 percent."
    assert [f.value for f in extract(text) if f.kind == "percent"] == ["5"]
