"""A note's reference needs text before it in Word. A note the revision adds at the top of
its section hangs from the section's heading, one added after a table row from the row; a
note kept while the paragraph that printed its mark is deleted takes its mark (tracked) to
the paragraph it now follows. In each case the redline accepts to the revision and rejects
to the original, on a house-style original and on counsel's own Word file."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.io.test_redline_property import FILING, marked, shown, word_file
from tests.support.builders import Spec, doc

A, B, C = "Alpha beta gamma delta.", "Epsilon zeta eta theta.", "Iota kappa lambda mu."
NOTE = "[fn 1] Note words here now."
CASES: dict[str, tuple[Spec, Spec]] = {
    "added at the top of a section": (
        [("", [C]), ("1. Terms", [A, B])],
        [("", [C]), ("1. Terms", [NOTE, A, B])],
    ),
    "added after a table row": (
        [("", [C]), ("1. Terms", [A, "Price\t$1.00", B])],
        [("", [C]), ("1. Terms", [A, "Price\t$1.00", NOTE, B])],
    ),
    "kept, its paragraph deleted": (
        [("", [C]), ("1. Terms", [A, B, NOTE, C])],
        [("", [C]), ("1. Terms", [A, NOTE, C])],
    ),
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("word", [False, True], ids=["house style", "Word original"])
def test_the_note_keeps_a_place_for_its_mark(tmp_path: Path, case: str, word: bool) -> None:
    before, after = CASES[case]
    original = load_document(word_file(before, tmp_path)) if word else doc(before)
    revised = doc(after)
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert shown(review.redline, accept=True) == marked(revised)
    assert shown(review.redline, accept=False) == marked(original)
