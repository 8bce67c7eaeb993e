"""A changed amount a holder is paid for each unit the offer states is told with its
direction, a lowered one as plainly as a raised one: "You will receive less for each $1,000
principal amount of your Notes." Per share, per note, per $1,000 principal amount, per
option, per RSU, whatever the offer calls the amount ("price", "payment", "amount",
"consideration"); a price of notes is said in the unit the offer states it in, never "for
each of your Notes"."""

from __future__ import annotations

import pytest

from tests.support.plain import HIGHER, LOWER, told

# (what holders tender, the offer's sentence, what each amount is for in the notice)
CASES = [
    (
        "Notes",
        "{} per $1,000 principal amount of Notes validly tendered and accepted for purchase, "
        "plus accrued and unpaid interest to, but not including, the settlement date.",
        "each $1,000 principal amount of your Notes",
    ),
    (
        "Notes",
        "Holders will receive {} for each $1,000 principal amount of Notes tendered.",
        "each $1,000 principal amount of your Notes",
    ),
    (
        "Notes",
        "The Tender Offer Consideration will be {} per $1,000 principal amount of Notes.",
        "each $1,000 principal amount of your Notes",
    ),
    ("Notes", "We will purchase the Notes at a price of {} per Note.", "each of your Notes"),
    (
        "Preferred Shares",
        "We will pay {} per Preferred Share, net in cash.",
        "each of your Preferred Shares",
    ),
    ("Shares", "We will buy up to 1,000,000 Shares at {} per Share.", "each of your Shares"),
    (
        "Eligible Options",
        "We will pay you {} for each Eligible Option you tender.",
        "each of your Eligible Options",
    ),
    (
        "Eligible RSUs",
        "You will receive an amount of {} per Eligible RSU in cash.",
        "each of your Eligible RSUs",
    ),
]


@pytest.mark.parametrize(("tendered", "frame", "each"), CASES)
@pytest.mark.parametrize(("amounts", "way"), [(LOWER, "less"), (HIGHER, "more")])
def test_an_amount_paid_for_each_unit_is_told_with_its_direction(
    tendered: str, frame: str, each: str, amounts: tuple[str, str], way: str
) -> None:
    said = told(frame, amounts, tendered)
    assert f"You will receive {way} for {each}." in said, said
    other = "more" if way == "less" else "less"
    assert f"You will receive {other}" not in said, said
