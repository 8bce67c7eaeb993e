"""A row of the table of the shares' past market prices, added for a later quarter or
restated, updates Item 2 information and is no term of the offer: proposed clarifying, not
material with its five business days. A row of a table of the offer's own prices stays
read as a term."""

from __future__ import annotations

from amendtool.core.items import ItemKind, Materiality
from tests.support.materiality import drafted

PRICES = "3. Price Range of Shares; Dividends"
HEAD = "The following table sets forth the high and low sales prices per Preferred Share."
COLUMNS = "Quarter\tHigh\tLow"
Q1 = "2025 First Quarter\t$20.00\t$18.00"
Q2 = "2025 Second Quarter\t$21.00\t$19.00"
Q3 = "2025 Third Quarter\t$22.00\t$20.00"
Q4 = "2026 First Quarter\t$23.00\t$21.00"
TAIL = "We have paid regular quarterly dividends on the Preferred Shares."


def test_a_quarter_added_to_the_price_history_is_clarifying() -> None:
    [item] = drafted(
        PRICES, [HEAD, COLUMNS, Q1, Q2, Q4, TAIL], [HEAD, COLUMNS, Q1, Q2, Q3, Q4, TAIL]
    )
    assert item.kind is ItemKind.INSERT_ROW
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "market prices" in item.materiality_reason, item.materiality_reason


def test_a_price_history_row_restated_is_clarifying() -> None:
    restated = "2025 Second Quarter\t$21.50\t$19.00"
    [item] = drafted(
        PRICES, [HEAD, COLUMNS, Q1, Q2, Q4, TAIL], [HEAD, COLUMNS, Q1, restated, Q4, TAIL]
    )
    assert item.kind is ItemKind.REPLACE_ROW
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "$21.00" in item.materiality_reason and "$21.50" in item.materiality_reason


def test_a_row_of_the_offer_s_own_prices_is_still_a_term() -> None:
    terms = "1. Terms of the Offer"
    columns = "Series\tPurchase Price\tMaximum Amount"
    old = "Series B\t$24.00\t$50,000,000"
    new = "Series B\t$25.00\t$50,000,000"
    [item] = drafted(
        terms,
        ["We offer to buy the shares below.", columns, old, TAIL],
        ["We offer to buy the shares below.", columns, new, TAIL],
    )
    assert item.materiality is not Materiality.CLARIFYING, item.materiality_reason


def test_the_oldest_quarter_taken_out_of_the_price_history_is_clarifying() -> None:
    [item] = drafted(
        PRICES, [HEAD, COLUMNS, Q1, Q2, Q3, Q4, TAIL], [HEAD, COLUMNS, Q2, Q3, Q4, TAIL]
    )
    assert item.kind is ItemKind.DELETE_ROW
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert "“2025 First Quarter”" in item.materiality_reason, item.materiality_reason
