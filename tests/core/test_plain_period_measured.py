"""A period is named by what its sentence says it measures: "within 30 days after the offer
expires" after "We will pay" is the time within which payment is made, never "the term of the
options" (the offer expiring is the point the period counts from, not what it measures; an
RSU-for-cash offer has no options). Where the sentence names nothing the period measures, the
name is left to counsel; the term of options is said only where the sentence speaks of
options expiring."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.series_amendment import supplements
from tests.support.materiality import amended
from tests.support.plain import plain_filing

PAID = "We will pay the Cash Payment, less withholding, within {} after the offer expires."


@pytest.mark.parametrize(
    "sentence",
    [
        PAID,
        "We will pay for the Eligible RSUs you tender within {} after the offer expires.",
        "Payment will be made within {} after the offer expires.",
    ],
)
def test_a_payment_period_is_named_by_the_payment(sentence: str) -> None:
    (change,) = fact_changes(sentence.format("30 days"), sentence.format("15 days"))[0]
    assert "option" not in change.label, change
    assert (change.label, change.specific) == ("period within which payment is made", True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Directors may not tender for {} after the offer expires.",
        "Eligible RSUs held for {} before the offer expires are eligible.",
    ],
)
def test_a_period_counted_from_the_offer_expiring_is_no_term_of_options(sentence: str) -> None:
    (change,) = fact_changes(sentence.format("30 days"), sentence.format("15 days"))[0]
    assert "term" not in change.label, change


def test_options_expiring_still_name_their_term() -> None:
    old, new = "Options expire ten years after grant.", "Options expire seven years after grant."
    (change,) = fact_changes(old, new)[0]
    assert (change.label, change.specific) == ("term of the options", True)


def test_the_filing_and_the_notice_say_the_payment_period(example_filing_toml: Path) -> None:
    filing = plain_filing(
        example_filing_toml, consideration="Cash Payment", tendered="Eligible RSUs"
    )
    amendment = amended(
        filing,
        "2. Cash Payment",
        [PAID.format("30 days")],
        [PAID.format("15 days")],
        "Northwind, Inc. is offering to buy Eligible RSUs for cash.",
    )
    said = " ".join(p.text for p in plain_paragraphs(amendment))
    said += " ".join(s.text for s in supplements(amendment))
    assert "option" not in said.lower(), said
    assert "period within which payment is made" in said, said


def test_a_wait_before_payment_is_left_to_counsel() -> None:
    """ "at least five days after the expiration date" is no period within which we pay."""
    sentence = (
        "The cash payment will be paid through our payroll system on the first regular payroll "
        "date that is at least {} after the expiration date."
    )
    (change,) = fact_changes(sentence.format("ten days"), sentence.format("five days"))[0]
    assert "within which" not in change.label and "option" not in change.label, change
