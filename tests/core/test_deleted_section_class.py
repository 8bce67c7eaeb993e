"""A whole section taken out is never proposed as clarifying: a section of general
disclosure ("Miscellaneous") may hold the offer's reach ("not made in any jurisdiction in
which …"), a right or a condition, so counsel is asked to read it; the proposal is material,
and its reason says why and what its words alone gave. A section whose words already make it
material or more keeps its own class."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.items import Materiality
from tests.support.builders import doc
from tests.support.materiality import COVER

TERMS = ("1. Terms of the Offer", ["We will grant one new option for each option exchanged."])
REACH = (
    "4. Miscellaneous",
    [
        "This offer is not being made to option holders in any jurisdiction in which the making "
        "of the offer would not be in compliance with the laws of that jurisdiction."
    ],
)
WITHDRAWAL = ("3. Withdrawal Rights", ["You may withdraw your tendered options at any time."])


def _deleted(section: tuple[str, list[str]]):  # type: ignore[no-untyped-def]
    before = doc([("", [COVER]), TERMS, section])
    after = doc([("", [COVER]), TERMS])
    [item] = draft_items(before, after).items
    assert item.kind.value == "delete_section", item.kind
    return item


def test_a_deleted_section_of_general_disclosure_is_proposed_material_for_counsel_to_read() -> None:
    item = _deleted(REACH)
    assert item.materiality is Materiality.MATERIAL
    assert item.materiality_reason.startswith(
        "Takes out a whole section, which counsel should read: "
    ), item.materiality_reason
    assert "general disclosure" in item.materiality_reason


def test_a_deleted_section_that_is_material_by_its_words_keeps_its_reason() -> None:
    item = _deleted(WITHDRAWAL)
    assert item.materiality is Materiality.MATERIAL
    assert "whole section" not in item.materiality_reason, item.materiality_reason


def test_a_deleted_legend_on_forward_looking_statements_stays_clarifying() -> None:
    legend = (
        "16. Forward-Looking Statements",
        [
            "This offer to exchange contains forward-looking statements within the meaning of "
            "Section 27A of the Securities Act of 1933, which are subject to the safe harbor "
            "created by that section."
        ],
    )
    assert _deleted(legend).materiality is Materiality.CLARIFYING
