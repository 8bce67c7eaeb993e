"""A mixed number printed in digits ("2 1/2", "2-1/2", "2½") is the number it is, as
"two and one-half" is: a vesting period of 2 1/2 years changed to 3 years is a change from
2.5 to 3, never from 2 to 3 (nor a "1/2" read as a date)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from amendtool.core import numerals, plain_numbers
from amendtool.core.facts import changed_facts, extract
from amendtool.core.plain_facts import fact_changes, facts_in

PRINTED = ["2 1/2", "2-1/2", "2½", "two and one-half", "2.5"]


@pytest.mark.parametrize("printed", PRINTED)
def test_each_reader_values_a_mixed_number(printed: str) -> None:
    assert numerals.decimal_of(printed) == Decimal("2.5")
    assert plain_numbers.decimal_of(printed) == Decimal("2.5")


@pytest.mark.parametrize("printed", PRINTED)
def test_a_period_in_a_mixed_number_is_one_count(printed: str) -> None:
    text = f"The new options vest over {printed} years from the grant date."
    counts = [f for f in extract(text) if f.kind == "count"]
    assert [(f.value, f.unit) for f in counts] == [("2.5", "years")]
    plain = [f for f in facts_in(text) if f.kind == "count"]
    assert [f.value for f in plain] == ["2.5 year"]


@pytest.mark.parametrize("printed", ["2 1/2", "2-1/2", "2½"])
def test_a_change_from_a_mixed_number_states_it_whole(printed: str) -> None:
    old = f"The new options vest over {printed} years from the grant date."
    new = "The new options vest over 3 years from the grant date."
    changes, _ = fact_changes(old, new)
    assert [(c.old, c.new) for c in changes] == [(f"{printed} years", "3 years")]
    removed, added = changed_facts(old, new)
    assert [f.value for f in removed] == ["2.5"] and [f.value for f in added] == ["3"]


def test_the_same_number_printed_otherwise_is_no_change() -> None:
    old = "The new options vest over 2 1/2 years from the grant date."
    new = "The new options vest over two and one-half years from the grant date."
    assert changed_facts(old, new) == ([], [])


@pytest.mark.parametrize("printed", ["$2 1/2", "$2½"])
def test_an_amount_in_a_mixed_number(printed: str) -> None:
    money = [f for f in extract(f"We pay {printed} per share.") if f.kind == "money"]
    assert [f.value for f in money] == ["2.5"]
    plain = [f for f in facts_in(f"We pay {printed} per share.") if f.kind == "money"]
    assert [f.value for f in plain] == ["2.5"]


def test_a_date_in_digits_is_still_a_date() -> None:
    text = "Options granted before 1/2/2027 are eligible; 10 1/15/2027 is no number."
    assert [f.kind for f in facts_in(text) if f.text.startswith("1/2")] == ["date"]
    assert not [f for f in extract(text) if f.value in ("10.0666666", "1.5", "0.5")]


@pytest.mark.parametrize("printed", ["2 1/2%", "2-1/2%", "2½ percent"])
def test_a_percentage_in_a_mixed_number_is_read_whole(printed: str) -> None:
    text = f"The premium is {printed} of the exercise price."
    assert [(f.kind, f.value) for f in extract(text)] == [("percent", "2.5")]
    assert [(f.kind, f.value) for f in facts_in(text)] == [("percent", "2.5")]
