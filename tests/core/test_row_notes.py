"""A footnote whose mark is in a table row: added, it is an item adding the note to the row
(cited by its caption, as a note added to a paragraph is cited), never the table restated
with the note's words as one of its rows."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.wording import filing_text
from tests.support.builders import Spec, doc
from tests.support.row_note_pairs import NOTE, ROWS, in_table

WORDS = NOTE.removeprefix("[fn 21] ")
GRANT = "Grant Date\tNew row words."


def drafted(before: Spec, after: Spec) -> list[AmendmentItem]:
    """The items, checked to take the original to the revision."""
    original, revised = doc(before), doc(after)
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return items


@pytest.mark.parametrize(
    ("after", "caption"),
    [
        ((ROWS[0], NOTE, ROWS[1], ROWS[2]), "Purchase Price"),
        ((ROWS[0], ROWS[1], NOTE, ROWS[2]), "Exercise Price"),
        ((*ROWS, NOTE), "Vesting"),
        ((*ROWS, NOTE, "Holders may withdraw."), "Vesting"),
    ],
    ids=["first row", "middle row", "last row", "last row, text after"],
)
def test_a_note_added_to_a_row_is_added_to_that_row(after: tuple[str, ...], caption: str) -> None:
    extra = ("Holders may withdraw.",) if after[-1] == "Holders may withdraw." else ()
    items = drafted(in_table(*ROWS, *extra), in_table(*after))
    assert [i.kind for i in items] == [ItemKind.INSERT_PARAGRAPH], [i.to_dict() for i in items]
    (item,) = items
    assert item.locator.added_note == "footnote"
    assert item.new_paragraphs == [WORDS]
    text = filing_text(item, "(a)(1)")
    assert text.startswith(f'The row entitled "{caption}" in the table in "Section 1.'), text
    assert "has been amended by adding the following footnote" in text


def test_a_row_added_with_its_note_is_the_row_then_the_note_on_it() -> None:
    items = drafted(in_table(*ROWS), in_table(ROWS[0], GRANT, NOTE, ROWS[1], ROWS[2]))
    assert [i.kind for i in items] == [ItemKind.INSERT_ROW, ItemKind.INSERT_PARAGRAPH]
    row, note = items
    assert row.new_paragraphs == [GRANT]
    assert note.locator.added_note == "footnote" and note.new_paragraphs == [WORDS]
    assert filing_text(note, "(a)(1)").startswith('The row entitled "Grant Date" in the table')


def test_a_note_on_a_row_deleted_or_changed_is_cited_by_its_mark() -> None:
    with_note = in_table(ROWS[0], NOTE, ROWS[1], ROWS[2])
    (deleted,) = drafted(with_note, in_table(*ROWS))
    assert (deleted.kind, deleted.locator.note) == (ItemKind.DELETE_PARAGRAPH, "21")
    (changed,) = drafted(with_note, in_table(ROWS[0], "[fn 21] U.S. may old.", *ROWS[1:]))
    assert changed.locator.note == "21"
    assert filing_text(changed, "(a)(1)").startswith('Footnote 21 in "Section 1.')


def test_a_row_changed_beside_its_kept_note_is_that_row_restated() -> None:
    """The note printed apart does not split the table: the row is cited by its caption in
    "the table", not "the first table" restated as that row alone."""
    now = "Purchase Price\tNot offer holders now."
    (item,) = drafted(in_table(ROWS[0], NOTE, *ROWS[1:]), in_table(now, NOTE, *ROWS[1:]))
    assert item.kind is ItemKind.REPLACE_ROW and item.new_paragraphs == [now]
    text = filing_text(item, "(a)(1)")
    assert text.startswith('The row entitled "Purchase Price" in the table in "Section 1.'), text


def test_a_row_changed_and_given_a_note_is_the_row_restated_then_the_note_added() -> None:
    now = "Purchase Price\tNot offer holders now."
    items = drafted(in_table(*ROWS), in_table(now, NOTE, *ROWS[1:]))
    assert [i.kind for i in items] == [ItemKind.REPLACE_ROW, ItemKind.INSERT_PARAGRAPH]
    assert items[1].locator.added_note == "footnote" and items[1].new_paragraphs == [WORDS]
    assert filing_text(items[1], "(a)(1)").startswith('The row entitled "Purchase Price"')


def test_every_row_changed_around_a_kept_note_is_restated_row_by_row() -> None:
    """Restated whole, the table would quote the note as a row: each run of changed rows
    between the notes is restated by its first row's name instead."""
    now = [row.replace(".", " now.") for row in ROWS]
    items = drafted(in_table(ROWS[0], NOTE, *ROWS[1:]), in_table(now[0], NOTE, *now[1:]))
    assert [i.kind for i in items] == [ItemKind.REPLACE_ROW, ItemKind.REPLACE_ROW]
    assert [i.new_paragraphs for i in items] == [now[:1], now[1:]]
    assert all(WORDS not in i.new_text for i in items)
