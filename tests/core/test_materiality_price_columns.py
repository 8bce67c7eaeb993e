"""A price the offer pays, printed in a table cell under a column headed by the price or the
consideration, is the consideration (10 business days) whatever the section's title, as it
is in a sentence; the past market prices of a price-range table stay what they are."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.items import Materiality
from tests.support.builders import doc

FRONT = ("", ["Wexford Lane Holdings, L.P. is offering to purchase its Senior Notes for cash."])
OPENING = "We will buy up to $50,000,000 principal amount of notes."
CLOSING = "Accrued interest will be paid in addition to the purchase price."


def _items(section: str, old: list[str], new: list[str]) -> list:
    return draft_items(
        doc([FRONT, (section, [OPENING, *old, CLOSING])]),
        doc([FRONT, (section, [OPENING, *new, CLOSING])]),
    ).items


def test_a_raised_price_in_a_row_under_merged_captions_is_consideration() -> None:
    heading = "Series\tSettlement\tPrice"
    old = [heading, "2015 Notes\tEarly\t$1,040", "\tFinal\t$1,010", "2017 Notes\tEarly\t$1,020"]
    [item] = _items("1. Terms of the Offer", [*old, "\tFinal\t$990"], [*old, "\tFinal\t$1,000"])
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
    assert "$990" in item.materiality_reason and "$1,000" in item.materiality_reason
    assert "2017 Notes" in item.materiality_reason  # the row named by the caption above it


def test_a_price_column_makes_a_cell_the_consideration_in_any_section() -> None:
    heading = "Series\tTotal Consideration\tEarly Tender Premium"
    old = [heading, "2015 Notes\t$1,040\t$30", "2017 Notes\t$1,020\t$30"]
    new = [heading, "2015 Notes\t$1,040\t$30", "2017 Notes\t$1,020\t$50"]
    for section in ("1. Terms of the Offer", "SUMMARY", "3. Settlement"):
        [item] = _items(section, old, new)
        assert item.materiality is Materiality.CONSIDERATION, (section, item.materiality_reason)


def test_past_market_prices_in_a_price_table_are_not_consideration() -> None:
    heading = "Quarter\tHigh Price\tLow Price"
    old = [heading, "First Quarter\t$10.10\t$8.20", "Second Quarter\t$11.40\t$9.05"]
    new = [heading, "First Quarter\t$10.10\t$8.20", "Second Quarter\t$11.40\t$9.15"]
    [item] = _items("6. Price Range of Notes", old, new)
    assert item.materiality is not Materiality.CONSIDERATION, item.materiality_reason


def test_a_count_under_a_plain_heading_stays_what_it_was() -> None:
    heading = "Facility\tSpaces"
    old = [heading, "Omaha\t410", "Lincoln\t220"]
    new = [heading, "Omaha\t410", "Lincoln\t240"]
    [item] = _items("9. Information Concerning Wexford", old, new)
    assert item.materiality is not Materiality.CONSIDERATION, item.materiality_reason
