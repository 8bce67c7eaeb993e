"""Text put in at the edge of a table whose row beside it was taken out (a paragraph added
at the top of a section over the table's deleted first row, a note moved there, a paragraph
after a deleted last row): the row is deleted from its table and the text inserted beside
the table, never a restated table quoting the new text among its rows."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.core.model import row_caption
from tests.support.builders import Spec, doc
from tests.support.found_pairs import NOTE_MOVED_OVER_A_DELETED_ROW

ROWS = [
    "Purchase Price\tOne share for each option tendered.",
    "Expiration Date\tApril 23, 2026.",
    "Withdrawal Rights\tUntil the offer ends.",
]
INTRO = "The terms of the offer are these."
CLOSING = "Closing words of the section."
ADDED = "Holders outside the United States should consult their own advisers."
NOTE = "[fn 2] Offer note words."
HEADING = "4. Purpose of the Offer"
COVER = ("", ["Cover words of the offer."])


def section(paragraphs: list[str]) -> Spec:
    return [COVER, (HEADING, paragraphs)]


SHAPES = {
    "a paragraph over a deleted first row": (
        section([*ROWS, INTRO]),
        section([ADDED, *ROWS[1:], INTRO]),
        ROWS[0],
        ADDED,
    ),
    "a paragraph after the opening one, over a deleted first row": (
        section([INTRO, *ROWS, CLOSING]),
        section([INTRO, ADDED, *ROWS[1:], CLOSING]),
        ROWS[0],
        ADDED,
    ),
    "a paragraph after a deleted last row": (
        section([INTRO, *ROWS, CLOSING]),
        section([INTRO, *ROWS[:-1], ADDED, CLOSING]),
        ROWS[-1],
        ADDED,
    ),
    "a note moved over a deleted first row": (
        section([*ROWS, INTRO, NOTE]),
        section([NOTE, *ROWS[1:], INTRO]),
        ROWS[0],
        "Offer note words.",
    ),
    "a note moved over a deleted first row, the row moved down": (
        *NOTE_MOVED_OVER_A_DELETED_ROW,
        NOTE_MOVED_OVER_A_DELETED_ROW[0][1][1][0],
        "Offer offer offer.",
    ),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_text_beside_a_deleted_row_is_not_restated_with_the_table(shape: str) -> None:
    before, after, deleted, added = SHAPES[shape]
    original, revised = doc(before), doc(after)
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    tables = [i for i in items if i.kind in (ItemKind.REPLACE_TABLE, ItemKind.INSERT_TABLE)]
    for item in tables:  # a table quotes rows only
        assert all("\t" in row for row in item.new_paragraphs), item.new_paragraphs
    [row] = [i for i in items if i.kind is ItemKind.DELETE_ROW]
    assert row.locator.row_caption == row_caption(deleted)
    put_in = [p for i in items if i.kind is ItemKind.INSERT_PARAGRAPH for p in i.new_paragraphs]
    assert put_in == [added]
