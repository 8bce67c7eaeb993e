"""An amount holders receive or are paid for each security they tender is the consideration
wherever the offer prints it: under "Terms of the Offer", "Payment" or "Fees" as much as
under "Cash Payment". Raising it needs ten business days (Rule 13e-4(f)(1)(ii)), not five,
and its reason names it as the payment, not as an eligibility threshold."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.support.materiality import drafted_one

RECEIVE = "Each holder who tenders will receive US$5.00 per option."
PAYMENT = "Each eligible employee who tenders will receive a cash payment of $5.00 per option."


@pytest.mark.parametrize("title", ["2. TERMS OF THE OFFER.", "2. PAYMENT.", "2. FEES."])
@pytest.mark.parametrize("sentence", [RECEIVE, PAYMENT], ids=["receive", "cash-payment"])
def test_an_amount_paid_per_option_is_consideration_under_any_title(
    title: str, sentence: str
) -> None:
    item = drafted_one(title, [sentence], [sentence.replace("5.00", "6.00")])
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "eligibility" not in item.materiality_reason, item.materiality_reason


def test_a_fee_the_depositary_receives_is_no_consideration() -> None:
    fee = "The Depositary will receive a fee of $5,000 for its services."
    item = drafted_one("2. FEES.", [fee], [fee.replace("5,000", "7,500")])
    assert item.materiality is not Materiality.CONSIDERATION, item.materiality_reason
