"""Where a note on a table row cannot be cited faithfully, `check` says so naming the item:
a table restated in pieces around the note, each worded as the table restated in its
entirety, or a note added to a row no caption names once."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.io.review_check import NOTE_ADDED, review_findings
from tests.io.test_redline_property import FILING
from tests.support.builders import Spec, doc
from tests.support.row_note_pairs import NOTE, ROWS, in_table

SAME = ["Price\t$1.00", "Price\t$2.00", "Price\t$3.00"]  # rows no caption names once
RAISED = ["Price\t$1.50", "Price\t$2.50", "Price\t$3.50"]


def warned(before: Spec, after: Spec) -> tuple[list[ItemKind], list[int | None]]:
    """The items' kinds and the items the note warnings name."""
    original, revised = doc(before), doc(after)
    items = draft_items(original, revised).items
    found = review_findings(Amendment(original, revised, items, FILING))
    return [i.kind for i in items], [f.item for f in found if f.code == NOTE_ADDED]


def test_a_table_restated_in_pieces_around_a_note_is_said() -> None:
    kinds, named = warned(
        in_table(SAME[0], NOTE, *SAME[1:]), in_table(RAISED[0], NOTE, *RAISED[1:])
    )
    assert kinds == [ItemKind.REPLACE_TABLE, ItemKind.REPLACE_TABLE]
    assert named == [0, 1]


def test_a_note_added_to_a_row_no_caption_names_is_said() -> None:
    kinds, named = warned(in_table(*SAME), in_table(SAME[0], NOTE, *SAME[1:]))
    assert kinds == [ItemKind.INSERT_PARAGRAPH]
    assert named == [0]


def test_a_note_added_to_a_named_row_is_not_said() -> None:
    assert warned(in_table(*ROWS), in_table(ROWS[0], NOTE, *ROWS[1:]))[1] == []
