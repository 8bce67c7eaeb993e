"""A changed sentence's own words decide its class, not its section's title alone: a sentence
that says who may take part, or states a right or an obligation, is never proposed
clarifying because it was printed under "Additional Information" or "Miscellaneous"."""

from __future__ import annotations

import pytest

from amendtool.core.materiality import propose
from tests.core.test_materiality import drafted

C, M, K = "clarifying", "material", "consideration"
ADDITIONAL = "12. Additional Information."
MISC = "13. Forward-Looking Statements; Miscellaneous."
ELIGIBILITY = "1. Eligibility; Number of Options; Expiration Date."
REPORTS = "You may read our reports on the SEC's website at www.sec.gov."
FORWARD = (
    "This Offer to Exchange contains forward-looking statements. Actual results may differ "
    "materially from those we expect."
)
WHO = (
    "Employees who reside in the United States and who remain employed through the date we "
    "cancel the tendered options may participate."
)
BOARD = "Members of our board of directors may not participate."


@pytest.mark.parametrize(
    ("heading", "old", "added", "expected", "words"),
    [
        pytest.param(
            ADDITIONAL,
            REPORTS,
            "Employees who reside outside the United States may not participate in the offer.",
            K,
            "may not participate",
            id="who-may-participate-in-additional-information",
        ),
        pytest.param(
            MISC,
            FORWARD,
            "Once you deliver an Election Form, your election is irrevocable.",
            M,
            "irrevocable",
            id="irrevocable-in-miscellaneous",
        ),
        pytest.param(
            MISC,
            FORWARD,
            "We may terminate the offer at any time.",
            M,
            "terminate",
            id="terminate-in-miscellaneous",
        ),
        pytest.param(
            MISC,
            FORWARD,
            "We may amend or terminate the offer at any time without notice to you.",
            M,
            "terminate",
            id="amend-or-terminate-in-miscellaneous",
        ),
    ],
)
def test_an_operative_sentence_in_general_disclosure_is_not_clarifying(
    heading: str, old: str, added: str, expected: str, words: str
) -> None:
    item = drafted(heading, [old], [f"{old} {added}"])[0]
    proposal = propose(item)
    assert proposal.materiality.value == expected, proposal.reason
    assert words in proposal.reason


@pytest.mark.parametrize(
    "added",
    [
        "Actual results may not match our expectations.",
        "We undertake no obligation to update these statements.",
        "You may also obtain copies of our reports free of charge.",
    ],
)
def test_general_disclosure_that_changes_no_right_stays_clarifying(added: str) -> None:
    item = drafted(MISC, [FORWARD], [f"{FORWARD} {added}"])[0]
    assert propose(item).materiality.value == C


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param([f"{WHO} {BOARD}"], [WHO], id="sentence-taken-out"),
        pytest.param(
            [f"{WHO} {BOARD}"],
            [f"{WHO} {BOARD} Employees on a leave of absence may not participate."],
            id="sentence-added",
        ),
    ],
)
def test_a_whole_sentence_on_who_may_participate_changes_the_securities_sought(
    old: list[str], new: list[str]
) -> None:
    item = drafted(ELIGIBILITY, old, new)[0]
    proposal = propose(item)
    assert proposal.materiality.value == K, proposal.reason
    assert "eligible" in proposal.reason
