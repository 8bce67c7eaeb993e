"""The funds the offer needs ("We expect to need approximately $75.0 million to purchase all
Preferred Shares and pay related fees") are no cash payment to holders: the reason says "the
funds needed", never "raises the cash payment", and the change is no change of the price."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import Materiality
from tests.support.builders import Spec, doc


def _offer(sentence: str) -> Spec:
    return [
        ("", ["Harborview offers to purchase any and all of its Preferred Shares at $25.25."]),
        ("4. Source and Amount of Funds", [sentence]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "We expect to need approximately {} to purchase all Preferred Shares and pay related fees.",
        "We will need approximately {} to purchase the Preferred Shares and to pay expenses.",
        "The total amount of funds required to purchase all Preferred Shares is {}.",
    ],
)
def test_the_funds_needed_are_no_cash_payment(sentence: str) -> None:
    before, after = (_offer(sentence.format(f"${m} million")) for m in ("75.0", "78.9"))
    (item,) = draft_items(doc(before), doc(after)).items
    reason = item.materiality_reason
    assert "cash payment" not in reason and "price" not in reason, reason
    assert "the funds needed from $75.0 million to $78.9 million" in reason, reason
    assert item.materiality is not Materiality.CONSIDERATION
