"""A change that takes awards out of the offer (a raised price threshold, an earlier grant
cut-off) does not tell every employee that an earlier election still counts: it says the
election counts only for what is still eligible, and that what is no longer eligible is
not accepted."""

from __future__ import annotations

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from tests.core.test_plain_opening import OFFER, answers, revised
from tests.core.test_plain_opening import filing as plain_filing
from tests.support.builders import doc

filing = plain_filing

CUT_OFF = "Options granted before January 1, 2025 are eligible."
DATED = [*OFFER, ("3. Grant Dates", [CUT_OFF])]

NARROWING = {
    "higher minimum price": (OFFER, ("$20.00 or more", "$22.50 or more")),
    "earlier cut-off date": (DATED, ("before January 1, 2025", "before July 1, 2024")),
}
WIDENING = {
    "lower minimum price": (OFFER, ("$20.00 or more", "$17.50 or more")),
    "later cut-off date": (DATED, ("before January 1, 2025", "before July 1, 2025")),
}


def _answers(filing: FilingDetails, offer, swap) -> dict[str, str]:  # type: ignore[no-untyped-def]
    new = [(h, [p.replace(*swap) for p in ps]) for h, ps in offer]
    return answers(draft_amendment(doc(offer), doc(new), filing))


@pytest.mark.parametrize("case", sorted(NARROWING))
def test_a_narrowed_eligibility_says_which_elections_no_longer_count(
    filing: FilingDetails, case: str
) -> None:
    said = _answers(filing, *NARROWING[case])
    election = said["Is your earlier election still valid?"]
    assert "it still counts, on the terms as changed" not in election, election
    assert "no longer eligible" in election
    assert "no longer be eligible" in said["Do you need to do anything?"]


@pytest.mark.parametrize("case", sorted(WIDENING))
def test_a_widened_eligibility_keeps_every_election(filing: FilingDetails, case: str) -> None:
    said = _answers(filing, *WIDENING[case])
    election = said["Is your earlier election still valid?"]
    assert "no longer eligible" not in election
    assert "it still counts" in election


def test_a_new_ratio_keeps_every_election(filing: FilingDetails) -> None:
    swap = ("one New Option for every two", "one New Option for every three")
    amendment = draft_amendment(doc(OFFER), doc(revised(swap)), filing)
    election = answers(amendment)["Is your earlier election still valid?"]
    assert "no longer eligible" not in election


# a paragraph put in that keeps some out ("… in Canada are not eligible"), or one taken out
# that let them in, narrows as surely as a raised threshold: no "your election still counts"
# said to every employee
CANADA = "Options held by employees resident in Canada are not eligible."
PUT_IN = {
    "paragraph put in": (OFFER, [*OFFER, ("4. Canada", ["Who is not eligible?", CANADA])]),
    "sentence put in": (
        OFFER,
        [(h, [*ps, CANADA] if h.startswith("1.") else ps) for h, ps in OFFER],
    ),
}


@pytest.mark.parametrize("case", sorted(PUT_IN))
def test_a_paragraph_that_keeps_some_out_says_which_elections_no_longer_count(
    filing: FilingDetails, case: str
) -> None:
    old, new = PUT_IN[case]
    said = answers(draft_amendment(doc(old), doc(new), filing))
    election = said["Is your earlier election still valid?"]
    assert not election.startswith("Yes"), election
    assert "no longer eligible" in election, election


def test_a_paragraph_that_kept_some_out_taken_out_keeps_every_election(
    filing: FilingDetails,
) -> None:
    old, new = PUT_IN["paragraph put in"]
    said = answers(draft_amendment(doc(new), doc(old), filing))
    assert "no longer eligible" not in said["Is your earlier election still valid?"]


def test_a_sentence_that_keeps_some_out_moved_says_nothing(filing: FilingDetails) -> None:
    """Taken out of one section and put in another, the sentence keeps out whom it did."""
    _, with_canada = PUT_IN["paragraph put in"]
    moved = [
        *OFFER[:-1],
        ("4. Canada", ["Who is not eligible?"]),
        (OFFER[-1][0], [*OFFER[-1][1], CANADA]),
    ]
    said = answers(draft_amendment(doc(with_canada), doc(moved), filing))
    election = said["Is your earlier election still valid?"]
    assert "no longer eligible" not in election and "newly eligible" not in election, election


def test_a_sentence_still_stated_elsewhere_says_nothing(filing: FilingDetails) -> None:
    """A paragraph rewritten whole that held the sentence, which another section still states:
    no one is let in."""
    twice = [*OFFER, ("4. Canada", [CANADA]), ("5. Others", [f"Others apply. {CANADA}"])]
    rewritten = [*OFFER, ("4. Canada", [CANADA]), ("5. Others", ["This paragraph is rewritten."])]
    said = answers(draft_amendment(doc(twice), doc(rewritten), filing))
    assert "newly eligible" not in said["Is your earlier election still valid?"]
