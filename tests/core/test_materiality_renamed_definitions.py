"""A defined name changed, and nothing else, renames what the definition names: the thing
named is the same, so the change is clarifying. The offer's own names are read from its
definitions: a name defined for the offer ('this Offer to Exchange (the "Kestrel Equity
Refresh")') is one of its names whatever its last word, so calling the offer by another of
them is clarifying too."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from amendtool.core.offer_names import offer_names_defined
from tests.support.builders import doc
from tests.support.materiality import drafted_one

COVER = (
    'Kestrel Robotics, Inc. ("Kestrel," "we" or "us") is offering eligible employees the '
    "opportunity to exchange outstanding options that have an exercise price per share of "
    '$20.00 or more (the "Eligible Options") for new options (the "New Options") on the terms '
    'described in this Offer to Exchange (the "Kestrel Equity Refresh").'
)
TERMS = "SUMMARY TERM SHEET"


@pytest.mark.parametrize(
    ("old_name", "new_name"),
    [
        pytest.param("Kestrel Equity Refresh", "Kestrel Value Reset", id="offer-renamed"),
        pytest.param("Kestrel Equity Refresh", "Option Exchange Program", id="offer-listed"),
        pytest.param("Eligible Options", "Qualifying Options", id="securities-renamed"),
        pytest.param("New Options", "Replacement Options", id="new-securities-renamed"),
    ],
)
def test_a_renamed_definition_is_clarifying(old_name: str, new_name: str) -> None:
    cover = COVER.replace(f'"{old_name}"', f'"{new_name}"')
    item = drafted_one("", [COVER], [cover])
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
    assert new_name in item.materiality_reason, item.materiality_reason


def test_a_definition_whose_words_change_is_not_a_rename() -> None:
    cover = COVER.replace("$20.00 or more", "$17.50 or more").replace(
        '"Eligible Options"', '"Qualifying Options"'
    )
    item = drafted_one("", [COVER], [cover])
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason


def test_a_name_defined_for_the_offer_is_one_of_its_names() -> None:
    names = offer_names_defined(doc([("", [COVER]), (TERMS, ["The offer is open."])]))
    assert "kestrel equity refresh" in names
    assert "eligible options" not in names


def test_calling_the_offer_by_a_name_defined_for_it_is_clarifying() -> None:
    old = "You may exchange your Eligible Options in the offer for New Options."
    new = "You may exchange your Eligible Options in the Kestrel Equity Refresh for New Options."
    item = drafted_one(TERMS, [old], [new], cover=COVER)
    assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
