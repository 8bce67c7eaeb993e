"""A tender for notes reports the results as counsel does: the aggregate principal amount
tendered and accepted ("$41,250,000 aggregate principal amount of the Notes"), with the
price per $1,000 principal amount when counsel gives it; never a count of "41,250 Notes".
An offer that pays plain cash (no defined "Purchase Price") never says "the cash will be
paid" or "paid the cash": what it buys is purchased, and payment is made."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.core.layout import Role
from amendtool.core.results import check_results_counts, parse_results
from amendtool.core.results_reporting import results_statement
from amendtool.core.results_words import results_labels, results_summary
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from tests.support.builders import doc
from tests.support.plain import OFFER, plain_filing

NOTES = {
    "tendered": "Notes",
    "consideration": "cash",
    "document_title": "Offer to Purchase",
    "notice_to": "Holders of Notes",
    "underlying": "Common Stock",
}


def notes_filing(example: Path, dated: dt.date, **terms: str) -> FilingDetails:
    given = {**NOTES, **terms}
    filing = plain_filing(example, **{k: v for k, v in given.items() if k != "underlying"})
    return dataclasses.replace(filing, amendment_date=dated, underlying=given["underlying"])


def results_amendment(filing: FilingDetails, **results: Any) -> Any:
    series = Series(doc(OFFER))
    entry = {"tendered": 41250000, "accepted": 40000000, "grant_date": "2026-05-26", **results}
    draft_results(series, filing, {"results": entry})
    amendment = series.amendment(-1)
    assert amendment is not None
    return amendment


@pytest.mark.parametrize("tendered", ["Notes", "Senior Notes", "Debentures", "Bonds"])
def test_debt_is_reported_by_aggregate_principal_amount(
    example_filing_toml: Path, tendered: str
) -> None:
    filing = notes_filing(example_filing_toml, dt.date(2026, 5, 4), tendered=tendered)
    text = results_statement(results_amendment(filing, price="$1,025.00"))
    assert (
        f"$41,250,000 aggregate principal amount of the {tendered} was properly tendered" in text
    ), text
    assert f"accepted for purchase $40,000,000 aggregate principal amount of the {tendered}" in (
        text
    ), text
    assert f"$1,025.00 per $1,000 principal amount for the {tendered} accepted" in text, text
    assert "41,250,000 " + tendered not in text, text


def test_plain_cash_is_never_a_defined_term(example_filing_toml: Path) -> None:
    filing = notes_filing(example_filing_toml, dt.date(2026, 5, 30))
    amendment = results_amendment(filing)
    statement = results_statement(amendment)
    assert "the cash" not in statement.lower(), statement
    assert "The Company paid, on May 26, 2026, for the Notes accepted for purchase." in statement, (
        statement
    )
    opening = next(
        b.text for b in schedule_to_blocks(amendment) if "amends and supplements" in b.text
    )
    assert "The cash will be paid" not in opening, opening
    assert "The Notes were purchased for cash upon the terms" in opening, opening


def test_a_defined_purchase_price_is_still_paid_by_name(example_filing_toml: Path) -> None:
    filing = notes_filing(
        example_filing_toml,
        dt.date(2026, 5, 4),
        tendered="Preferred Shares",
        consideration="Purchase Price",
    )
    text = results_statement(results_amendment(filing, tendered=1600000, accepted=1500000))
    assert "1,600,000 Preferred Shares were properly tendered" in text, text
    assert "the Purchase Price for the Preferred Shares accepted for purchase." in text, text
    assert "will pay, on " in text, text


def test_the_holders_notice_form_and_summary_speak_of_principal(
    example_filing_toml: Path,
) -> None:
    filing = notes_filing(example_filing_toml, dt.date(2026, 5, 4))
    amendment = results_amendment(filing)
    notice = " ".join(b.text for b in notice_blocks(amendment) if b.role is not Role.MEMO)
    assert "$41,250,000 aggregate principal amount of the Notes" in notice, notice
    assert "$40,000,000 aggregate principal amount of the Notes" in notice, notice
    labels = results_labels(filing)
    assert "principal amount" in labels.tendered.lower(), labels
    assert "principal amount" in labels.accepted.lower(), labels
    summary = results_summary(parse_results(amendment.results_data), filing)
    assert summary.startswith("$41,250,000 principal amount of Notes tendered"), summary


def test_a_principal_amount_short_of_a_denomination_is_questioned(
    example_filing_toml: Path,
) -> None:
    """41,250 is a count of $1,000 notes, not a principal amount in dollars."""
    filing = notes_filing(example_filing_toml, dt.date(2026, 5, 4))
    amendment = results_amendment(filing, tendered=41250, accepted=41250)
    messages = [f.message for f in check_results_counts(amendment)]
    assert any("$41,250,000" in m and "principal amount" in m for m in messages), messages
    assert not any("41250000" in m for m in messages), messages


def test_the_count_warnings_speak_of_what_the_offer_sought(example_filing_toml: Path) -> None:
    """Fewer accepted than tendered, or a count of 0, is said in the offer's terms: notes by
    principal amount, never "shares" or "options"."""
    filing = notes_filing(example_filing_toml, dt.date(2026, 5, 4))
    fewer = check_results_counts(results_amendment(filing))
    zero = check_results_counts(results_amendment(filing, accepted=0))
    messages = [f.message for f in fewer + zero]
    assert any("$40,000,000" in m and "$41,250,000" in m for m in messages), messages
    assert any("results.accepted is 0" in m for m in messages), messages
    for message in messages:
        assert "share" not in message and "option" not in message, message
