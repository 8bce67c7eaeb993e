"""Item 4 states a price of notes in the unit the offer states it in ("per $1,000 principal
amount of Notes"), never "per Note": a note is no unit of a price, and the sentence was a
false statement of the consideration."""

from __future__ import annotations

import pytest

from amendtool.core.consideration_statement import _figure
from amendtool.core.plain_fact_change import FactChange

TERMS = {"consideration_verb": "paid", "consideration": "Tender Consideration", "tendered": "Notes"}


def _change(sentence: str) -> FactChange:
    return FactChange("money", "$1,020.00", "$1,005.00", "price", True, -1, sentence)


@pytest.mark.parametrize(
    ("sentence", "each"),
    [
        (
            "The Tender Consideration is $1,005.00 per $1,000 principal amount of Notes.",
            " per $1,000 principal amount of Notes",
        ),
        (
            "Holders will receive $1,005.00 per $1,000 in principal amount of the 5.875% "
            "Senior Notes due 2030 validly tendered.",
            " per $1,000 in principal amount of the 5.875% Senior Notes",
        ),
        (
            "Tender Consideration\t$1,005.00 per $1,000 principal amount",
            " per $1,000 principal amount",
        ),
        ("The Tender Consideration is $1,005.00 in cash for each Note.", " per Note"),
    ],
)
def test_the_unit_is_the_offers_own(sentence: str, each: str) -> None:
    said = _figure(_change(sentence), TERMS)
    assert said["each"] == each
    assert (said["verb"], said["old"], said["new"]) == ("decrease", "$1,020.00", "$1,005.00")
