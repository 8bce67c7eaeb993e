"""An amount written in words ("twenty dollars per share", "nineteen dollars and fifty
cents", "five million dollars") is an amount of money, valued as its figure would be: a
threshold or price changed from "$22.00" to "twenty dollars" is said as the amount it is,
and the places that still state "$22.00" are warned as for "$20.00"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.facts import extract
from amendtool.core.materiality import propose
from tests.support.materiality import drafted_one

_ONES = "one two three four five six seven eight nine".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words(n: int) -> str:
    """1–99 in words, as an offer prints them ("twenty-two")."""
    if n < 10:
        return _ONES[n - 1]
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    if n < 20:
        return teens.split()[n - 10]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones - 1]}" if ones else "")


@given(dollars=st.integers(1, 99), cents=st.integers(0, 99))
def test_an_amount_in_words_is_money_of_its_value(dollars: int, cents: int) -> None:
    said = f"{_words(dollars)} dollars" + (f" and {_words(cents)} cents" if cents else "")
    facts = extract(
        f"Options with an exercise price at or above {said} per share may be exchanged."
    )
    money = [f for f in facts if f.kind == "money"]
    assert [Decimal(f.value) for f in money] == [Decimal(dollars) + Decimal(cents) / 100], facts
    assert not [f for f in facts if f.kind == "count"], facts


@pytest.mark.parametrize(
    ("printed", "value"),
    [("five million dollars", "5000000"), ("20 dollars", "20"), ("Twenty Dollars", "20")],
)
def test_scales_digits_and_capitals(printed: str, value: str) -> None:
    facts = extract(f"We will pay {printed} in cash.")
    assert [(f.kind, Decimal(f.value)) for f in facts] == [("money", Decimal(value))], facts


SENTENCE = (
    "You may exchange options that have an exercise price at or above {} per share "
    '(the "Eligible Options").'
)


@pytest.mark.parametrize("new", ["twenty dollars", "nineteen dollars and fifty cents"])
def test_a_threshold_put_in_words_is_said_as_the_amount(new: str) -> None:
    item = drafted_one("1. Eligibility", [SENTENCE.format("$22.00")], [SENTENCE.format(new)])
    reason = propose(item).reason
    assert reason.startswith(
        f"Lowers the minimum exercise price of eligible options from $22.00 to {new}"
    ), reason
    assert "number of shares" not in reason, reason
