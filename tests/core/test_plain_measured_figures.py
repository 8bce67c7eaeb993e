"""A figure whose sentence says what it measures by the firm's [[measures]] words (the
materiality rules, which already name it in the item's reason) is named so in the plain
notice too: no placeholder asks counsel to name what the tool knows."""

from __future__ import annotations

from amendtool.core.plain_summary import summarise
from amendtool.core.wording import house_wording
from tests.core.test_materiality import drafted

OLD = (
    "The offer is subject to the condition that the market price of our common stock has not "
    "declined by more than 15% after the date of this Offer to Exchange."
)


def test_a_market_decline_percentage_is_named_as_the_reason_names_it() -> None:
    (item,) = drafted("4. Conditions of the Offer", [OLD], [OLD.replace("15%", "20%")])
    assert "market-decline threshold" in item.materiality_reason
    text = summarise(item, house_wording()).text
    assert "[" not in text, text
    assert "market-decline threshold is now 20%" in text, text
    assert "15%" in text
