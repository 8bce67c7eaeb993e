"""Words put in that only call the offer by its own name ("the offer" → "the exchange
offer", "the Offer" → "the Offer to Exchange") change no term of it: clarifying, even in the
offer's terms. A word that narrows what is sought, or names a form of consideration, is read
as any other edit."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.core.test_materiality import drafted

TERMS = "SUMMARY TERM SHEET"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "The offer is open to all eligible employees who hold eligible options.",
            "The exchange offer is open to all eligible employees who hold eligible options.",
        ),
        (
            "You may exchange your eligible options in the offer for new options.",
            "You may exchange your eligible options in the exchange offer for new options.",
        ),
        (
            "The terms of the new options are described in the Offer.",
            "The terms of the new options are described in the Offer to Exchange.",
        ),
    ],
)
def test_calling_the_offer_by_its_own_name_is_clarifying(old: str, new: str) -> None:
    [item] = drafted(TERMS, [old], [new])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "own name" in item.materiality_reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "You may exchange your options in the offer for new options.",
            "You may exchange your vested options in the exchange offer for new options.",
        ),
        (
            "You may exchange your eligible options in the offer for new options.",
            "You may exchange your eligible options in the cash offer for new options.",
        ),
    ],
)
def test_a_word_of_substance_beside_the_name_is_not_clarifying(old: str, new: str) -> None:
    [item] = drafted(TERMS, [old], [new])
    assert item.materiality is not Materiality.CLARIFYING, item.materiality_reason


def test_the_offer_s_own_name_is_clarifying_under_a_right_too() -> None:
    old = "We may terminate the offer if any condition is not met."
    new = "We may terminate the exchange offer if any condition is not met."
    [item] = drafted("6. Conditions of the Offer", [old], [new])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
