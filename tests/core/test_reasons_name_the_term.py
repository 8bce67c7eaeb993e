"""A reason names the term that changed as counsel names it: the number of the securities
sought by their defined name ("Raises the number of Preferred Shares sought from 2,000,000 to
2,500,000"), the aggregate principal amount of notes sought, the least amount a condition
requires to be tendered, and a part of the price with its unit ("the fixed spread from 50
basis points to 75 basis points"); never "a number", and never "the price" for an amount of
securities."""

from __future__ import annotations

import pytest

from tests.support.materiality import drafted_one

COVER = (
    'Osprey Holdings Corp. (the "Company") is offering to purchase its outstanding securities '
    'for cash (the "Offer").'
)
TERMS = "1. Terms of the Offer."
CONDITIONS = "3. Conditions of the Offer."


@pytest.mark.parametrize(
    ("heading", "old", "figure", "changed", "reason"),
    [
        pytest.param(
            TERMS,
            "The Company will purchase up to 2,000,000 of the Preferred Shares validly tendered.",
            "2,000,000",
            "2,500,000",
            "Raises the number of Preferred Shares sought from 2,000,000 to 2,500,000",
            id="of-the-defined-shares",
        ),
        pytest.param(
            "INTRODUCTION",
            "The Company is offering to purchase up to 2,000,000 of its outstanding 7.25% "
            "Series A Cumulative Preferred Stock, par value $0.01 per share (the "
            '"Preferred Shares"), at a price of $26.50 per Preferred Share.',
            "2,000,000",
            "1,500,000",
            "Lowers the number of Preferred Shares sought from 2,000,000 to 1,500,000",
            id="of-its-outstanding-stock-defined-after",
        ),
        pytest.param(
            TERMS,
            "The Company will purchase up to $50,000,000 aggregate principal amount of the "
            "Notes validly tendered.",
            "$50,000,000",
            "$75,000,000",
            "Raises the aggregate principal amount of Notes sought from $50,000,000 to $75,000,000",
            id="notes-principal-amount",
        ),
        pytest.param(
            TERMS,
            "Notes will be purchased at the Purchase Price, which reflects a fixed spread of 50 "
            "basis points over the Reference Yield.",
            "50 basis",
            "75 basis",
            "Raises the fixed spread from 50 basis points to 75 basis points",
            id="fixed-spread",
        ),
        pytest.param(
            CONDITIONS,
            "The Offer is conditioned on at least $20,000,000 aggregate principal amount of "
            "Notes being validly tendered and not withdrawn.",
            "$20,000,000",
            "$10,000,000",
            "Lowers the least aggregate principal amount of Notes that must be tendered in total "
            "from $20,000,000 to $10,000,000",
            id="minimum-condition",
        ),
    ],
)
def test_the_reason_names_the_term_that_changed(
    heading: str, old: str, figure: str, changed: str, reason: str
) -> None:
    item = drafted_one(heading, [old], [old.replace(figure, changed)], cover=COVER)
    assert reason.casefold() in item.materiality_reason.casefold(), item.materiality_reason
    assert "a number" not in item.materiality_reason
    assert "eligibility threshold" not in item.materiality_reason


def test_a_price_per_principal_amount_is_still_the_price() -> None:
    old = "The Purchase Price is $1,020.00 per $1,000 principal amount of Notes."
    item = drafted_one(TERMS, [old], [old.replace("$1,020.00", "$1,025.00")], cover=COVER)
    assert "Raises the price from $1,020.00 to $1,025.00" in item.materiality_reason
