"""Words that only clarify, changed in the paragraph that also changes a figure ("The offer
covers" → "This offer covers" beside 2,400,000 → 2,600,000; "us" → "Corvella" beside a
share count), are never told as a correction that "does not change your rights" when the
figure makes the change material or consideration: counsel explains it, as for words that
change a right beside a figure. Corrections that are all the amendment changes are "We
corrected", never "We also corrected"."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.items import Materiality
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.materiality import NAMED_COVER as COVER
from tests.support.materiality import amended
from tests.support.plain import plain_filing

COVERS = "The offer covers 2,400,000 shares of our common stock."
HOLDERS = (
    "Employees of us and our subsidiaries who hold Eligible Options may participate. "
    "Approximately 4,100,000 shares are subject to Eligible Options."
)


@pytest.mark.parametrize(
    ("heading", "old", "new", "figure"),
    [
        pytest.param(
            "1. Number of Shares.",
            COVERS,
            COVERS.replace("The offer", "This offer").replace("2,400,000", "2,600,000"),
            "2,600,000",
            id="the-this",
        ),
        pytest.param(
            "1. Eligibility.",
            HOLDERS,
            HOLDERS.replace("of us", "of Corvella").replace("4,100,000", "4,300,000"),
            "4,300,000",
            id="us-corvella",
        ),
    ],
)
def test_clarifying_words_beside_a_changed_term_leave_counsel_the_placeholder(
    example_filing_toml: Path, heading: str, old: str, new: str, figure: str
) -> None:
    amendment = amended(plain_filing(example_filing_toml), heading, [old], [new], COVER)
    [item] = amendment.change_items
    assert item.materiality is not Materiality.CLARIFYING  # the figure is a term of the offer
    [paragraph] = plain_paragraphs(amendment)
    assert f"is now {figure}" in paragraph.text, paragraph.text
    assert "[Explain" in paragraph.text, paragraph.text
    assert "rights" not in paragraph.text, paragraph.text


def test_a_changed_right_beside_a_figure_still_leaves_the_placeholder(
    example_filing_toml: Path,
) -> None:
    new = COVERS.replace("The offer covers", "The offer may cover").replace(
        "2,400,000", "2,600,000"
    )
    amendment = amended(
        plain_filing(example_filing_toml), "1. Number of Shares.", [COVERS], [new], COVER
    )
    [paragraph] = plain_paragraphs(amendment)
    assert "[Explain" in paragraph.text, paragraph.text
    assert "We also corrected wording here." not in paragraph.text, paragraph.text


def test_corrections_alone_are_not_said_as_also(example_filing_toml: Path) -> None:
    old = "Eligible employees may elect to exchange options by e-mail."
    amendment = amended(
        plain_filing(example_filing_toml),
        "4. Procedures.",
        [old],
        [old.replace("e-mail", "email")],
        COVER,
    )
    [paragraph] = plain_paragraphs(amendment)
    assert paragraph.text.startswith("We corrected wording and typography"), paragraph.text
