"""A name put for another name (the principal office Austin → Round Rock, a company, a person,
a state) changes a fact the offer states: the notice tells it in its own paragraph, with the
old and the new name, and never folds it into "wording and typography"; its reason says a
stated fact changes. Typography, spelling and other words for the same thing stay
corrections. (The words that are no names: resources/plain/corrections.toml [names].)"""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.plain_change_paragraphs import plain_paragraphs
from tests.support.materiality import amended, drafted_one
from tests.support.plain import plain_filing

ABOUT = "9. Information Concerning Northwind Robotics, Inc."


@pytest.mark.parametrize(
    ("heading", "old", "new", "names"),
    [
        pytest.param(
            ABOUT,
            "Our principal offices are in Austin, Texas.",
            "Our principal offices are in Round Rock, Texas.",
            ("Austin", "Round Rock"),
            id="principal-office",
        ),
        pytest.param(
            ABOUT,
            "Our robots are sold through Halden Controls.",
            "Our robots are sold through Brixton Controls.",
            ("Halden", "Brixton"),
            id="company-name",
        ),
        pytest.param(
            ABOUT,
            "Northwind was incorporated in Delaware in 2001.",
            "Northwind was incorporated in Nevada in 2001.",
            ("Delaware", "Nevada"),
            id="state",
        ),
        pytest.param(
            ABOUT,
            "Our chief executive officer is John Avery.",
            "Our chief executive officer is Maria Chen.",
            ("John Avery", "Maria Chen"),
            id="person",
        ),
        pytest.param(
            "16. Miscellaneous.",
            "Our transfer agent keeps its records in Chicago.",
            "Our transfer agent keeps its records in Denver.",
            ("Chicago", "Denver"),
            id="outside-the-company-section",
        ),
    ],
)
def test_a_changed_name_is_a_stated_fact_not_a_correction(
    example_filing_toml: Path, heading: str, old: str, new: str, names: tuple[str, str]
) -> None:
    amendment = amended(plain_filing(example_filing_toml), heading, [old], [new])
    [paragraph] = plain_paragraphs(amendment)
    said = paragraph.heading + " " + paragraph.text
    assert "typography" not in said and "Corrections" not in said, said
    assert names[1] in paragraph.text and names[0] in paragraph.text, said
    reason = amendment.change_items[0].materiality_reason
    assert "stated fact" in reason, reason


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("You may reply by e-mail.", "You may reply by email.", id="typography"),
        pytest.param(
            "Copies are available without charge.",
            "Copies are available free of charge.",
            id="same-meaning",
        ),
        pytest.param(
            "Our shares trade on the NYSE.",
            "Our shares trade on the New York Stock Exchange.",
            id="spelled-out",
        ),
        pytest.param(
            "Our transfer agent keeps its records in Chicgao.",
            "Our transfer agent keeps its records in Chicago.",
            id="name-misspelt",
        ),
    ],
)
def test_typography_spelling_and_same_words_stay_corrections(
    example_filing_toml: Path, old: str, new: str
) -> None:
    amendment = amended(plain_filing(example_filing_toml), "16. Miscellaneous.", [old], [new])
    [paragraph] = plain_paragraphs(amendment)
    assert "stated fact" not in amendment.change_items[0].materiality_reason
    assert "[" not in paragraph.text, paragraph.text
    assert "corrected" in paragraph.text, paragraph.text


def test_a_defined_term_put_for_another_is_no_name() -> None:
    """The Company's officers become the Bank's officers: words the offer capitalises as
    defined terms (possessive or not) are read as any other words, not as a stated name."""
    item = drafted_one(
        "16. Miscellaneous.",
        ["The Company's officers make no recommendation."],
        ["The Bank's officers make no recommendation."],
    )
    assert "stated fact" not in item.materiality_reason, item.materiality_reason
