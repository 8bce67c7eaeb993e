"""A changed amount paid for each security given up is the consideration, whatever the title
of the section that prints it ("2. Payment.", "2. Source of Funds."): it needs ten business
days. An amount paid to an agent for its services is not."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.support.materiality import drafted_one

PAID = "We will pay each holder {} in cash for each option tendered, from cash on hand."


@pytest.mark.parametrize(
    "heading", ["2. Payment.", "2. Source of Funds.", "2. Acceptance and Payment.", "1. Terms."]
)
def test_a_cash_amount_paid_for_each_security_is_the_consideration(heading: str) -> None:
    item = drafted_one(heading, [PAID.format("$1.00")], [PAID.format("$1.25")])
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "$1.00" in item.materiality_reason and "$1.25" in item.materiality_reason


def test_a_fee_paid_to_an_agent_is_not_the_consideration() -> None:
    fee = "We will pay the Information Agent a fee of {} for its services."
    item = drafted_one("10. Fees and Expenses.", [fee.format("$5,000")], [fee.format("$7,500")])
    assert item.materiality is not Materiality.CONSIDERATION, item.materiality_reason
