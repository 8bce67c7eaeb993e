"""The filing's own opening (filing.toml offer.description) restating any term the revision
changed — a number of shares, a percentage, a grant-date cut-off, not only an amount — is an
error naming offer.description."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from tests.support.builders import doc

SHARES = "We are offering to purchase up to {} shares of our Series A Preferred Stock."
PERCENT = "We are offering to purchase up to {} of our outstanding shares."
GRANTED = "Options granted before {} with an exercise price of $20.00 or more are eligible."


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return dataclasses.replace(
        load_filing(example_filing_toml),
        expiration=dt.datetime(2026, 4, 30, 23, 59),
        amendment_date=dt.date(2026, 4, 9),
        statement_filed=dt.date(2026, 3, 26),
        notice_explanation="",
    )


@pytest.mark.parametrize(
    ("sentence", "old", "new", "description"),
    [
        pytest.param(
            SHARES, "1,500,000", "2,000,000",
            "the offer to purchase for cash up to 1,500,000 shares of its Series A Preferred Stock",
            id="share-count",
        ),
        pytest.param(
            PERCENT, "10%", "15%",
            "the offer to purchase up to 10% of its outstanding shares of common stock",
            id="percentage",
        ),
        pytest.param(
            GRANTED, "January 1, 2026", "July 1, 2026",
            "the offer to exchange options granted before January 1, 2026 for new options",
            id="grant-date",
        ),
    ],
)  # fmt: skip
def test_the_description_restating_an_old_term_is_an_error(
    filing: FilingDetails, sentence: str, old: str, new: str, description: str
) -> None:
    def offer(value: str) -> list[tuple[str, list[str]]]:
        return [
            ("", ["Acme Widgets, Inc. makes this offer."]),
            ("1. Number of Shares; Eligibility", [sentence.format(value)]),
        ]

    stale = dataclasses.replace(filing, offer_description=description)
    amendment = draft_amendment(doc(offer(old)), doc(offer(new)), stale)
    assert amendment.change_items[0].materiality.value == "consideration"
    errors = [f for f in run_checks(amendment) if f.code == "stale_term" and f.severity == "error"]
    assert len(errors) == 1, [f.message for f in run_checks(amendment)]
    assert "offer.description" in errors[0].message and old in errors[0].message

    current = dataclasses.replace(filing, offer_description=description.replace(old, new))
    amendment = draft_amendment(doc(offer(old)), doc(offer(new)), current)
    assert not [f for f in run_checks(amendment) if f.code == "stale_term"]
