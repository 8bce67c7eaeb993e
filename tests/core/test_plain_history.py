"""A figure of the past (a last reported sale price, a quarter's high and low, revenue) is
disclosure, not a term of the offer: the plain notice says the disclosure was updated; it
never says the stock "is now" a price."""

from __future__ import annotations

import re

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "On May 1, 2002, the last reported sale price of our common stock was $8.10 per share.",
            "On May 1, 2002, the last reported sale price of our common stock was $7.95 per share.",
        ),
        (
            "Fourth Quarter\t$12.50\t$8.10",
            "Fourth Quarter\t$12.50\t$7.95",
        ),
        (
            "Our revenue for fiscal 2001 was $412.5 million.",
            "Our revenue for fiscal 2001 was $421.5 million.",
        ),
    ],
)
def test_a_past_figure_is_said_as_updated_disclosure(old: str, new: str) -> None:
    table = "Quarter\tHigh\tLow\n"
    if "\t" in old:
        old, new = table + old, table + new
    changes, _ = fact_changes(old, new)
    said = " ".join(fact_sentences(changes, house_wording()))
    assert changes
    assert " is now " not in said and " are now " not in said
    assert "not a term of the offer" in said
    assert "7.95" in said or "421.5" in said


def test_a_term_of_the_offer_is_still_said_as_now() -> None:
    old = "Options with an exercise price per share of $20.00 or more are eligible."
    new = "Options with an exercise price per share of $17.50 or more are eligible."
    changes, _ = fact_changes(old, new)
    said = " ".join(fact_sentences(changes, house_wording()))
    assert "is now $17.50" in said


def test_figures_of_the_past_updated_together_are_said_once() -> None:
    """A last sale price brought up to date changes its day and its price: one paragraph says
    both figures in one sentence, and never repeats a sentence."""
    old = (
        "On April 14, 2026, the last reported sale price of the Preferred Shares on the New York "
        "Stock Exchange was $24.10 per Preferred Share."
    )
    new = old.replace("April 14", "April 28").replace("$24.10", "$24.40")
    changes, _ = fact_changes(old, new)
    said = fact_sentences(changes, house_wording())
    text = " ".join(said)
    sentences = [s.strip() for s in re.split(r"(?<=\.)\s+(?=[A-Z])", text) if s.strip()]
    assert len(sentences) == len(set(sentences)), text
    assert text.count("not a term") + text.count("not terms") == 1, text
    assert "April 28, 2026" in text and "$24.40" in text
    assert "April 14, 2026" in text and "$24.10" in text


def test_a_price_under_a_second_heading_row_is_history() -> None:
    """A price table with two heading rows ("Sales Price" over "High" and "Low") and row
    groups ("Fiscal 2022"): a corrected low is history, never "the sales price is now"."""
    table = "Period\tSales Price\t\tDistribution\n\tHigh\tLow\t\nFiscal 2022\t\t\t\n"
    row = "Second Quarter\t$24.80\t{}\t$0.50"
    changes, _ = fact_changes(table + row.format("$23.40"), table + row.format("$23.55"))
    said = " ".join(fact_sentences(changes, house_wording()))
    assert changes and all(c.history for c in changes)
    assert " is now " not in said and "not a term of the offer" in said


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 1, 2026, the closing price of our common stock was $14.20 per share.",
        "On May 1, 2026, the closing price of our common stock on Nasdaq was $14.20 per share.",
        "The market price of a Share on May 1, 2026 was $14.20.",
        "As of May 1, 2026, our stock price was $14.20 per share.",
    ],
)
def test_a_market_price_with_its_date_needs_no_name_for_the_date(sentence: str) -> None:
    """A past price updated with the day it was taken: neither figure is a term, and the day
    is the price's own, so counsel is never asked to name "this date" or "this price"."""
    new = sentence.replace("May 1", "May 20").replace("$14.20", "$15.05")
    changes, _ = fact_changes(sentence, new)
    text = " ".join(fact_sentences(changes, house_wording()))
    assert "[" not in text, text
    assert "not a term" in text or "not terms" in text, text
    assert "May 20, 2026" in text and "$15.05" in text, text


def test_a_price_the_offer_sets_as_a_condition_is_still_a_term() -> None:
    old = "We may end the offer if the closing price of our common stock falls below $6.00."
    changes, _ = fact_changes(old, old.replace("$6.00", "$5.00"))
    text = " ".join(fact_sentences(changes, house_wording()))
    assert "not a term" not in text and "$5.00" in text, text
