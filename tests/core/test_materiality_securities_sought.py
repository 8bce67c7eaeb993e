"""The amount of securities an offer seeks, in whatever unit the offer names them (its
Preferred Shares, Notes, Options, RSUs, Units), and the formula that sets what holders are
paid (an early tender payment, a fixed spread over a reference yield) are the consideration
or the securities sought: a change to either keeps the offer open 10 business days
(Rule 14e-1(b)), and the reason names it as such."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.support.materiality import drafted_one

COVER = (
    'Osprey Holdings Corp. (the "Company") is offering to purchase its outstanding 7.25% '
    'Series A Cumulative Preferred Stock (the "Preferred Shares") for cash (the "Offer").'
)
TERMS = "1. Terms of the Offer."


@pytest.mark.parametrize(
    ("heading", "old", "figure", "raised"),
    [
        pytest.param(
            TERMS,
            "The Company will purchase up to 2,000,000 of the Preferred Shares validly tendered.",
            "2,000,000",
            "2,500,000",
            id="of-the-defined-shares",
        ),
        pytest.param(
            TERMS,
            "The Company will purchase up to 2,000,000 Preferred Shares validly tendered.",
            "2,000,000",
            "2,500,000",
            id="defined-shares",
        ),
        pytest.param(
            "INTRODUCTION",
            "The Company is offering to purchase up to 2,000,000 of its outstanding 7.25% "
            "Series A Cumulative Preferred Stock, par value $0.01 per share.",
            "2,000,000",
            "2,500,000",
            id="of-its-outstanding-stock",
        ),
        pytest.param(
            TERMS,
            "We will accept up to 300,000 Units in the Offer.",
            "300,000",
            "350,000",
            id="units",
        ),
        pytest.param(
            TERMS,
            "We will accept up to 300,000 RSUs in the Offer.",
            "300,000",
            "350,000",
            id="rsus",
        ),
        pytest.param(
            TERMS,
            "The Company will purchase a maximum of 1,000,000 of the Notes.",
            "1,000,000",
            "1,200,000",
            id="notes-counted",
        ),
        pytest.param(
            TERMS,
            "The Company will purchase up to $50,000,000 aggregate principal amount of the "
            "Notes validly tendered.",
            "$50,000,000",
            "$75,000,000",
            id="notes-principal-amount",
        ),
        pytest.param(
            TERMS,
            "The Company will purchase any and all of the 2,000,000 outstanding Preferred Shares.",
            "2,000,000",
            "2,500,000",
            id="any-and-all",
        ),
    ],
)
def test_a_changed_amount_of_securities_sought_is_consideration(
    heading: str, old: str, figure: str, raised: str
) -> None:
    item = drafted_one(heading, [old], [old.replace(figure, raised)], cover=COVER)
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert figure in item.materiality_reason and raised in item.materiality_reason


@pytest.mark.parametrize(
    ("old", "figure", "changed", "named"),
    [
        pytest.param(
            "Holders will also receive an early tender payment equal to 3.0% of the principal "
            "amount of Notes tendered.",
            "3.0%",
            "3.5%",
            "3.0% to 3.5%",
            id="early-tender-payment",
        ),
        pytest.param(
            "Notes will be purchased at the Purchase Price, which reflects a fixed spread of 50 "
            "basis points over the Reference Yield.",
            "50 basis",
            "75 basis",
            "fixed spread",
            id="fixed-spread",
        ),
        pytest.param(
            "The early tender premium is $30 per $1,000 principal amount of Notes.",
            "$30",
            "$35",
            "$30 to $35",
            id="early-tender-premium",
        ),
    ],
)
def test_a_changed_term_of_the_payment_formula_is_consideration(
    old: str, figure: str, changed: str, named: str
) -> None:
    item = drafted_one(TERMS, [old], [old.replace(figure, changed)], cover=COVER)
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert named in item.materiality_reason, item.materiality_reason


def test_a_count_of_days_in_the_terms_is_not_securities_sought() -> None:
    old = "The Company will pay for Preferred Shares accepted within 3 business days."
    item = drafted_one(TERMS, [old], [old.replace("3 business", "5 business")], cover=COVER)
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
