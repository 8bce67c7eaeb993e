"""A section's title says where a sentence is printed, not what it states: a descriptive
sentence printed under "Eligibility" (the company's history, where its employees work) that
is reworded states no term of the offer, and no term changed; a sentence under the same title
that says who is eligible, or on what condition, is still read as the offer's terms."""

from __future__ import annotations

import pytest

from amendtool.core.materiality import propose
from tests.core.test_materiality import drafted

TITLES = ["1. Eligibility.", "Eligibility", "3. Number of New Options; Exchange Ratio."]


@pytest.mark.parametrize("heading", TITLES)
@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            "Our employees work in many countries.",
            "Our employees work in many countries around the world.",
            id="where-employees-work",
        ),
        pytest.param(
            "The 2015 Plan was adopted by our board in 2015 and approved by our stockholders.",
            "The 2015 Plan was adopted by our board of directors in 2015 and was approved by "
            "our stockholders at the annual meeting.",
            id="plan-history",
        ),
    ],
)
def test_a_descriptive_sentence_is_not_classed_by_its_title(
    heading: str, old: str, new: str
) -> None:
    kept = "Options granted under the 2015 Plan are eligible options."
    item = drafted(heading, [f"{kept} {old}"], [f"{kept} {new}"])[0]
    proposal = propose(item)
    assert proposal.materiality.value == "clarifying", proposal.reason
    assert "eligib" not in proposal.reason.lower()


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "You must be employed by us on the expiration date.",
            "You must be employed by us or one of our subsidiaries on the expiration date.",
            "consideration",
            id="who-must-be-employed",
        ),
        pytest.param(
            "Options granted under the 2015 Plan are eligible.",
            "Options granted under the 2015 Plan or the 2020 Plan are eligible.",
            "consideration",
            id="which-options-are-eligible",
        ),
        pytest.param(
            "Our employees work in many countries.",
            "Only our employees who work in the United States may participate.",
            "consideration",
            id="a-descriptive-sentence-made-a-term",
        ),
    ],
)
def test_a_sentence_stating_a_term_is_still_read_under_its_title(
    old: str, new: str, expected: str
) -> None:
    item = drafted("1. Eligibility.", [old], [new])[0]
    assert propose(item).materiality.value == expected, propose(item).reason


def test_a_title_of_a_material_subject_still_reads_its_sentences_as_material() -> None:
    """Risk factors and tax consequences are material subjects whatever the sentence says:
    only a title of the offer's terms gives way to a descriptive sentence's own words."""
    old = "Our stock price is volatile."
    item = drafted("Risk Factors", [old], ["Our stock price has been highly volatile."])[0]
    assert propose(item).materiality.value == "material", propose(item).reason
