"""A change the rules propose as clarifying changes no right, amount or date, so the plain
notice says so in its own sentence and leaves counsel nothing to explain: an article or a
determiner swapped ("The" → "This"), a term restated in the present tense ("will not be
deemed" → "is not deemed"), the company called by a name its cover defines ("us" →
"Corvella"), a disclaimer taken out."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.items import Materiality
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.materiality import ELIGIBLE, amended
from tests.support.materiality import NAMED_COVER as COVER
from tests.support.plain import plain_filing

ACCEPTED = (
    "The Company will not be deemed to have accepted options for exchange unless and until "
    "it gives written notice to the depositary."
)
TAX = "You should not recognize income on the exchange of options."
DISCLAIMER = "This summary is provided for general information purposes only."


def drafted(example_filing_toml: Path, heading: str, old: str, new: str) -> Amendment:
    return amended(plain_filing(example_filing_toml), heading, [old], [new], COVER)


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        pytest.param(
            "3. Acceptance of Options.",
            ACCEPTED,
            ACCEPTED.replace("The Company", "This Company"),
            id="the-this",
        ),
        pytest.param(
            "3. Acceptance of Options.",
            ACCEPTED,
            ACCEPTED.replace("The Company will not be", "This Company is not"),
            id="the-this-in-the-present-tense",
        ),
        pytest.param(
            "1. Terms of the Offer.",
            "The exercise price of each New Option will be the closing price on the grant date.",
            "The exercise price of each New Option is the closing price on the grant date.",
            id="a-term-in-the-present-tense",
        ),
        pytest.param(
            "1. Eligibility.",
            ELIGIBLE,
            ELIGIBLE.replace("employed by us", "employed by Corvella"),
            id="us-corvella",
        ),
        pytest.param(
            "13. Material Federal Income Tax Consequences",
            f"{TAX} {DISCLAIMER}",
            TAX,
            id="a-disclaimer-taken-out",
        ),
    ],
)
def test_a_clarifying_change_gets_a_plain_sentence_not_a_placeholder(
    example_filing_toml: Path, heading: str, old: str, new: str
) -> None:
    amendment = drafted(example_filing_toml, heading, old, new)
    [item] = amendment.items
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    [paragraph] = plain_paragraphs(amendment)
    assert "[" not in paragraph.text, paragraph.text
    assert "not change your rights" in paragraph.text, paragraph.text


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(ACCEPTED, ACCEPTED.replace("will not be", "may not be"), id="will-may"),
        pytest.param(ACCEPTED, ACCEPTED.replace("will not be", "will be"), id="not-taken-out"),
    ],
)
def test_a_changed_right_in_the_same_sentence_is_still_material(
    example_filing_toml: Path, old: str, new: str
) -> None:
    amendment = drafted(example_filing_toml, "3. Acceptance of Options.", old, new)
    [item] = amendment.items
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    [paragraph] = plain_paragraphs(amendment)
    assert "[Explain" in paragraph.text
