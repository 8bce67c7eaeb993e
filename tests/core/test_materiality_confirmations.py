"""Words and sentences that only confirm what the offer already gives are clarifying.

"An option that expires unexercised is cancelled" → "… cancelled without payment": an option
that ended unexercised has nothing to be paid for, so the words say what already happens. A
sentence added that only says where the new securities come from ("granted from shares
reserved under the plan") or that a form of consideration the offer never gives is not paid
("no cash will be paid in the offer") changes nothing a holder receives. The same words on
what is tendered, or denying a form the offer does give, stay material or more."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from tests.support.materiality import drafted_one

C, M, K = Materiality.CLARIFYING, Materiality.MATERIAL, Materiality.CONSIDERATION
TERMS = "2. Terms of New Options"
RSU_COVER = (
    "Acme Widgets, Inc. is offering eligible employees the opportunity to exchange eligible "
    "options for restricted stock units. You will receive one RSU for every two options you "
    "exchange."
)
CASH_COVER = (
    "Acme Widgets, Inc. is offering to exchange eligible options for a cash payment. You will "
    "receive $2.00 in cash for each eligible option you tender."
)
SOURCE = "8. Source and Amount of Consideration"
FUNDING = "If all eligible options are exchanged, we will grant RSUs covering 400,000 shares."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "An option that expires unexercised is cancelled.",
            "An option that expires unexercised is cancelled without payment.",
        ),
        (
            "Unvested RSUs are forfeited when your service ends.",
            "Unvested RSUs are forfeited without any payment when your service ends.",
        ),
        (
            "New options that are not exercised before they lapse will be cancelled.",
            "New options that are not exercised before they lapse will be cancelled without "
            "consideration.",
        ),
        (  # taken out: the sentence still says what happens
            "An option that expires unexercised is cancelled without payment.",
            "An option that expires unexercised is cancelled.",
        ),
    ],
)
def test_words_that_say_what_already_happens_to_an_ended_security_are_clarifying(
    old: str, new: str
) -> None:
    lead = "New options will vest over three years."
    item = drafted_one(TERMS, [f"{lead} {old}"], [f"{lead} {new}"])
    assert item.materiality is C, item.materiality_reason
    assert "already happens" in item.materiality_reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (  # what is tendered is cancelled in exchange: a payment there is the consideration
            "Eligible options you tender will be cancelled.",
            "Eligible options you tender will be cancelled without payment.",
        ),
        (  # more than the words that say so
            "An option that expires unexercised is cancelled.",
            "An option that expires unexercised is cancelled without payment to you or your "
            "estate, unless the committee decides otherwise.",
        ),
    ],
)
def test_the_same_words_on_what_is_tendered_or_with_more_are_not_only_said(
    old: str, new: str
) -> None:
    lead = "New options will vest over three years."
    item = drafted_one(TERMS, [f"{lead} {old}"], [f"{lead} {new}"])
    assert item.materiality is not C, item.materiality_reason


@pytest.mark.parametrize(
    "added",
    [
        "The RSUs will be granted from shares reserved under that plan, and no cash will be "
        "paid in the offer.",
        "No cash will be paid in the offer.",
        "You will not receive any cash for the options you exchange.",
        "The RSUs will be issued from shares reserved for issuance under the plan.",
    ],
)
def test_a_sentence_that_only_confirms_what_holders_receive_is_clarifying(added: str) -> None:
    item = drafted_one(SOURCE, [FUNDING], [f"{FUNDING} {added}"], cover=RSU_COVER)
    assert item.materiality is C, item.materiality_reason
    assert "Confirms" in item.materiality_reason


def test_a_confirming_sentence_taken_out_is_clarifying() -> None:
    added = "No cash will be paid in the offer."
    item = drafted_one(SOURCE, [f"{FUNDING} {added}"], [FUNDING], cover=RSU_COVER)
    assert item.materiality is C, item.materiality_reason


@pytest.mark.parametrize(
    ("cover", "added"),
    [
        (CASH_COVER, "No cash will be paid in the offer."),  # the offer pays cash
        (RSU_COVER, "No cash will be paid in the offer, and you may withdraw at any time."),
        (RSU_COVER, "The RSUs will be granted from 300,000 shares reserved under the plan."),
        (RSU_COVER, "You will also receive a cash payment for the options you exchange."),
        (RSU_COVER, "No cash will be paid unless your employment ends before the grant date."),
    ],
)
def test_a_sentence_that_denies_a_given_form_or_says_more_is_not_only_a_confirmation(
    cover: str, added: str
) -> None:
    item = drafted_one(SOURCE, [FUNDING], [f"{FUNDING} {added}"], cover=cover)
    assert item.materiality is not C, item.materiality_reason
