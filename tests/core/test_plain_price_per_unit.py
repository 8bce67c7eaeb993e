"""An amount a purchase or exchange sentence pays "per" what is tendered is the price: named
and told with its direction, even where the sentence names no measure ("The Company is
offering to purchase any and all of the outstanding Notes for $1,005.00 per $1,000 principal
amount." said "The [name this amount for employees] is now $1,005.00", with no direction). A
principal amount printed without its security is of the securities the sentence buys."""

from __future__ import annotations

import pytest

from tests.support.plain import HIGHER, LOWER, told

NOTES = "each $1,000 principal amount of your Notes"
CASES = [
    (
        "Notes",
        "The Company is offering to purchase any and all of the outstanding Notes for {} per "
        "$1,000 principal amount.",
        NOTES,
    ),
    (
        "Notes",
        "We are offering to exchange any and all of our Notes for {} in cash per $1,000 "
        "principal amount, plus accrued interest.",
        NOTES,
    ),
    (
        "Notes",
        "The Company will purchase the Notes for {} per $1,000 principal amount of Notes.",
        NOTES,
    ),
    (
        "Shares",
        "We are offering to buy up to 1,000,000 Shares for {} per Share.",
        "each of your Shares",
    ),
]


@pytest.mark.parametrize(("tendered", "frame", "each"), CASES)
@pytest.mark.parametrize(("amounts", "way"), [(LOWER, "less"), (HIGHER, "more")])
def test_an_amount_paid_per_unit_in_a_purchase_sentence_is_the_price(
    tendered: str, frame: str, each: str, amounts: tuple[str, str], way: str
) -> None:
    said = told(frame, amounts, tendered)
    assert "[" not in said, said  # named: nothing left for counsel to name
    assert said.startswith("The price "), said
    assert f"is now {amounts[1]}. It was {amounts[0]}." in said, said
    assert f"You will receive {way} for {each}." in said, said


def test_a_price_per_principal_amount_names_the_securities_the_sentence_buys() -> None:
    frame = (
        "The Company is offering to purchase any and all of its outstanding 5.25% Senior Notes "
        "due 2031 for {} per $1,000 principal amount."
    )
    said = told(frame, LOWER, "Notes")
    assert "per $1,000 principal amount of 5.25% Senior Notes due 2031 is now" in said, said
