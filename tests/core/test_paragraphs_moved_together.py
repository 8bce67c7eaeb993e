"""Paragraphs moved together (two or three, one after the other, from before a table to
after it) are one move, as counsel write it: "The fourth and fifth paragraphs in … have
been moved so that they now immediately follow the table in …", in the filing and both
notices; `check` accepts it, and the items applied give the revision."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.filing import load_filing
from amendtool.core.item_consistency import check_overlaps
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.move_checks import move_findings
from amendtool.core.plain_kind_sentences import kind_sentence
from amendtool.core.wording import filing_text, house_wording, notice_text
from tests.support.builders import Spec, doc

ROWS = [
    "Name\tUnits\tPercent",
    "Alpha Partners\t100\t1%",
    "Beta Holdings\t200\t2%",
    "Gamma Trust\t300\t3%",
]
TEXT = [
    f"Paragraph {n} says holders may tender their Units at the price of this Offer."
    for n in range(6)
]
MOVED = [
    "A beneficial owner must countersign the Unit certificate pursuant to applicable law.",
    "Brightwater may decline the book-entry record prior to the Expiration Time of the Offer.",
    "The Paying Agent shall pay for the Units promptly after the Expiration Time of the Offer.",
]
COVER = ("", ["Brightwater offers to purchase its Units."])


def _drafted(old: Spec, new: Spec) -> list[AmendmentItem]:
    original, revised = doc(old), doc(new)
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    assert move_findings(original, items) == []
    return items


@pytest.mark.parametrize("count", [2, 3])
def test_a_run_of_paragraphs_moved_past_a_table_is_one_move(count: int) -> None:
    moved = MOVED[:count]
    old = [COVER, ("1. Terms", [*TEXT[:3], *moved, *ROWS, *TEXT[3:]])]
    new = [COVER, ("1. Terms", [*TEXT[:3], *ROWS, *moved, *TEXT[3:]])]
    items = _drafted(old, new)
    moves = [i for i in items if i.kind is ItemKind.MOVE_PARAGRAPH]
    assert len(items) == len(moves) == 1, [filing_text(i, "(a)(1)(A)") for i in items]
    ordinals = "fourth and fifth" if count == 2 else "fourth through sixth"
    assert filing_text(moves[0], "(a)(1)(A)") == (
        f'The {ordinals} paragraphs in "Section 1. Terms" on page 5 of Exhibit (a)(1)(A) to the'
        " Tender Offer Statement have been moved so that they now immediately follow the table"
        ' in "Section 1. Terms".'
    )
    assert notice_text(moves[0]).startswith(f"The {ordinals} paragraphs in")
    assert "so that they now immediately follow the table" in notice_text(moves[0])
    plain = kind_sentence(moves[0], house_wording().plain_notice["kinds"])
    assert plain.startswith(f"We moved {'two' if count == 2 else 'three'} paragraphs"), plain


def test_a_run_moved_past_a_table_is_one_clarifying_item_and_check_accepts_it(
    example_filing_toml: Path,
) -> None:
    old = [COVER, ("1. Terms", [*TEXT[:3], *MOVED[:2], *ROWS, *TEXT[3:]])]
    new = [COVER, ("1. Terms", [*TEXT[:3], *ROWS, *MOVED[:2], *TEXT[3:]])]
    amendment = draft_amendment(doc(old), doc(new), load_filing(example_filing_toml))
    items = amendment.change_items
    assert [i.kind for i in items] == [ItemKind.MOVE_PARAGRAPH]
    assert items[0].materiality is Materiality.CLARIFYING
    assert check_overlaps(amendment) == []


def test_a_run_moved_to_follow_a_paragraph_names_it() -> None:
    old = [COVER, ("1. Terms", [*TEXT[:2], *MOVED[:2], *TEXT[2:]])]
    new = [COVER, ("1. Terms", [*TEXT[:5], *MOVED[:2], *TEXT[5:]])]
    items = _drafted(old, new)
    assert [i.kind for i in items] == [ItemKind.MOVE_PARAGRAPH]
    said = filing_text(items[0], "(a)(1)(A)")
    assert said.startswith('The third and fourth paragraphs in "Section 1. Terms"'), said
    assert 'so that they now immediately follow the seventh paragraph in "Section 1.' in said


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    table_at=st.integers(1, 5),
    first=st.integers(0, 4),
    count=st.integers(1, 3),
    places=st.integers(-5, 5),
    inserted=st.lists(st.integers(0, 9), max_size=2),
)
# a paragraph put in where the run was, the run put after the table: the run follows the table
@example(table_at=3, first=0, count=3, places=5, inserted=[2])
def test_runs_moved_around_tables_give_the_revision_and_check_accepts_them(
    table_at: int, first: int, count: int, places: int, inserted: list[int]
) -> None:
    """A run of paragraphs moved up or down, past a table or not, paragraphs put in around
    it: the items give exactly the revision and every move names where it goes."""
    body = [
        f"Clause {n}: the holders' Units are bought at the Offer price in cash." for n in range(6)
    ]
    old_body = [*body[:table_at], *ROWS, *body[table_at:]]
    new_body = list(old_body)
    run = body[first : first + count]
    at = new_body.index(run[0])
    if new_body[at : at + len(run)] != run:
        return  # the table stands inside the run
    del new_body[at : at + len(run)]
    place = max(0, min(at + places, len(new_body)))
    new_body[place:place] = run
    for n, where in enumerate(inserted):
        new_body.insert(min(where, len(new_body)), f"New clause {n} on the Depositary's fees.")
    if new_body == old_body:
        return
    _drafted([COVER, ("1. Terms", old_body)], [COVER, ("1. Terms", new_body)])
