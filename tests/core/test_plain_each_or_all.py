"""What a changed figure means for holders is said of what the figure is: a total (the
aggregate purchase price) or the number of securities sought is never "You will receive
more for each of your Shares"; only a figure paid for each security is."""

from __future__ import annotations

import pytest

from amendtool.core.plain_fact_sentences import meaning
from amendtool.core.plain_facts import fact_changes

TERMS = {"tendered": "Shares", "consideration": "Purchase Price"}
EACH = "for each of your Shares"

TOTALS = [
    "Assuming the offer is fully subscribed, the aggregate purchase price will be "
    "approximately $48.0 million.",
    "The total purchase price will be $48.0 million.",
    "The total cash payment for all Shares will be $48.0 million.",
    "The aggregate cash payment for the Notes will be $48.0 million.",
]
PER_SHARE = [
    "We will purchase up to 2,000,000 Shares at a price of $48.0 per Share.",
    "We will pay $48.0 per Share, net to the seller in cash.",
    "The purchase price is $48.0 per Share.",
]
SOUGHT = [
    "We will purchase up to 2,000,000 Shares at a price of $24.00 per Share.",
    "Oakhurst is offering to purchase up to 2,000,000 shares of its common stock.",
]


def _meant(old: str, before: str, after: str) -> list[str]:
    changes, _ = fact_changes(old, old.replace(before, after))
    assert changes, old
    return [meaning(change, TERMS, "holders") for change in changes]


@pytest.mark.parametrize("old", TOTALS)
@pytest.mark.parametrize("after", ["$50.4", "$45.0"])
def test_a_total_is_never_said_as_what_each_holder_receives(old: str, after: str) -> None:
    said = " ".join(_meant(old, "$48.0", after))
    assert EACH not in said or "not" in said, said
    assert "receive more" not in said and "receive less" not in said, said


@pytest.mark.parametrize("old", PER_SHARE)
@pytest.mark.parametrize(("after", "way"), [("$50.4", "more"), ("$45.0", "less")])
def test_a_price_for_each_share_is_said_as_what_each_holder_receives(
    old: str, after: str, way: str
) -> None:
    assert f"You will receive {way} {EACH}." in _meant(old, "$48.0", after)


@pytest.mark.parametrize("old", SOUGHT)
@pytest.mark.parametrize(("after", "way"), [("2,100,000", "more"), ("1,900,000", "fewer")])
def test_the_number_sought_is_said_as_what_we_buy(old: str, after: str, way: str) -> None:
    said = " ".join(_meant(old, "2,000,000", after))
    assert f"We will now buy {way} Shares" in said, said
    assert "does not change what you receive for each of your Shares" in said, said
    assert "You will receive" not in said, said
