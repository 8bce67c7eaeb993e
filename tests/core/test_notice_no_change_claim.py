"""The plain notice never contradicts itself on whether the terms changed. Counsel may class a
lowered threshold or a new ratio clarifying (the class governs the timing), but when a plain
paragraph tells employees the change affects which options are eligible or what they
receive, the opening does not also say the changes "do not change the terms": the sentence
of counsel's explanation that says so is left out of the plain notice, and a check warning
names both sentences so counsel can reword the explanation."""

from __future__ import annotations

import dataclasses

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.explanation_claims import sentence_claim
from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.findings import WARNING
from amendtool.core.items import Materiality
from amendtool.core.layout import Role
from amendtool.core.materiality_rules import house_rules
from amendtool.core.segment import sentences
from amendtool.core.timing_checks import timing_findings
from tests.core.test_plain_opening import OFFER, revised
from tests.core.test_plain_opening import filing as plain_filing
from tests.support.builders import doc

filing = plain_filing
CLAIMS = [
    "These amendments are intended solely to clarify the Offer to Exchange and do not change "
    "the terms of the offer.",
    "The terms of the offer remain unchanged.",
    "None of these changes affects the terms of the offer.",
]
SWAPS = {
    "threshold": (("$20.00 or more", "$17.50 or more"), "More of your options may now be"),
    "ratio": (("for every two", "for every three"), "You will now receive one New Option"),
}


def _clarifying(filing: FilingDetails, swap: tuple[str, str], explanation: str) -> Amendment:
    details = dataclasses.replace(filing, notice_explanation=explanation)
    amendment = draft_amendment(doc(OFFER), doc(revised(swap)), details)
    for item in amendment.change_items:
        item.choose_materiality(Materiality.CLARIFYING)
    return amendment


def _plain_text(amendment: Amendment) -> list[str]:
    """The notice's own sentences, before the changes quoted as filed."""
    blocks = notice_blocks(amendment)
    end = next(i for i, b in enumerate(blocks) if b.role is Role.HEADING and "exact" in b.text)
    return [s for b in blocks[:end] if b.role is Role.TEXT for s in sentences(b.text)]


def _contradicted(amendment: Amendment) -> list[str]:
    return [
        f.message
        for f in timing_findings(amendment)
        if f.code == "explanation_contradicted" and f.severity == WARNING
    ]


@pytest.mark.parametrize("claim", CLAIMS)
@pytest.mark.parametrize("kind", SWAPS)
def test_the_opening_does_not_say_the_terms_are_unchanged_over_an_effect(
    filing: FilingDetails, kind: str, claim: str
) -> None:
    swap, effect = SWAPS[kind]
    amendment = _clarifying(filing, swap, claim)
    said = _plain_text(amendment)
    assert any(effect in s for s in said), said
    rules = house_rules()
    assert [s for s in said if sentence_claim(s, rules)] == []
    (message,) = _contradicted(amendment)
    assert claim in message and effect in message  # both sentences named
    assert "(notice.explanation)" in message


def test_the_rest_of_counsels_explanation_stays(filing: FilingDetails) -> None:
    kept = "We made these changes after comments from the SEC staff."
    swap, _ = SWAPS["threshold"]
    amendment = _clarifying(filing, swap, f"{kept} {CLAIMS[0]}")
    said = " ".join(_plain_text(amendment))
    assert kept in said and CLAIMS[0] not in said


def test_counsels_own_paragraph_stating_an_effect_contradicts_too(filing: FilingDetails) -> None:
    swap, _ = SWAPS["threshold"]
    amendment = _clarifying(filing, swap, CLAIMS[1])
    own = "We lowered the minimum price to $17.50. You may now be newly eligible."
    for item in amendment.change_items:
        item.set_plain_summary(own)
    assert CLAIMS[1] not in " ".join(_plain_text(amendment))
    (message,) = _contradicted(amendment)
    assert "You may now be newly eligible." in message


def test_an_explanation_agreeing_with_the_paragraphs_stays_unwarned(
    filing: FilingDetails,
) -> None:
    swap, _ = SWAPS["threshold"]
    amendment = _clarifying(filing, swap, CLAIMS[0])
    for item in amendment.change_items:
        item.set_plain_summary("We corrected the wording. Nothing else changes.")
    assert CLAIMS[0] in " ".join(_plain_text(amendment))
    assert _contradicted(amendment) == []
