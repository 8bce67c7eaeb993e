"""A footnote added, deleted or changed on a table row, in the redline: accepting gives the
revision with the note set as a note (never a paragraph of the body), rejecting gives the
original; on a house-style copy and on counsel's own Word file alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.io.redline_docx import build_review_documents
from tests.io.test_redline_property import FILING, as_word_prints, marked, shown, word_file
from tests.support.builders import Spec, doc
from tests.support.row_note_pairs import NOTE, ROWS, in_table

GRANT = "Grant Date\tNew row words."
NOW = [row.replace(".", " now.") for row in ROWS]
WITH_NOTE = in_table(ROWS[0], NOTE, ROWS[1], ROWS[2])
CASES: dict[str, tuple[Spec, Spec]] = {
    "added to the first row": (in_table(*ROWS), WITH_NOTE),
    "added to the last row": (in_table(*ROWS), in_table(*ROWS, NOTE)),
    "row added with its note": (
        in_table(*ROWS),
        in_table(ROWS[0], GRANT, NOTE, ROWS[1], ROWS[2]),
    ),
    "deleted": (WITH_NOTE, in_table(*ROWS)),
    "changed": (WITH_NOTE, in_table(ROWS[0], "[fn 21] U.S. may old.", ROWS[1], ROWS[2])),
    "row changed, note kept": (WITH_NOTE, in_table(NOW[0], NOTE, ROWS[1], ROWS[2])),
    "row changed, note added": (in_table(*ROWS), in_table(NOW[0], NOTE, ROWS[1], ROWS[2])),
    "every row changed, note kept": (WITH_NOTE, in_table(NOW[0], NOTE, NOW[1], NOW[2])),
}


@pytest.mark.parametrize("pair", list(CASES.values()), ids=list(CASES))
def test_a_row_note_redlined_accepts_to_the_revision(pair: tuple[Spec, Spec]) -> None:
    original, revised = doc(pair[0]), doc(pair[1])
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert shown(review.redline, accept=True) == marked(revised)
    assert shown(review.redline, accept=False) == marked(original)
    assert shown(review.conformed, accept=True) == marked(revised)  # the conformed copy


ADDED = [
    "added to the first row",
    "added to the last row",
    "row added with its note",
    "row changed, note added",
]


@pytest.mark.parametrize("pair", [CASES[k] for k in ADDED], ids=ADDED)
def test_a_row_note_on_a_word_original_is_a_word_note(
    pair: tuple[Spec, Spec], tmp_path: Path
) -> None:
    from amendtool.io.load import load_document

    original = load_document(word_file(pair[0], tmp_path))
    revised = doc(pair[1])
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert review.notes == []
    printed = doc(as_word_prints(pair[1]))  # Word reads a row's note after its table
    assert shown(review.redline, True, rows=True) == marked(printed, rows=True)
    assert shown(review.redline, False, rows=True) == marked(original, rows=True)
