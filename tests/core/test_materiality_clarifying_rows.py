"""What reads like a term but changes none: a unit spelled out beside an unchanged price
("$18.50 or more" → "$18.50 or more per share", the exercise price being a price per share)
and a courtesy for an exhortation ("You should direct questions" → "Please direct
questions") are clarifying; a minimum participation a holder must meet is a condition of
the offer (material, 5 business days), not a change in the consideration."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.support.materiality import drafted

KEY_TERMS = "13. Key Terms at a Glance"


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        pytest.param(
            KEY_TERMS,
            "Eligible options\tOptions with an exercise price of $18.50 or more",
            "Eligible options\tOptions with an exercise price of $18.50 or more per share",
            id="table-cell",
        ),
        pytest.param(
            "1. Eligible Options",
            "Options with an exercise price of at least $18.50 are eligible.",
            "Options with an exercise price of at least $18.50 per share are eligible.",
            id="sentence",
        ),
        pytest.param(
            "1. Eligible Options",
            "Options with an exercise price greater than $18.50 are eligible.",
            "Options with an exercise price greater than $18.50 per Share are eligible.",
            id="capital-share",
        ),
    ],
)
def test_a_unit_spelled_out_beside_an_exercise_price_is_clarifying(
    heading: str, old: str, new: str
) -> None:
    item = drafted(heading, [old], [new])[0]
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason


def test_per_share_beside_an_amount_paid_is_still_read_as_a_term() -> None:
    """$2,400,000 and $2,400,000 per share are different payments."""
    old = "We will pay $2,400,000 in cash for the tendered options."
    new = "We will pay $2,400,000 per share in cash for the tendered options."
    item = drafted("5. Consideration", [old], [new])[0]
    assert item.materiality is not Materiality.CLARIFYING, item.materiality_reason


@pytest.mark.parametrize(
    "caption", ["Minimum participation", "Minimum tender", "Minimum condition"]
)
def test_a_new_minimum_participation_is_a_condition(caption: str) -> None:
    old = f"{caption}\tNone"
    new = f"{caption}\tAt least 40% of Eligible Options must be tendered"
    item = drafted(KEY_TERMS, [old], [new])[0]
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert item.materiality_reason.startswith("Changes the conditions"), item.materiality_reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "You should direct questions to the Stock Plan Administrator.",
            "Please direct questions to the Stock Plan Administrator.",
        ),
        (
            "You should read this document carefully before you decide.",
            "Please read this document carefully before you decide.",
        ),
        ("Please consult your own tax advisor.", "You should consult your own tax advisor."),
    ],
)
def test_please_for_you_should_is_clarifying(old: str, new: str) -> None:
    item = drafted("", [old], [new])[0]
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason


@pytest.mark.parametrize(
    "clause",
    [
        "if fewer than 50% of the Eligible Options are tendered",
        "unless at least 50% of the Eligible Options are exchanged",
        "if less than 50% of the outstanding Shares are validly tendered",
    ],
)
def test_a_new_minimum_participation_is_named_as_such_beside_a_market_decline(
    clause: str,
) -> None:
    old = (
        "We will not be required to accept any options for exchange if any action is "
        "pending that challenges the offer, or if there is a decline of more than 15% in "
        "the Nasdaq Composite Index."
    )
    new = old.replace(", or if there", f", {clause}, or if there")
    item = drafted("6. Conditions of the Offer", [old], [new])[0]
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert "minimum participation" in item.materiality_reason, item.materiality_reason
    assert "market-decline" not in item.materiality_reason, item.materiality_reason
