"""A reason names every change to the consideration or the securities sought that its item
makes: a paragraph that lowers the threshold and raises the number of shares says both, so
counsel reading the reason is not told half of what the item does."""

from __future__ import annotations

from amendtool.core.items import Materiality
from tests.core.test_materiality import drafted

SECTION = "1. Eligibility; Number of Options; Expiration Date"
OLD = (
    "An option is an Eligible Option if it has an exercise price per share of $20.00 or more "
    "and was granted before January 1, 2026. Options to purchase up to 1,250,000 shares of "
    "our common stock are eligible."
)


def test_the_reason_names_the_threshold_and_the_share_count() -> None:
    new = OLD.replace("$20.00", "$17.50").replace("1,250,000", "1,400,000")
    (item,) = drafted(SECTION, [OLD], [new])
    assert item.materiality is Materiality.CONSIDERATION
    reason = item.materiality_reason
    assert "$20.00 to $17.50" in reason, reason
    assert "1,250,000" in reason and "1,400,000" in reason, reason
    assert reason.index("$17.50") < reason.index("1,400,000")


def test_two_amounts_of_one_kind_are_both_named() -> None:
    old = "We will pay $10.00 per share in cash and a fee of $2.00 per share."
    new = "We will pay $11.25 per share in cash and a fee of $2.50 per share."
    (item,) = drafted("1. Terms of the Offer; Purchase Price", [old], [new])
    assert item.materiality is Materiality.CONSIDERATION
    assert "$10.00" in item.materiality_reason and "$2.50" in item.materiality_reason


def test_one_change_is_named_once() -> None:
    new = OLD.replace("$20.00", "$17.50")
    (item,) = drafted(SECTION, [OLD], [new])
    assert item.materiality_reason.count("$17.50") == 1, item.materiality_reason
    assert "1,250,000" not in item.materiality_reason
