"""Item 4's results use the offer's own terms: a prorated "up to" offer gives its proration
factor (and counsel is not asked why not all were accepted), accrued dividends are added
only where the offer's defined price does not already include them, a principal amount
takes a singular verb, and a notes offer with an early tender payment states what early
and late tenders receive."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.results import check_results_counts
from amendtool.core.results_reporting import results_statement
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

UP_TO: Spec = [
    ("", ["OFFER TO PURCHASE FOR CASH UP TO 1,500,000 SHARES OF ITS PREFERRED STOCK"]),
    (
        "1. Number of Preferred Shares; Purchase Price; Proration",
        [
            "We will purchase up to 1,500,000 Preferred Shares at $24.00 per Preferred "
            'Share, plus accrued and unpaid dividends, in cash (the "Purchase Price"). If '
            "more than 1,500,000 Preferred Shares are tendered, we will purchase Preferred "
            "Shares on a pro rata basis.",
            "The offer will expire at 11:59 p.m., Eastern Time, on April 23, 2026.",
        ],
    ),
]
NOTES: Spec = [
    ("", ["OFFER TO PURCHASE FOR CASH ANY AND ALL OF ITS OUTSTANDING 6.25% SENIOR NOTES"]),
    (
        "1. Terms of the Offer",
        [
            "Holders who validly tender Notes at or before 5:00 p.m., New York City time, on "
            'April 9, 2026 (the "Early Tender Date") will receive the Total Consideration, '
            "which includes an early tender payment of $30 per $1,000 principal amount (the "
            '"Early Tender Payment").',
            "Holders who tender Notes after the Early Tender Date will receive the Total "
            "Consideration minus the Early Tender Payment.",
            "The offer will expire at 11:59 p.m., Eastern Time, on April 23, 2026.",
        ],
    ),
]


def _results(example: Path, offer: Spec, terms: dict[str, str], **results: object) -> Amendment:
    filing: FilingDetails = plain_filing(example, document_title="Offer to Purchase", **terms)
    filing = dataclasses.replace(filing, amendment_date=dt.date(2026, 4, 27))
    series = Series(doc(offer))
    draft_results(series, filing, {"results": {**results, "grant_date": "2026-04-28"}})
    amendment = series.amendment(-1)
    assert amendment is not None
    return amendment


PREFERRED = {"tendered": "Preferred Shares", "consideration": "Purchase Price"}


def test_a_prorated_offer_gives_its_proration_factor_and_asks_nothing(
    example_filing_toml: Path,
) -> None:
    amendment = _results(
        example_filing_toml, UP_TO, PREFERRED, tendered=2400000, accepted=1500000, issued=1500000
    )
    text = results_statement(amendment)
    assert "pro rata" in text and "62.5%" in text, text
    asked = [f.message for f in check_results_counts(amendment) if "why" in f.message]
    assert asked == [], asked


def test_fewer_accepted_without_proration_is_still_asked_about(
    example_filing_toml: Path,
) -> None:
    offer = [(h, [p.split(" If more")[0] for p in ps]) for h, ps in UP_TO]
    offer = [(h, [p.replace("up to ", "") for p in ps]) for h, ps in offer]
    amendment = _results(
        example_filing_toml, offer, PREFERRED, tendered=2400000, accepted=1500000, issued=1500000
    )
    assert any("why" in f.message for f in check_results_counts(amendment))
    assert "pro rata" not in results_statement(amendment)


def test_accrued_dividends_inside_the_defined_price_are_not_added_again(
    example_filing_toml: Path,
) -> None:
    amendment = _results(
        example_filing_toml, UP_TO, PREFERRED, tendered=1400000, accepted=1400000, issued=1400000
    )
    text = results_statement(amendment)
    assert "accrued and unpaid dividends" not in text, text


def test_accrued_dividends_on_top_of_the_price_are_said(example_filing_toml: Path) -> None:
    offer = [
        (
            h,
            [
                p.replace(
                    ', plus accrued and unpaid dividends, in cash (the "Purchase Price")',
                    ' in cash (the "Purchase Price"). Holders also receive the Purchase '
                    "Price plus accrued and unpaid dividends",
                )
                for p in ps
            ],
        )
        for h, ps in UP_TO
    ]
    amendment = _results(
        example_filing_toml, offer, PREFERRED, tendered=1400000, accepted=1400000, issued=1400000
    )
    assert "plus accrued and unpaid dividends" in results_statement(amendment)


def test_a_principal_amount_takes_a_singular_verb_and_early_and_late_are_each_stated(
    example_filing_toml: Path,
) -> None:
    notes = {"tendered": "Notes", "consideration": "Total Consideration"}
    amendment = _results(
        example_filing_toml, NOTES, notes, tendered=41250000, accepted=41250000, issued=41250000
    )
    text = results_statement(amendment)
    assert "aggregate principal amount of the Notes was properly tendered" in text, text
    assert "were properly tendered" not in text
    assert "at or before the Early Tender Date" in text, text
    assert "after the Early Tender Date" in text and "minus the Early Tender Payment" in text


@pytest.mark.parametrize("accepted", [1500000])
def test_the_proration_factor_is_accepted_over_tendered(
    example_filing_toml: Path, accepted: int
) -> None:
    amendment = _results(
        example_filing_toml, UP_TO, PREFERRED, tendered=1800000, accepted=accepted, issued=accepted
    )
    assert "83.33%" in results_statement(amendment)
