"""A note put in by a restated section stays a note in the redline: a Word note in a Word
original, a paragraph in the notes' style led by its mark in an original set in the house
style; accepting gives the amended offer with it as a note, rejecting the original."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.io.test_redline_property import FILING, as_word_prints, marked, shown, word_file
from tests.support.builders import Spec, doc

SECTION = "3. Conditions of the Offer"
AROUND_BEFORE: Spec = [("", ["Cover words of the offer."])]
AROUND_AFTER: Spec = [("4. Legal Matters", ["Legal words here."])]
OLD = [
    "(a) First clause of the conditions here.",
    "(b) Second clause of the conditions here.",
    "(c) Third clause here.",
]
NEW = [
    "(a) Wholly new first clause with other words.",
    "(b) Entirely rewritten second clause now.",
    "(c) Another third clause entirely.",
]
NOTE = "[fn 1] A new note on the clause before it."
# where the restated section puts its new notes: after a paragraph, at its end, two of
# them, and beside a note it already had
SHAPES: dict[str, tuple[list[str], list[str]]] = {
    "after the first paragraph": (OLD, [NEW[0], NOTE, NEW[1], NEW[2]]),
    "at the end": (OLD, [*NEW, NOTE]),
    "two new notes": (OLD, [NEW[0], NOTE, NEW[1], "[fn 2] Another new note here.", NEW[2]]),
    "beside a note kept": (
        [OLD[0], "[fn 1] A note already there.", *OLD[1:]],
        [NEW[0], "[fn 1] A note already there.", NEW[1], NOTE.replace("1", "2", 1), NEW[2]],
    ),
}


def spec(paragraphs: list[str]) -> Spec:
    return [*AROUND_BEFORE, (SECTION, paragraphs), *AROUND_AFTER]


@pytest.mark.parametrize("word", [False, True], ids=["house style", "Word"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_new_note_of_a_restated_section_stays_a_note(
    shape: str, word: bool, tmp_path: Path
) -> None:
    before, after = (spec(p) for p in SHAPES[shape])
    original = load_document(word_file(before, tmp_path)) if word else doc(before)
    revised = doc(after)
    items = draft_items(original, revised).items
    assert ItemKind.REPLACE_SECTION in {i.kind for i in items}
    review = build_review_documents(Amendment(original, revised, items, FILING))
    printed = doc(as_word_prints(after)) if word else revised
    assert shown(review.redline, accept=True) == marked(printed)
    assert shown(review.redline, accept=False) == marked(original)
