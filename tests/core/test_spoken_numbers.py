"""Numbers spelled out with fractions or hundreds ("two and one-half", "one and one-half",
"one hundred ten percent") are read as the numbers they are, by the checks and by the plain
notice alike: an exchange ratio of one for every one and one-half is never one for one."""

from __future__ import annotations

from decimal import Decimal

import pytest

from amendtool.core.facts import changed_facts, extract
from amendtool.core.materiality import propose
from amendtool.core.numerals import decimal_of
from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording
from tests.core.test_materiality import drafted

RATIO = "You will receive one New Option for every {} Eligible Options that you exchange."
PRICE = "Each New Option will have an exercise price equal to {}the closing price when granted."
TERMS = "7. Exchange Ratio; Terms of New Options."


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("two and one-half", "2.5"),
        ("one and one-half", "1.5"),
        ("two and a half", "2.5"),
        ("one-half", "0.5"),
        ("three-quarters", "0.75"),
        ("one hundred ten", "110"),
        ("one hundred and twenty-five", "125"),
        ("twenty-five", "25"),
        ("two", "2"),
    ],
)
def test_spelled_out_numbers_are_read_by_value(printed: str, value: str) -> None:
    assert decimal_of(printed) == Decimal(value)


@pytest.mark.parametrize(
    ("words", "received_per_one"),
    [("two and one-half", Decimal("0.4")), ("one and one-half", Decimal(1) / Decimal("1.5"))],
)
def test_a_ratio_with_a_fraction_is_read_whole(words: str, received_per_one: Decimal) -> None:
    [ratio] = [f for f in extract(RATIO.format(words)) if f.kind == "ratio"]
    assert Decimal(ratio.value) == received_per_one.normalize()


@pytest.mark.parametrize("words", ["two and one-half", "one and one-half"])
def test_a_ratio_changed_to_a_fraction_is_consideration(words: str) -> None:
    item = drafted(TERMS, [RATIO.format("two")], [RATIO.format(words)])[0]
    proposal = propose(item)
    assert proposal.materiality.value == "consideration", proposal.reason
    assert "exchange ratio" in proposal.reason


def test_the_plain_notice_states_a_fractional_ratio_as_printed() -> None:
    changes, _ = fact_changes(RATIO.format("two"), RATIO.format("one and one-half"))
    said = " ".join(fact_sentences(changes, house_wording()))
    assert "for each Eligible Option" not in said, said
    assert "one and one-half" in said, said
    assert "more New Options" in said, said


def test_a_percentage_in_words_of_the_price_is_consideration() -> None:
    _, added = changed_facts(PRICE.format(""), PRICE.format("one hundred ten percent of "))
    assert [(f.kind, f.value) for f in added] == [("percent", "110")]
    item = drafted(TERMS, [PRICE.format("")], [PRICE.format("one hundred ten percent of ")])[0]
    proposal = propose(item)
    assert proposal.materiality.value == "consideration", proposal.reason
