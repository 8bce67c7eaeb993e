"""A word put in that only describes what the sentence already names ("our cash" → "our
available cash", "options" → "stock options" in an offer for stock options) changes no
right, amount or date: clarifying, wherever it is printed. Taking such a word out, or putting
it in with other words, is read as any other edit."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.core.test_materiality import drafted

PURPOSE = "2. Purpose of the Offer"


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        (
            PURPOSE,
            "We believe the purchase of Preferred Shares is a prudent use of our cash.",
            "We believe the purchase of Preferred Shares is a prudent use of our available cash.",
        ),
        (
            "SUMMARY TERM SHEET",
            "We are making the offer to restore the incentive value of options.",
            "We are making the offer to restore the incentive value of stock options.",
        ),
        (
            PURPOSE,
            "We want to restore the incentive value of options.",
            "We want to restore the incentive value of stock options.",
        ),
    ],
)
def test_a_descriptive_word_put_in_is_clarifying(heading: str, old: str, new: str) -> None:
    asked = "Q1. WHY ARE WE MAKING THE OFFER?"
    [item] = drafted(heading, [asked, old], [asked, new])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason


def test_a_descriptive_word_with_a_word_of_substance_is_not_only_description() -> None:
    old = ["We believe the purchase is a prudent use of our cash."]
    new = ["We believe the purchase is a prudent use of our borrowed and available cash."]
    [item] = drafted(PURPOSE, old, new)
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
