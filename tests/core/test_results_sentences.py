"""Item 4's results read as counsel writes them: no sentence begins with a figure ("A total
of 2,800,000 Preferred Shares were …"), the holders are those the results form asks for
(the holders who tendered), and every amount a message prints is formatted."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from amendtool.core.filing import FilingDetails
from amendtool.core.results import check_results_counts
from amendtool.core.results_reporting import results_statement
from amendtool.core.results_words import results_labels
from amendtool.core.segment import sentences
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from tests.support.builders import doc
from tests.support.plain import OFFER, plain_filing

KINDS = {
    "preferred": {"tendered": "Preferred Shares", "consideration": "Purchase Price"},
    "notes": {"tendered": "Notes", "consideration": "cash"},
    "options": {"tendered": "Eligible Options", "consideration": "New Options"},
    "shares": {"tendered": "Old Shares", "consideration": "New Shares"},
}


def _filing(example: Path, terms: dict[str, str]) -> FilingDetails:
    cash = terms["consideration"] in ("Purchase Price", "cash")
    title = "Offer to Purchase" if cash else "Offer to Exchange"
    filing = plain_filing(example, document_title=title, **terms)
    return dataclasses.replace(filing, amendment_date=dt.date(2026, 5, 4))


def _amendment(filing: FilingDetails, **results: object) -> object:
    series = Series(doc(OFFER))
    entry = {"tendered": 2800000, "accepted": 2500000, "issued": 2500000, **results}
    draft_results(series, filing, {"results": {**entry, "grant_date": "2026-05-26"}})
    amendment = series.amendment(-1)
    assert amendment is not None
    return amendment


@pytest.mark.parametrize("kind", list(KINDS))
def test_no_results_sentence_begins_with_a_figure(example_filing_toml: Path, kind: str) -> None:
    text = results_statement(_amendment(_filing(example_filing_toml, KINDS[kind]), holders=412))
    for sentence in sentences(text):
        assert not re.match(r"[$\d]", sentence), (kind, sentence)
    assert "412 holders tendered" in text, text


def test_the_holders_counted_are_those_the_form_asks_for(example_filing_toml: Path) -> None:
    filing = _filing(example_filing_toml, KINDS["preferred"])
    asked = results_labels(filing).holders.lower()
    assert "tendered" in asked, asked
    text = results_statement(_amendment(filing, holders=412))
    assert "A total of 412 holders tendered Preferred Shares in the Offer." in text, text
    assert "held by" not in text, text


def test_a_principal_amount_in_a_message_is_formatted(example_filing_toml: Path) -> None:
    filing = _filing(example_filing_toml, KINDS["notes"])
    amendment = _amendment(filing, tendered=61250, accepted=61250, issued=61250)
    messages = [f.message for f in check_results_counts(amendment)]
    assert any("would be $61,250,000" in m for m in messages), messages
    for message in messages:
        assert not re.search(r"\d{5,}", message), message


@pytest.mark.parametrize("kind", ["preferred", "notes", "shares"])
def test_the_proration_warning_speaks_of_what_was_tendered(
    example_filing_toml: Path, kind: str
) -> None:
    filing = _filing(example_filing_toml, KINDS[kind])
    messages = [f.message for f in check_results_counts(_amendment(filing))]
    fewer = [m for m in messages if "fewer" in m]
    assert fewer, messages
    for message in fewer:
        assert "option" not in message.lower(), message
        assert KINDS[kind]["tendered"] in message, message


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_results_notice_says_what_happens_to_what_was_not_accepted(
    example_filing_toml: Path, kind: str
) -> None:
    from amendtool.core.results_reporting import results_notice_blocks

    filing = _filing(example_filing_toml, KINDS[kind])
    fewer = " ".join(b.text for b in results_notice_blocks(_amendment(filing)))
    assert "did not accept" in fewer, fewer
    assert ("return" in fewer) == (filing.consideration in ("Purchase Price", "cash")), fewer
    every = _amendment(filing, accepted=2800000, issued=2800000)
    said = " ".join(b.text for b in results_notice_blocks(every))
    assert "did not accept" not in said, said


def test_what_the_offer_pays_besides_its_price_is_reported(example_filing_toml: Path) -> None:
    filing = _filing(example_filing_toml, KINDS["preferred"])
    paying = [
        ("", ["OFFER TO PURCHASE FOR CASH"]),
        (
            "1. Terms of the Offer",
            ["We will pay $26.50 per Preferred Share, plus accrued and unpaid dividends."],
        ),
    ]
    for spec, said in ((paying, True), (OFFER, False)):
        series = Series(doc(spec))
        entry = {"tendered": 2800000, "accepted": 2500000, "grant_date": "2026-05-26"}
        draft_results(series, filing, {"results": entry})
        amendment = series.amendment(-1)
        assert amendment is not None
        text = results_statement(amendment)
        assert ("plus accrued and unpaid dividends" in text) == said, text
