"""A note to the table of the shares' market prices (a footnote, or a paragraph of notes under
the table in a section on the price range) restates or explains prices of the past: it
changes no term of the offer, so counsel proposes it clarifying (Item 2 information, as an
updated last sale price is), never a change in the consideration, and the notice says so
without a placeholder. A stock split's "2-for-1" in such a note is no exchange ratio."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.items import Materiality
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.materiality import amended
from tests.support.plain import plain_filing

PRICE_RANGE = "6. Price Range of Common Stock."
TABLE = ["Our common stock trades on Nasdaq.", "\tHigh\tLow", "First Quarter\t$31.25\t$22.10"]
SOURCE = "The prices above are the high and low sale prices as reported by Nasdaq."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            TABLE,
            [*TABLE, "(1) Prices reflect the two-for-one stock split effected on March 1, 2001."],
            id="a-footnote-added",
        ),
        pytest.param(
            [*TABLE, SOURCE],
            [*TABLE, SOURCE.replace("Nasdaq.", "Nasdaq, as adjusted for the 2-for-1 stock split.")],
            id="a-note-restating-prices",
        ),
        pytest.param(
            [*TABLE, "* Prices through March 1, 2001, as reported by Nasdaq."],
            [*TABLE, "* Prices through March 8, 2001; the high before the split was $62.50."],
            id="a-marked-note-rewritten",
        ),
    ],
)
def test_a_note_on_market_prices_is_clarifying_and_said_plainly(
    example_filing_toml: Path, old: list[str], new: list[str]
) -> None:
    amendment = amended(plain_filing(example_filing_toml), PRICE_RANGE, old, new)
    [item] = amendment.items
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert item.materiality_reason.startswith("Restates or explains the market prices")
    assert "exchange ratio" not in item.materiality_reason
    [paragraph] = plain_paragraphs(amendment)
    assert "[" not in paragraph.text, paragraph.text


def test_a_note_that_states_a_term_is_read_as_a_term(example_filing_toml: Path) -> None:
    """A note under the price table that says who is eligible is no note on prices."""
    note = "(1) Options below $5.00 are not eligible."
    amendment = amended(plain_filing(example_filing_toml), PRICE_RANGE, TABLE, [*TABLE, note])
    [item] = amendment.items
    assert item.materiality is not Materiality.CLARIFYING, item.materiality_reason
