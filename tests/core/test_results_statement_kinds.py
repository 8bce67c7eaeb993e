"""Item 4's statement of the results counts what the offer sought as the offer names it: an
option by the shares it would buy, an award (RSUs) by the shares it covers, a share or a
preferred share by itself; and it says what is given as given: options and RSUs granted,
shares issued, cash paid for what was accepted for purchase. A tender of preferred stock
for cash never reads "Preferred Shares to purchase an aggregate of … shares"."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.filing import FilingDetails
from amendtool.core.results_reporting import results_statement
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from tests.support.builders import doc
from tests.support.plain import OFFER, plain_filing

RESULTS = {"tendered": 1600000, "accepted": 1500000, "issued": 750000}
KINDS = {
    "options": (
        {"tendered": "Eligible Options", "consideration": "New Options"},
        [
            "Eligible Options to purchase an aggregate of 1,600,000 shares of Common Stock "
            "were properly tendered",
            "accepted for exchange Eligible Options to purchase an aggregate of 1,500,000 "
            "shares of Common Stock",
            "New Options to purchase an aggregate of 750,000 shares of Common Stock will be "
            "granted on May 26, 2026",
        ],
    ),
    "rsus": (
        {"tendered": "Eligible Options", "consideration": "New RSUs"},
        [
            "Eligible Options to purchase an aggregate of 1,600,000 shares of Common Stock",
            "New RSUs covering an aggregate of 750,000 shares of Common Stock will be granted "
            "on May 26, 2026",
        ],
    ),
    "preferred for cash": (
        {
            "tendered": "Preferred Shares",
            "consideration": "Purchase Price",
            "document_title": "Offer to Purchase",
            "underlying": "Preferred Stock",
        },
        [
            "1,600,000 Preferred Shares were properly tendered and not validly withdrawn",
            "accepted for purchase 1,500,000 Preferred Shares",
            "will pay, on May 26, 2026, the Purchase Price for the Preferred Shares accepted "
            "for purchase.",
        ],
    ),
    "shares for cash": (
        {
            "tendered": "Shares",
            "consideration": "Purchase Price",
            "document_title": "Offer to Purchase",
            "underlying": "",
        },
        ["1,600,000 Shares were properly tendered", "accepted for purchase 1,500,000 Shares"],
    ),
    "shares for new shares": (
        {"tendered": "Old Shares", "consideration": "New Shares", "underlying": ""},
        [
            "1,600,000 Old Shares were properly tendered",
            "accepted for exchange 1,500,000 Old Shares",
            "750,000 New Shares will be issued on May 26, 2026",
        ],
    ),
}
# an option exchange's words, wrong for anything that is not an option
OPTION_WORDS = ("to purchase an aggregate of", "shares of Preferred Stock")


def holding(example: Path, terms: dict[str, str], dated: dt.date) -> FilingDetails:
    """The example filing with the offer's own words `terms`, amended on `dated`."""
    given = {k: v for k, v in terms.items() if k != "underlying"}
    filing = plain_filing(example, **given)
    underlying = terms.get("underlying", "Common Stock")
    return dataclasses.replace(filing, amendment_date=dated, underlying=underlying)


def statement(filing: FilingDetails, grant: str = "2026-05-26") -> str:
    series = Series(doc(OFFER))
    draft_results(series, filing, {"results": {**RESULTS, "grant_date": grant}})
    amendment = series.amendment(-1)
    assert amendment is not None
    return results_statement(amendment)


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_results_statement_counts_what_the_offer_sought(
    example_filing_toml: Path, kind: str
) -> None:
    terms, expected = KINDS[kind]
    text = statement(holding(example_filing_toml, terms, dt.date(2026, 5, 4)))
    for words in expected:
        assert words in text, (kind, text)
    if "options" not in kind and "rsus" not in kind:
        assert not any(w in text for w in OPTION_WORDS), (kind, text)


def test_cash_paid_is_told_as_paid_once_the_payment_date_has_come(
    example_filing_toml: Path,
) -> None:
    terms, _ = KINDS["preferred for cash"]
    text = statement(holding(example_filing_toml, terms, dt.date(2026, 5, 30)))
    assert (
        "paid, on May 26, 2026, the Purchase Price for the Preferred Shares accepted for purchase"
        in text
    ), text
    assert "to purchase an aggregate" not in text, text


def test_an_offer_that_pays_needs_no_count_of_what_it_gives(example_filing_toml: Path) -> None:
    """[results] of a cash tender gives what was tendered and accepted and the payment date:
    what it pays for is what it accepted. An exchange must still count what it gives."""
    from amendtool.core.filing import FilingError

    cash = holding(example_filing_toml, KINDS["preferred for cash"][0], dt.date(2026, 5, 4))
    given = {"tendered": 1600000, "accepted": 1500000, "grant_date": "2026-05-26"}
    series = Series(doc(OFFER))
    entry = draft_results(series, cash, {"results": given})
    assert entry.results == {**given, "issued": 1500000}
    exchange = holding(example_filing_toml, KINDS["options"][0], dt.date(2026, 5, 4))
    with pytest.raises(FilingError, match=r"results\.issued must be a whole number"):
        draft_results(Series(doc(OFFER)), exchange, {"results": given})
