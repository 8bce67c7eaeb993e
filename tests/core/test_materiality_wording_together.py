"""Several wording-only edits made in one item — a legal word put in everyday words
("pursuant to" → "under", as the plain-English check asks), a word of one meaning for another
("prior to" → "before"), typography ("e-mail" → "email") and a cross-reference pointed
elsewhere — are clarifying together, as each is alone: the item, not any one edit, must not
make them material or a change in the consideration."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from amendtool.core.materiality import propose
from tests.support.materiality import drafted_one

GRANT = (
    "Pursuant to the 2019 Stock Plan, the exercise price of each New Option will be the "
    "closing price of our common stock on the grant date. See Section 7."
)
NOTICE = "You must deliver the notice by e-mail prior to the expiration date."

# (heading, the sentence, its edits, one at a time)
CASES = [
    ("8. Source and Amount of Consideration; Terms of New Options", GRANT,
     [("Pursuant to", "Under"), ("Section 7", "Section 9")]),
    ("3. Procedures for Tendering", NOTICE, [("e-mail", "email"), ("prior to", "before")]),
    ("8. Source and Amount of Consideration; Terms of New Options", GRANT,
     [("Pursuant to", "In accordance with"), ("closing price", "closing price")]),
    ("14. Extension of Offer; Termination; Amendment",
     "We may terminate the offer prior to the expiration date, as set forth in Section 7.",
     [("terminate", "end"), ("prior to", "before"), ("set forth", "described")]),
    ("1. Eligibility",
     "You remain eligible subsequent to your return if you return prior to the expiration date.",
     [("subsequent to", "after"), ("prior to", "before")]),
]  # fmt: skip


def _edited(text: str, edits: list[tuple[str, str]]) -> str:
    for old, new in edits:
        text = text.replace(old, new)
    return text


@pytest.mark.parametrize(("heading", "text", "edits"), CASES)
def test_wording_only_edits_together_stay_clarifying(
    heading: str, text: str, edits: list[tuple[str, str]]
) -> None:
    for one in edits:  # each alone is clarifying
        item = drafted_one(heading, [text], [_edited(text, [one])]) if one[0] != one[1] else None
        if item is not None:
            assert propose(item).materiality is Materiality.CLARIFYING, (one, propose(item).reason)
    item = drafted_one(heading, [text], [_edited(text, edits)])
    proposal = propose(item)
    assert proposal.materiality is Materiality.CLARIFYING, proposal.reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Pursuant to the 2019 Stock Plan, the exercise price is $5.00.",
         "Under the 2019 Stock Plan, the exercise price is $6.00."),
        ("You must deliver the notice by e-mail prior to the expiration date.",
         "You may deliver the notice by email before the expiration date."),
        ("We may terminate the offer prior to the expiration date.",
         "We may not terminate the offer before the expiration date."),
    ],
)  # fmt: skip
def test_a_change_of_substance_beside_them_is_still_read(old: str, new: str) -> None:
    item = drafted_one("8. Terms of New Options", [old], [new])
    assert propose(item).materiality is not Materiality.CLARIFYING, propose(item).reason
