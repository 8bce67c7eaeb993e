"""A price in a table of what insiders hold is disclosure of their interests, not a term of
the offer: an officer's existing exercise price restated ($11.80 → $11.60) was proposed as a
change in the consideration (ten business days) and told to employees as "The exercise price
is now $11.60", which reads as a change to the offer. A column headed by a price makes a
changed figure a term only in a table the offer prints among its terms (or under a section
whose title says nothing of what it is about)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.drafting import draft_items
from amendtool.core.filing import load_filing
from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc

FRONT = ("", ["Tarnwood Systems, Inc. is offering to exchange Eligible Options for New Options."])
HEAD = "Name\tPosition\tOptions\tExercise Price"
ROWS = (
    "Margaret L. Oyelaran\tChief Executive Officer\t120,000\t$14.25",
    "Dennis K. Abernathy\tChief Financial Officer\t45,000\t{price}",
)
HOLDINGS = "6. Outstanding Grants Held by Executive Officers"
INTRO = "The following table sets forth the Eligible Options held by our executive officers."


def _spec(heading: str, intro: str, price: str) -> Spec:
    rows = [row.format(price=price) for row in ROWS]
    return [FRONT, ("1. Eligibility", ["Options granted before 2024 are eligible."]),
            (heading, [intro, HEAD, *rows])]  # fmt: skip


def _items(heading: str, intro: str) -> list[AmendmentItem]:
    old, new = _spec(heading, intro, "$11.80"), _spec(heading, intro, "$11.60")
    return draft_items(doc(old), doc(new)).items


@pytest.mark.parametrize(
    "heading",
    [HOLDINGS, "9. Interests of Directors and Executive Officers", "9. Beneficial Ownership"],
)
def test_a_price_in_a_table_of_insiders_holdings_is_their_disclosure(heading: str) -> None:
    [item] = _items(heading, INTRO)
    assert item.materiality is Materiality.MATERIAL, item.materiality_reason
    assert "insiders' interests" in item.materiality_reason
    assert "offer's terms" not in item.materiality_reason


def test_the_notice_does_not_tell_employees_the_price_is_now_the_officers(
    example_filing_toml: Path,
) -> None:
    details = load_filing(example_filing_toml)
    filing = dataclasses.replace(details, notice_style="plain", notice_explanation="")
    old, new = _spec(HOLDINGS, INTRO, "$11.80"), _spec(HOLDINGS, INTRO, "$11.60")
    (paragraph,) = plain_paragraphs(draft_amendment(doc(old), doc(new), filing))
    said = paragraph.text
    assert "The exercise price is now" not in said, said
    assert "Dennis K. Abernathy" in said and "$11.60" in said and "$11.80" in said


@pytest.mark.parametrize(
    "heading", ["3. Exchange of Eligible Options for New Options", "3. The Offer", "TERMS"]
)
def test_a_price_column_in_the_offers_own_table_stays_a_term(heading: str) -> None:
    """The same table under a title of the offer's terms, or one that says nothing of what
    it holds, keeps its priced column a term: proposed as a change in the consideration."""
    [item] = _items(heading, "The following table sets forth the Eligible Options.")
    assert item.materiality is Materiality.CONSIDERATION, item.materiality_reason
