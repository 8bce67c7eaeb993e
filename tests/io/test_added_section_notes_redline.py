"""The redline of a section the revision adds: a footnote of the new section is a note in the
redline (accepting gives a note, not a paragraph of the body), and a new cover, which has
no heading, is written without an empty heading line."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.core.model import Document
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.io.test_redline_property import FILING, as_word_prints, marked, shown, word_file
from tests.support.builders import Spec, doc
from tests.support.found_pairs import NOTE_ALONE_ON_AN_ADDED_COVER

BASE: Spec = [
    ("", ["Offer to exchange eligible options for new options."]),
    ("1. Number of Options", ["Eligible holders may tender options."]),
]
WORDS = "Holders may withdraw tendered options."
NOTE = "[fn 2] Options granted under the 2019 Plan are eligible."
OTHER = "[fn 3] New options vest over two years."


def redline(original: Document, revised: Document) -> bytes:
    items = draft_items(original, revised).items
    return build_review_documents(Amendment(original, revised, items, FILING)).redline


@pytest.mark.parametrize(
    "added",
    [[WORDS, NOTE], [NOTE, WORDS], [NOTE], [WORDS, NOTE, "More words of the section.", OTHER]],
    ids=["after its paragraph", "opening the section", "alone", "two notes"],
)
def test_a_note_of_an_added_section_is_a_note_in_the_redline(added: list[str]) -> None:
    original, revised = doc(BASE), doc([*BASE, ("2. Miscellaneous", added)])
    data = redline(original, revised)
    assert shown(data, accept=True) == marked(revised)
    assert shown(data, accept=False) == marked(original)


def test_a_note_moved_to_a_word_original_with_no_cover_stays_a_note(tmp_path: Path) -> None:
    """The cover the revision adds holds only the note: Word hangs it from the text after
    it, the next heading."""
    before, after = NOTE_ALONE_ON_AN_ADDED_COVER
    original = load_document(word_file(before, tmp_path))
    data = redline(original, doc(after))
    assert shown(data, True, rows=True) == marked(doc(as_word_prints(after)), rows=True)
    assert shown(data, False, rows=True) == marked(original, rows=True)


@pytest.mark.parametrize("cover", [["Cover words of the offer."], [NOTE]], ids=["text", "note"])
def test_a_cover_added_to_a_word_original_has_no_empty_heading(
    cover: list[str], tmp_path: Path
) -> None:
    before: Spec = [("", []), BASE[1]]
    original = load_document(word_file(before, tmp_path))
    data = redline(original, doc([("", cover), BASE[1]]))
    word = docx.Document(io.BytesIO(data))
    blank = [p for p in word.paragraphs if p.style is not None and "Heading" in p.style.name]
    assert [p.text for p in blank] == ["1. Number of Options"]
