"""The results state the price as the offer defines it: a notes offer whose consideration
differs for early and late tenders never gives one price for it ("the Total Consideration of
$1,000.00" when the Total Consideration is $1,030), and says what each receives, however the
offer's parenthetical defines its terms; a price defined with accrued dividends keeps them;
and the holders' notice of a prorated offer gives the price and the proration factor."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

from amendtool.core.amendment import Amendment
from amendtool.core.filing_document import notice_blocks
from amendtool.core.layout import Role
from amendtool.core.results import check_results_counts
from amendtool.core.results_reporting import results_statement
from amendtool.core.series import Series
from amendtool.core.series_steps import draft_results
from tests.core.test_results_offer_terms import PREFERRED, UP_TO
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

NOTES: Spec = [
    ("", ["OFFER TO PURCHASE FOR CASH ANY AND ALL OF ITS OUTSTANDING 6.50% SENIOR NOTES"]),
    (
        "1. Terms of the Offer",
        [
            "The Company is offering to purchase for cash any and all of its Notes for "
            '$1,000.00 per $1,000 principal amount of Notes (the "Tender Offer '
            'Consideration"), plus accrued and unpaid interest. Holders who validly tender '
            "their Notes at or before 5:00 p.m., New York City time, on April 9, 2026 (the "
            '"Early Tender Date") will also receive an early tender payment of $30.00 per '
            '$1,000 principal amount of Notes (the "Early Tender Payment" and, together with '
            'the Tender Offer Consideration, the "Total Consideration").',
            "The offer will expire at 11:59 p.m., Eastern Time, on April 23, 2026.",
        ],
    ),
]
NOTE_TERMS = {"tendered": "Notes", "consideration": "Total Consideration"}


def results_of(
    example: Path, offer: Spec, terms: dict[str, str], grant: str = "2026-04-28", **results: object
) -> Amendment:
    """The final amendment (April 27, 2026) of `offer` with `results`, paid or granted on
    `grant`."""
    filing = plain_filing(example, document_title="Offer to Purchase", **terms)
    filing = dataclasses.replace(filing, amendment_date=dt.date(2026, 4, 27))
    series = Series(doc(offer))
    draft_results(series, filing, {"results": {**results, "grant_date": grant}})
    amendment = series.amendment(-1)
    assert amendment is not None
    return amendment


def test_early_and_late_tenders_are_stated_when_one_parenthetical_defines_two_terms(
    example_filing_toml: Path,
) -> None:
    amendment = results_of(
        example_filing_toml, NOTES, NOTE_TERMS, tendered=41250000, accepted=41250000
    )
    text = results_statement(amendment)
    assert "at or before the Early Tender Date" in text, text
    assert "after the Early Tender Date" in text and "Early Tender Payment" in text, text


def test_a_price_given_is_not_stated_as_a_consideration_that_early_tenders_are_paid_more(
    example_filing_toml: Path,
) -> None:
    amendment = results_of(
        example_filing_toml,
        NOTES,
        NOTE_TERMS,
        tendered=41250000,
        accepted=41250000,
        price="$1,000.00",
    )
    text = results_statement(amendment)
    assert "Total Consideration of $1,000.00" not in text, text
    assert "at or before the Early Tender Date" in text, text
    said = [f.message for f in check_results_counts(amendment) if "results.price" in f.message]
    assert len(said) == 1 and "Early Tender Payment" in said[0], said


def test_a_defined_price_that_includes_accrued_dividends_keeps_them_beside_its_figure(
    example_filing_toml: Path,
) -> None:
    amendment = results_of(
        example_filing_toml, UP_TO, PREFERRED, tendered=2400000, accepted=1500000, price="$24.00"
    )
    text = results_statement(amendment)
    assert (
        "the Purchase Price of $24.00 per Preferred Share, plus accrued and unpaid dividends,"
        in text
    ), text


def test_the_holders_results_notice_gives_the_price_and_the_proration_factor(
    example_filing_toml: Path,
) -> None:
    amendment = results_of(
        example_filing_toml, UP_TO, PREFERRED, tendered=2400000, accepted=1500000, price="$24.00"
    )
    blocks = notice_blocks(amendment)
    exact = next((i for i, b in enumerate(blocks) if "exact" in b.text), len(blocks))
    text = " ".join(b.text for b in blocks[:exact] if b.role is not Role.MEMO)
    assert "62.5%" in text, text
    assert "$24.00 per Preferred Share, plus accrued and unpaid dividends" in text, text


def test_the_payment_date_is_never_read_as_the_date_of_acceptance(
    example_filing_toml: Path,
) -> None:
    """ "… for the Preferred Shares accepted for purchase on April 28" reads as the day they
    were accepted: the date goes with the payment, and the notice says what was accepted
    as done and what is paid as still to come."""
    amendment = results_of(
        example_filing_toml, UP_TO, PREFERRED, tendered=2400000, accepted=1500000, price="$24.00"
    )
    text = results_statement(amendment)
    assert (
        "will pay, on April 28, 2026, the Purchase Price of $24.00 per Preferred Share, plus "
        "accrued and unpaid dividends, for the Preferred Shares accepted for purchase." in text
    ), text
    blocks = notice_blocks(amendment)
    exact = next((i for i, b in enumerate(blocks) if "exact" in b.text), len(blocks))
    notice = " ".join(b.text for b in blocks[:exact] if b.role is not Role.MEMO)
    assert "On April 28, 2026, we will pay $24.00 per Preferred Share" in notice, notice
    assert "for the Preferred Shares we accepted." in notice, notice
    assert "we accepted the same share of each holder's tender" in notice, notice
    assert "we bought" not in notice, notice


def test_accrued_interest_said_last_ends_the_sentence_on_its_stop(
    example_filing_toml: Path,
) -> None:
    """Cash paid for notes "plus accrued and unpaid interest" on top of the price: the words
    close the sentence, with no stray comma before its full stop, in Item 4 and the notice."""
    for past in ("2026-04-28", "2026-04-24"):
        amendment = results_of(
            example_filing_toml, NOTES, NOTE_TERMS, past, tendered=41250000, accepted=41250000
        )
        text = results_statement(amendment)
        assert "accepted for purchase, plus accrued and unpaid interest." in text, text
        notice = " ".join(b.text for b in notice_blocks(amendment))
        for said in (text, notice):
            assert not re.search(r",\s*[.;:]", said), said
