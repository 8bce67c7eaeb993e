"""A change of the estimate of the offer's fees and expenses is classed by its own words:
the section it is printed in (the consideration, the summary term sheet, the number of
options) does not make it a change in the consideration or the securities sought."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import Materiality
from tests.support.builders import doc

ESTIMATE = "We estimate that the total expenses of the offer will be approximately {}."
FRONT = ("", ["Acme Widgets, Inc. is offering to exchange options."])


@pytest.mark.parametrize(
    "heading",
    [
        "Section 8. Source and Amount of Consideration; Terms of New Options",
        "SUMMARY TERM SHEET",
        "Section 1. Number of Options; Expiration Date",
        "Section 15. Fees and Expenses",
    ],
)
def test_an_expense_estimate_raised_is_material_wherever_it_is_printed(heading: str) -> None:
    lead = "We will grant New Options on the terms set out below."
    old = doc([FRONT, (heading, [f"{lead} {ESTIMATE.format('$50,000')}"])])
    new = doc([FRONT, (heading, [f"{lead} {ESTIMATE.format('$75,000')}"])])
    [item] = draft_items(old, new).items
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert item.materiality_reason.startswith(
        "Changes the estimate of the offer's fees and expenses"
    )
    assert "$50,000 to $75,000" in item.materiality_reason


def test_an_expense_estimate_reworded_is_clarifying() -> None:
    heading = "Section 8. Source and Amount of Consideration; Terms of New Options"
    old = doc([FRONT, (heading, [ESTIMATE.format("$50,000")])])
    new = doc([FRONT, (heading, [ESTIMATE.format("$50,000").replace("We estimate", "We expect")])])
    [item] = draft_items(old, new).items
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason


def test_the_price_beside_an_expense_estimate_is_still_the_consideration() -> None:
    """Only a change whose every changed sentence is about the expenses is classed by them."""
    heading = "Section 8. Source and Amount of Consideration; Terms of New Options"
    price = "The exercise price of each New Option will be {}."
    old = doc([FRONT, (heading, [price.format("$4.00") + " " + ESTIMATE.format("$50,000")])])
    new = doc([FRONT, (heading, [price.format("$3.50") + " " + ESTIMATE.format("$75,000")])])
    items = draft_items(old, new).items
    assert any(i.materiality is Materiality.CONSIDERATION for i in items)
