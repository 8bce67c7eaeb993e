"""Employees read the amended offer: a change in a section this amendment renumbers is placed
by its new number, the old beside it ("This change is in Section 3 (formerly Section 2)"). The
notice said "in Section 2", which in the amended offer is another section."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.items import ItemKind
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

FRONT = ("", ["Kerrow Corp. offers to exchange options for new options."])
ELIGIBILITY = ["Employees may take part."]
PRICES = ["Our shares trade on Nasdaq under the symbol KRW."]


def test_a_change_in_a_renumbered_section_is_placed_by_its_new_number(
    example_filing_toml: Path,
) -> None:
    original: Spec = [FRONT, ("1. Eligibility", ELIGIBILITY), ("2. Price Range", PRICES)]
    revised: Spec = [
        FRONT,
        ("1. Eligibility", ELIGIBILITY),
        ("2. Withdrawal Rights", ["You may withdraw your election before the offer expires."]),
        ("3. Price Range", [*PRICES, "The last reported sale price was $6.41 per share."]),
    ]
    amendment = draft_amendment(doc(original), doc(revised), plain_filing(example_filing_toml))
    kinds = [i.kind for i in amendment.change_items]
    assert ItemKind.RENUMBER_SECTIONS in kinds, kinds
    places = [
        p.places for p in plain_paragraphs(amendment) if "$6.41" in p.text or "$6.41" in p.places
    ]
    assert places, [(p.text, p.places) for p in plain_paragraphs(amendment)]
    assert "in Section 3 (formerly Section 2)" in places[0], places
