"""A paragraph that now stands after a table (a paragraph put in above it moved the table up)
is moved so that it follows the table, never so that it follows itself; and `check` refuses
a move whose words name the moved paragraph or a place it does not go."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.move_checks import move_findings
from amendtool.core.wording import filing_text
from tests.support.builders import Spec, doc

MOVED = "A beneficial owner must countersign the Unit certificate pursuant to applicable law."
OTHER = "Brightwater may decline the book-entry record prior to the Expiration Time of the Offer."
ADDED = "The Paying Agent shall pay for the Units promptly after the Expiration Time of the Offer."
ROWS = ["Name\tUnits\tPercent", "Alpha Partners\t100\t1%", "Beta Holdings\t200\t2%"]
TEXT = [
    f"Paragraph {n} says holders may tender their Units at the price of this Offer."
    for n in range(6)
]
COVER = ("", ["Brightwater offers to purchase its Units."])


def drafted(old: Spec, new: Spec) -> tuple[list[AmendmentItem], list[str]]:
    """The items, checked to give the revision, and each one's filing text."""
    original, revised = doc(old), doc(new)
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    assert move_findings(original, items) == []
    return items, [filing_text(item, "(a)(1)(A)") for item in items]


def test_a_paragraph_left_after_a_table_follows_the_table() -> None:
    old = [COVER, ("1. Terms", [*TEXT[:3], MOVED, *ROWS, *TEXT[3:]])]
    new = [COVER, ("1. Terms", [TEXT[0], ADDED, *TEXT[1:3], *ROWS, MOVED, *TEXT[3:]])]
    items, texts = drafted(old, new)
    moves = [t for i, t in zip(items, texts, strict=True) if i.kind is ItemKind.MOVE_PARAGRAPH]
    assert len(moves) == 1
    assert moves[0].startswith('The fourth paragraph in "Section 1. Terms"')
    assert 'now immediately follows the table in "Section 1. Terms"' in moves[0]


def test_two_paragraphs_left_after_a_table_follow_the_table_and_each_other() -> None:
    old = [COVER, ("1. Terms", [*TEXT[:3], MOVED, OTHER, *ROWS, *TEXT[3:]])]
    new = [
        COVER,
        ("1. Terms", [ADDED, TEXT[0], ADDED + " Twice.", *TEXT[1:3], *ROWS, MOVED, OTHER]),
    ]
    new[1][1].extend(TEXT[3:])
    items, texts = drafted(old, new)
    moves = [t for i, t in zip(items, texts, strict=True) if i.kind is ItemKind.MOVE_PARAGRAPH]
    assert moves and "follow" in moves[0] and "the table" in moves[0]  # one move, or the run
    for text in moves:
        assert not _names_itself(text)


def test_the_later_of_two_tables_is_cited_by_its_place() -> None:
    second = ["Year\tHigh\tLow", "2025\t$10\t$8"]
    old = [COVER, ("1. Terms", [TEXT[0], *ROWS, *TEXT[1:3], MOVED, *second, *TEXT[3:]])]
    new = [COVER, ("1. Terms", [TEXT[0], *ROWS, ADDED, *TEXT[1:3], *second, MOVED, *TEXT[3:]])]
    _items, texts = drafted(old, new)
    assert any('follows the last table in "Section 1. Terms"' in t for t in texts)


def _names_itself(text: str) -> bool:
    cited, _, destination = text.partition("now immediately follows ")
    ordinal = cited.split(" paragraph")[0].removeprefix("The ")
    return destination.startswith(f"the {ordinal} paragraph")


def test_check_refuses_a_move_that_follows_itself() -> None:
    old = [COVER, ("1. Terms", [*TEXT[:3], MOVED, *ROWS, *TEXT[3:]])]
    new = [COVER, ("1. Terms", [TEXT[0], ADDED, *TEXT[1:3], *ROWS, MOVED, *TEXT[3:]])]
    original = doc(old)
    items = draft_items(original, doc(new)).items
    at = next(n for n, i in enumerate(items) if i.kind is ItemKind.MOVE_PARAGRAPH)
    move = items[at]
    loc = dataclasses.replace(move.locator, to_after_table=None, to_printed=move.locator.printed)
    items[at] = dataclasses.replace(move, locator=loc)
    findings = move_findings(original, items)
    assert [f.code for f in findings] == ["locator"] and findings[0].severity == "error"
    assert "itself" in findings[0].message


def test_check_refuses_a_move_cited_after_a_paragraph_it_does_not_follow() -> None:
    old = [COVER, ("1. Terms", [*TEXT[:3], MOVED, *ROWS, *TEXT[3:]])]
    new = [COVER, ("1. Terms", [TEXT[0], ADDED, *TEXT[1:3], *ROWS, MOVED, *TEXT[3:]])]
    original = doc(old)
    items = draft_items(original, doc(new)).items
    at = next(n for n, i in enumerate(items) if i.kind is ItemKind.MOVE_PARAGRAPH)
    move = items[at]
    loc = dataclasses.replace(move.locator, to_after_table=None, to_printed=2)
    items[at] = dataclasses.replace(move, locator=loc)
    assert [f.code for f in move_findings(original, items)] == ["locator"]


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    table_at=st.integers(1, 5),
    moved=st.integers(0, 5),
    places=st.integers(-4, 4),
    inserted=st.lists(st.integers(0, 9), max_size=3),
)
def test_moves_around_tables_give_the_revision_and_never_name_themselves(
    table_at: int, moved: int, places: int, inserted: list[int]
) -> None:
    """A paragraph moved up or down, past a table or not, paragraphs put in around it: the
    items applied give exactly the revision, every move's words name where it goes (`check`
    finds nothing), and none names itself."""
    body = [
        f"Clause {n}: the holders' Units are bought at the Offer price in cash." for n in range(6)
    ]
    old_body = [*body[:table_at], *ROWS, *body[table_at:]]
    new_body = list(old_body)
    at = new_body.index(body[moved])
    text = new_body.pop(at)
    new_body.insert(max(0, min(at + places, len(new_body))), text)
    for n, at in enumerate(inserted):
        new_body.insert(min(at, len(new_body)), f"New clause {n} on the Depositary's fees.")
    if new_body == old_body:
        return
    _items, texts = drafted([COVER, ("1. Terms", old_body)], [COVER, ("1. Terms", new_body)])
    for filed in texts:
        assert not _names_itself(filed)
