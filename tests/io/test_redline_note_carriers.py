"""A note's reference needs text in Word. A note the revision adds at the top of its
section hangs from the section's heading (at the top of the cover, from the text after it:
the cover's first paragraph or row, else the next heading), one added after a table row from
the row; a
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
from tests.io.test_redline_property import FILING, as_word_prints, marked, shown, word_file
from tests.support.builders import Spec, doc

A, B, C = "Alpha beta gamma delta.", "Epsilon zeta eta theta.", "Iota kappa lambda mu."
D = "Nu xi omicron pi rho sigma."
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
    "added at the top of the cover": (
        [("", [C, A]), ("1. Terms", [B])],
        [("", [NOTE, C, A]), ("1. Terms", [B])],
    ),
    "added at the top of a cover opening with a table row": (
        [("", ["Price\t$1.00", C]), ("1. Terms", [B])],
        [("", [NOTE, "Price\t$1.00", C]), ("1. Terms", [B])],
    ),
    "added as the cover's only text": (
        [("", [C]), ("1. Terms", [B])],
        [("", [NOTE]), ("1. Terms", [B])],
    ),
    "kept, its paragraph moved away": (
        [("", [C]), ("1. Terms", [A, B, NOTE, D])],
        [("", [C]), ("1. Terms", [A, NOTE, D, B])],
    ),
    "kept, its paragraph split in two": (
        [("", [C]), ("1. Terms", [A, f"{B} {D}", NOTE, C])],
        [("", [C]), ("1. Terms", [A, B, D, NOTE, C])],
    ),
    "kept, moved to the top of the cover": (
        [("", [C, NOTE]), ("1. Terms", [B])],
        [("", [NOTE, C]), ("1. Terms", [B])],
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
    printed = doc(as_word_prints(after)) if word else revised
    assert shown(review.redline, accept=True) == marked(printed)
    assert shown(review.redline, accept=False) == marked(original)


def test_a_note_added_at_the_top_of_the_cover_prints_its_mark_in_the_first_paragraph(
    tmp_path: Path,
) -> None:
    """No heading and no text before it: the mark goes in the cover's first paragraph. In
    the house style the note stays where the revision sets it; in counsel's Word file Word
    sets it after that paragraph, which is what Word prints."""
    before, after = [("", [C, A]), ("1. Terms", [B])], [("", [NOTE, C, A]), ("1. Terms", [B])]
    revised = doc(after)
    house = doc(before)
    review = build_review_documents(
        Amendment(house, revised, draft_items(house, revised).items, FILING)
    )
    assert shown(review.redline, accept=True) == marked(revised)
    assert shown(review.redline, accept=False) == marked(house)
    word = load_document(word_file(before, tmp_path))
    review = build_review_documents(
        Amendment(word, revised, draft_items(word, revised).items, FILING)
    )
    cover = [C, "[note] Note words here now.", A]
    assert shown(review.redline, accept=True)[:3] == cover
    assert shown(review.redline, accept=False) == marked(word)
