"""The amendment's explanation says its changes only clarify in many ways ("clarify the offer
and do not alter the terms", "None of these changes is material"); each, over an item that does
more, is warned of. One that says the changes do more than clarify ("are not intended solely to
clarify; they change the conditions") makes no such claim, and is never warned of."""

from __future__ import annotations

import dataclasses

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from tests.core.test_timing_checks import filing, findings, offer  # noqa: F401
from tests.support.builders import doc

CLAIMS = [
    "These amendments clarify the offer and do not alter the terms of the Option Exchange.",
    "None of these changes is material.",
    "None of the amendments is material.",
    "The changes do not alter the terms of the offer.",
    "We made these changes to clarify the offer.",
    "These amendments only clarify our disclosure.",
    "These changes are technical and non-substantive.",
    "The amendments are for clarification purposes only.",
    "These changes are clarifications and do not affect your rights.",
    "These amendments do not change the terms of the offer.",
    "These amendments make no substantive changes to the Offer to Exchange.",
    "The amendments correct typographical errors only.",
    "None of these changes affects the terms of the offer or your rights under it.",
    "These amendments do not change the offer's terms.",
    "These amendments do not change the offer’s terms.",
    "The terms of the offer remain unchanged.",
    "These changes are immaterial.",
    "No term of the offer is changed by these amendments.",
    "The amendments are not substantive.",
    "These revisions fix typos and do not modify any of the terms.",
]
NOT_CLAIMS = [
    "These amendments are not intended solely to clarify; they change the conditions.",
    "These amendments do more than clarify: they change the conditions of the offer.",
    "These amendments change the conditions of the offer.",
    "The changes are not merely clarifying; the conditions of the offer change.",
    "We have made certain clarifying changes to the Offer to Exchange.",
    "We have also made some clarifying changes.",
    "Except as set forth in this Amendment, the terms of the offer remain unchanged.",
    "All other terms of the offer remain unchanged.",
    "These amendments lower the threshold and correct typographical errors.",
]


def _warned(filing: FilingDetails, explanation: str) -> int:  # noqa: F811
    said = dataclasses.replace(filing, notice_explanation=explanation, notice_style="plain")
    revised = [*offer()[:2], ("7. Conditions of the Offer", ["We may assert them until then."])]
    return len(findings(draft_amendment(doc(offer()), doc(revised), said), "explanation"))


@pytest.mark.parametrize("explanation", CLAIMS)
def test_every_way_of_saying_only_clarify_is_warned_of(
    filing: FilingDetails,  # noqa: F811
    explanation: str,
) -> None:
    assert _warned(filing, explanation) == 1


@pytest.mark.parametrize("explanation", NOT_CLAIMS)
def test_saying_the_changes_do_more_than_clarify_is_no_claim(
    filing: FilingDetails,  # noqa: F811
    explanation: str,
) -> None:
    assert _warned(filing, explanation) == 0
