"""A sentence rewritten into a new statement ("You should read it carefully." → "We believe
these statements are reasonable.") is new disclosure, not a correction: the plain notice
never calls it "corrected wording and typography". A change of spelling, punctuation or
typography alone ("e-mail" → "email") still is a correction."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.plain_notice import plain_paragraphs
from tests.support.materiality import NAMED_COVER as COVER
from tests.support.materiality import amended
from tests.support.plain import plain_filing

LEAD = "This document contains forward-looking statements."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("You should read it carefully.", "We believe these statements are reasonable."),
        ("You should read it carefully.", "You should not rely on these statements."),
        (
            "These statements speak only as of today.",
            "These statements reflect our current expectations about future events.",
        ),
    ],
)
def test_a_rewritten_sentence_is_not_called_a_correction(
    example_filing_toml: Path, old: str, new: str
) -> None:
    amendment = amended(
        plain_filing(example_filing_toml),
        "9. Forward-Looking Statements.",
        [f"{LEAD} {old}"],
        [f"{LEAD} {new}"],
        COVER,
    )
    [paragraph] = plain_paragraphs(amendment)
    assert "corrected" not in paragraph.text.lower(), paragraph.text
    assert "These corrections" not in paragraph.heading + paragraph.text, paragraph.text
    assert "statements" in paragraph.text, paragraph.text  # says what it now says


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("You may reply by e-mail.", "You may reply by email."),
        ("You may reply by email , or by fax.", "You may reply by email, or by fax."),
    ],
)
def test_typography_alone_is_still_a_correction(
    example_filing_toml: Path, old: str, new: str
) -> None:
    amendment = amended(
        plain_filing(example_filing_toml),
        "9. Forward-Looking Statements.",
        [f"{LEAD} {old}"],
        [f"{LEAD} {new}"],
        COVER,
    )
    [paragraph] = plain_paragraphs(amendment)
    assert paragraph.text.startswith("We corrected wording and typography"), paragraph.text


COMPANY = "8. Information Concerning Corvella Systems, Inc."


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        (COMPANY, "We sell to resellers.", "We sell to hospitals, clinics and laboratories."),
        (
            COMPANY,
            "Our offices are in Ohio.",
            "Our offices are in Columbus, Ohio and Austin, Texas.",
        ),
        (
            "9. Forward-Looking Statements.",
            "These statements are estimates.",
            "These statements are our best estimates as of today.",
        ),
    ],
)
def test_one_word_replaced_by_many_is_not_called_a_correction(
    example_filing_toml: Path, heading: str, old: str, new: str
) -> None:
    amendment = amended(
        plain_filing(example_filing_toml), heading, [f"{LEAD} {old}"], [f"{LEAD} {new}"], COVER
    )
    [paragraph] = plain_paragraphs(amendment)
    assert "corrected" not in paragraph.text.lower(), paragraph.text
    assert new.split()[-1].rstrip(".") in paragraph.text, paragraph.text  # says what it says now


def test_an_abbreviation_spelled_out_is_still_a_correction(example_filing_toml: Path) -> None:
    amendment = amended(
        plain_filing(example_filing_toml),
        "9. Forward-Looking Statements.",
        [f"{LEAD} Our shares trade on the NYSE."],
        [f"{LEAD} Our shares trade on the New York Stock Exchange."],
        COVER,
    )
    [paragraph] = plain_paragraphs(amendment)
    assert paragraph.text.startswith("We corrected wording and typography"), paragraph.text


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "We file annual, quarterly and current reports with the SEC.",
            "We file annual and current reports with the SEC.",
            "quarterly",
        ),
        ("We sell to resellers.", "We sell only to resellers.", "only"),
        ("Our products are approved in Europe.", "Our products are not approved in Europe.", "not"),
    ],
)
def test_a_word_of_substance_put_in_or_taken_out_is_not_called_a_correction(
    example_filing_toml: Path, old: str, new: str, said: str
) -> None:
    """A word that says something ("quarterly", "only", "not"), taken out or put in with
    nothing in its place, changes what the offer discloses: never "wording and typography"."""
    amendment = amended(
        plain_filing(example_filing_toml), COMPANY, [f"{LEAD} {old}"], [f"{LEAD} {new}"], COVER
    )
    [paragraph] = plain_paragraphs(amendment)
    assert "corrected" not in paragraph.text.lower(), paragraph.text
    assert said in paragraph.text, paragraph.text  # the notice names what it takes or puts
