"""The plain notice's opening answers follow each item's class, counsel's where counsel chose
one: a change counsel classes clarifying is not told to employees as new terms. When the
amendment's explanation says its changes only clarify but an item still changes the terms,
the check names the contradiction, asking counsel only for what is not yet decided."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.findings import WARNING
from amendtool.core.items import Materiality
from amendtool.core.timing_checks import timing_findings
from tests.core.test_plain_opening import OFFER, answers, revised
from tests.core.test_plain_opening import filing as plain_filing
from tests.support.builders import doc

filing = plain_filing
SWAP = ("$20.00 or more", "$17.50 or more")
SOLELY = "The changes are intended solely to clarify the offer."


def _amendment(filing: FilingDetails, explanation: str = "") -> Amendment:
    details = dataclasses.replace(filing, notice_explanation=explanation)
    return draft_amendment(doc(OFFER), doc(revised(SWAP)), details)


def _flagged(amendment: Amendment) -> list[str]:
    return [f.message for f in timing_findings(amendment) if f.code == "notice_answers"]


def _warned(amendment: Amendment) -> list[str]:
    return [
        f.message
        for f in timing_findings(amendment)
        if f.code == "notice_answers" and f.severity == WARNING
    ]


@pytest.mark.parametrize(
    "swap", [SWAP, ("one New Option for every two", "one New Option for every three")]
)
def test_counsels_clarifying_class_reaches_the_answers(
    filing: FilingDetails, swap: tuple[str, str]
) -> None:
    amendment = draft_amendment(doc(OFFER), doc(revised(swap)), filing)
    assert "changed the terms" in answers(amendment)["Do you need to do anything?"]
    for item in amendment.change_items:
        item.choose_materiality(Materiality.CLARIFYING)
    said = answers(amendment)
    assert "changed the terms" not in said["Do you need to do anything?"]
    assert "review your election" not in said["Do you need to do anything?"]
    assert "on the terms as changed" not in said["Is your earlier election still valid?"]
    assert not _warned(amendment)


def test_a_wider_eligibility_classed_clarifying_still_tells_the_newly_eligible(
    filing: FilingDetails,
) -> None:
    """$20.00 to $17.50 makes more options eligible: with counsel's clarifying class the
    answers do not say the terms changed, but still tell the newly eligible to act."""
    amendment = _amendment(filing)
    for item in amendment.change_items:
        item.choose_materiality(Materiality.CLARIFYING)
    said = answers(amendment)
    action = said["Do you need to do anything?"]
    assert "changed the terms" not in action and "review your election" not in action
    assert "newly eligible" in action
    election = said["Is your earlier election still valid?"]
    assert "on the terms as changed" not in election and "newly eligible" in election
    assert not _warned(amendment)


def test_an_explanation_that_says_the_changes_only_clarify_is_flagged(
    filing: FilingDetails,
) -> None:
    amendment = _amendment(filing, SOLELY)
    (message,) = _flagged(amendment)
    assert "solely to clarify" in message
    assert "changed the terms of the offer" in message
    assert "classify the item" in message


def test_counsels_consideration_class_asks_only_for_the_explanation(
    filing: FilingDetails,
) -> None:
    amendment = _amendment(filing, SOLELY)
    for item in amendment.change_items:
        item.choose_materiality(Materiality.CONSIDERATION)
    (message,) = _flagged(amendment)
    assert "counsel classes it consideration" in message
    assert "classify the item" not in message


def test_counsel_and_explanation_agreeing_on_clarifying_give_no_warning(
    filing: FilingDetails,
) -> None:
    """Every item classed clarifying by counsel, with its own paragraph, and an explanation
    that says the changes only clarify: the notice says nothing is to be done, and nothing
    is asked of counsel."""
    amendment = _amendment(filing, SOLELY)
    for item in amendment.change_items:
        item.choose_materiality(Materiality.CLARIFYING)
        item.set_plain_summary("We corrected the wording. Nothing else changes.")
    said = answers(amendment)
    assert "changed the terms" not in said["Do you need to do anything?"]
    assert "on the terms as changed" not in said["Is your earlier election still valid?"]
    assert not _warned(amendment)


def test_a_change_of_words_only_is_not_flagged(filing: FilingDetails, tmp_path: Path) -> None:
    swap = ("without charge", "free of charge")
    details = dataclasses.replace(filing, notice_explanation=SOLELY)
    amendment = draft_amendment(doc(OFFER), doc(revised(swap)), details)
    assert not _flagged(amendment)


def test_a_change_under_an_explanation_that_only_clarifies_is_flagged_once(
    filing: FilingDetails,
) -> None:
    """The explanation's claim and the notice's answer are one contradiction: one warning
    for the item, naming both, not two near-identical ones."""
    amendment = _amendment(filing, SOLELY)
    said = [f for f in timing_findings(amendment) if "solely to clarify" in f.message]
    by_item = [f.item for f in said]
    assert by_item and len(by_item) == len(set(by_item)), [f.message for f in said]
    assert all("changed the terms of the offer" in f.message for f in said)


def test_the_check_speaks_of_the_notices_own_readers(filing: FilingDetails) -> None:
    offers = (
        ("Offer to Exchange", "Eligible Employees", "employees"),
        ("Offer to Purchase", "Holders of Preferred Units", "holders"),
    )
    for title, to, readers in offers:
        details = dataclasses.replace(filing, document_title=title, notice_to=to)
        (message,) = _flagged(_amendment(details, SOLELY))
        assert f"the notice tells {readers} " in message, message
        assert "employee notice" not in message or readers == "employees"
