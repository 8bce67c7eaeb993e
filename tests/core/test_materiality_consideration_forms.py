"""A change to the amount, formula or percentage of what holders receive is a change in the
consideration (10 business days), whatever form the consideration takes and wherever the
offer states it: a section's text, a question's answer, a run-in term or a term sheet's row.
A cash exchange paying "50% of the Black-Scholes value" names a valuation, but the percentage
is the payment itself: proposing it material let an offer close four business days early."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, Materiality
from tests.support.builders import doc

FRONT = ("", ["Redwood Partners, L.P. is offering to exchange Eligible Options."])
STS = "SUMMARY TERM SHEET"
TIMING = "Payment Timing\tWe will pay within 10 business days after the expiration date."

# (caption of the term, sentence before, sentence after)
FORMS = {
    "percentage of value": (
        "Cash Payment",
        "You will receive 50% of the Black-Scholes value of each Eligible Option.",
        "You will receive 60% of the Black-Scholes value of each Eligible Option.",
    ),
    "percentage of fair value": (
        "Cash Payment",
        "We will pay you cash equal to 40% of the fair value of each Eligible Option.",
        "We will pay you cash equal to 45% of the fair value of each Eligible Option.",
    ),
    "cash per option": (
        "Cash Payment",
        "You will receive a cash payment of $1.25 for each Eligible Option.",
        "You will receive a cash payment of $1.50 for each Eligible Option.",
    ),
    "price per share": (
        "Purchase Price",
        "We will pay $24.50 per share, net to the seller in cash.",
        "We will pay $25.00 per share, net to the seller in cash.",
    ),
    "exchange ratio in words": (
        "Exchange Ratio",
        "One New RSU will be granted for every two Eligible RSUs.",
        "One New RSU will be granted for every three Eligible RSUs.",
    ),
    "premium": (
        "Exercise Price",
        "Each New Option will have an exercise price equal to 110% of the closing price.",
        "Each New Option will have an exercise price equal to 115% of the closing price.",
    ),
}


def _spec(place: str, caption: str, sentence: str) -> list[tuple[str, list[str]]]:
    if place == "section text":
        return [FRONT, (f"1. {caption}", [sentence])]
    if place == "answer":
        return [FRONT, (STS, ["What will I receive for my Eligible Options?", sentence])]
    if place == "run-in term":
        return [FRONT, (STS, [f"{caption}. {sentence}"])]
    return [FRONT, (STS, [f"{caption}\t{sentence}", TIMING])]  # a term sheet's table row


def _items(place: str, form: str) -> list[AmendmentItem]:
    caption, old, new = FORMS[form]
    return draft_items(doc(_spec(place, caption, old)), doc(_spec(place, caption, new))).items


@pytest.mark.parametrize("place", ["section text", "answer", "run-in term", "table row"])
@pytest.mark.parametrize("form", list(FORMS))
def test_every_form_of_consideration_changed_anywhere_is_consideration(
    form: str, place: str
) -> None:
    [item] = _items(place, form)
    assert item.materiality is Materiality.CONSIDERATION, (form, place, item.materiality_reason)


def test_the_percentage_of_value_is_named_in_the_reason() -> None:
    [item] = _items("section text", "percentage of value")
    assert "50%" in item.materiality_reason and "60%" in item.materiality_reason


def test_a_valuation_assumption_beside_the_payment_stays_material() -> None:
    """How the value was computed (a volatility) is no amount holders receive: material."""
    old = "The Black-Scholes value was calculated using a volatility of 45%."
    new = "The Black-Scholes value was calculated using a volatility of 50%."
    [item] = draft_items(
        doc([FRONT, ("1. Cash Payment", [old])]), doc([FRONT, ("1. Cash Payment", [new])])
    ).items
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
