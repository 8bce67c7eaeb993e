"""The plain notice's opening answers follow what a change does (a lowered threshold asks
newly eligible holders to act). When counsel classes such a change clarifying, or the
amendment's explanation says its changes only clarify, the notice would tell employees the
terms changed right after saying they did not: the check names the contradiction."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails
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


def test_counsel_classing_a_change_of_terms_clarifying_is_flagged(filing: FilingDetails) -> None:
    amendment = _amendment(filing)
    assert not _flagged(amendment)
    for item in amendment.change_items:
        item.choose_materiality(Materiality.CLARIFYING)
    action = answers(amendment)["Do you need to do anything?"]
    assert "changed the terms" in action
    (message,) = _flagged(amendment)
    assert message.startswith("item A:"), message
    assert "classified clarifying by counsel" in message
    assert "changed the terms of the offer" in message
    assert "$20.00 to $17.50" in message


@pytest.mark.parametrize("counsel", [False, True])
def test_an_explanation_that_says_the_changes_only_clarify_is_flagged(
    filing: FilingDetails, counsel: bool
) -> None:
    amendment = _amendment(filing, SOLELY)
    if counsel:
        for item in amendment.change_items:
            item.choose_materiality(Materiality.CLARIFYING)
    (message,) = _flagged(amendment)
    assert "solely to clarify" in message
    assert "changed the terms of the offer" in message


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
