"""A true plain paragraph called "the opposite of the offer" (tester08 finding 4): the offer
negates the thing that acts ("no Repriced Option will vest before December 4, 1998"), counsel
negates the verb ("Your Repriced Options will not vest …", "… cannot vest …"). Both say the
same; only a paragraph that says the opposite is an error."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.items import AmendmentItem
from amendtool.core.plain_polarity import opposite_said
from tests.support.plain import lowered, plain_filing

VESTING = (
    "Repriced Options will vest as the Old Options did, except that no Repriced Option will "
    "vest before December 4, 1998."
)


@pytest.fixture
def vesting(example_filing_toml: Path) -> AmendmentItem:
    [item] = lowered(plain_filing(example_filing_toml)).change_items[:1]
    return dataclasses.replace(item, new_text=VESTING)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Your Repriced Options will not vest before December 4, 1998.",
        "Your Repriced Options cannot vest before December 4, 1998.",
        "They vest as before, except that they will not vest before December 4, 1998.",
        "No Repriced Option will vest before December 4, 1998.",
        "None of your Repriced Options will vest before December 4, 1998.",
    ],
)
def test_negation_said_another_way_is_the_same_statement(
    vesting: AmendmentItem, paragraph: str
) -> None:
    assert opposite_said(vesting, paragraph) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Your Repriced Options will now vest before December 4, 1998.",
        "You can exercise them at once: your Repriced Options will vest before December 4, 1998.",
    ],
)
def test_the_opposite_is_still_named(vesting: AmendmentItem, paragraph: str) -> None:
    [said] = opposite_said(vesting, paragraph)
    assert "will vest before December 4" in said and "no Repriced Option will vest" in said


@pytest.mark.parametrize(
    ("text", "paragraph"),
    [  # a quantity ("no more than", "no later than") negates nothing
        (
            "No more than 10,000 shares will be accepted from any holder.",
            "We will not accept more than 10,000 shares from any one holder.",
        ),
        (
            "You must tender no later than July 17, and you will receive payment promptly.",
            "You will receive payment promptly.",
        ),
    ],
)
def test_a_quantity_and_another_clause_negate_nothing(
    vesting: AmendmentItem, text: str, paragraph: str
) -> None:
    item = dataclasses.replace(vesting, new_text=text)
    assert opposite_said(item, paragraph) == []


def test_a_verb_saying_the_same_act_is_read_as_it(vesting: AmendmentItem) -> None:
    """tester08 finding 5: "You may now choose a different withholding rate" passed against
    "You may not elect a different rate"."""
    item = dataclasses.replace(vesting, new_text="You may not elect a different rate.")
    [said] = opposite_said(item, "You may now choose a different withholding rate.")
    assert "may now choose a different" in said and "may not elect a different" in said
    assert opposite_said(item, "You cannot choose a different withholding rate.") == []
