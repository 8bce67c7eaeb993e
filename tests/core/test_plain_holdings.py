"""The plain notice's answers to holders who may be newly eligible speak of what they hold in
the offer's own everyday word: "more of your options", "RSUs that are newly eligible", never
an option holder's "awards"."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.notice_document import holdings
from tests.core.test_plain_opening import OFFER, answers, revised
from tests.support.builders import doc
from tests.support.plain import plain_filing


@pytest.mark.parametrize(
    ("tendered", "said"),
    [
        ("Eligible Options", "options"),
        ("Eligible RSUs", "RSUs"),
        ("Preferred Shares", "preferred shares"),
        ("Tendered Notes", "notes"),
        ("Eligible Awards", "awards"),
        ("Eligible", "awards"),
    ],
)
def test_what_holders_hold_in_everyday_words(tendered: str, said: str) -> None:
    assert holdings(tendered) == said


@pytest.mark.parametrize(("tendered", "said"), [("Eligible Options", "options"),
                                                 ("Eligible RSUs", "RSUs")])  # fmt: skip
def test_the_newly_eligible_are_told_of_their_own_holdings(
    example_filing_toml: Path, tendered: str, said: str
) -> None:
    filing = dataclasses.replace(plain_filing(example_filing_toml), tendered=tendered)
    swap = ("$20.00 or more", "$17.50 or more")
    amendment = draft_amendment(doc(OFFER), doc(revised(swap)), filing)
    told = answers(amendment)
    action = told["Do you need to do anything?"]
    election = told["Is your earlier election still valid?"]
    assert f"or more of your {said} are" in action, action
    assert f"It does not cover {said} that are newly eligible" in election, election
    assert "awards" not in action + election
