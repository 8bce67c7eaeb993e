"""A footnote restated is quoted as the offer prints it: a Word footnote or a superscript
note opens with its text (its mark is a reference, not words of the note); an EDGAR text
note opens with "(1)", which the offer prints. The filing and the notice's word-for-word
changes agree."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx as python_docx
import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import quoted_blocks
from amendtool.core.layout import plain_text
from amendtool.core.notice_document import notice_blocks
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.io.test_text_note_added import HEAD
from tests.io.test_word_notes_and_lists import add_notes, reference

OLD = "Excludes options granted under the 2005 Director Plan."
NEW = "Excludes options granted under the 2005 Director Plan and the 2007 Inducement Plan."
BODY = "Options to purchase 2,400,000 shares are eligible."
Offer = Callable[[Path, str], Path]  # writes the offer with its note's text, in one format


def _word(path: Path, note: str) -> Path:
    word = python_docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligible Options", level=2)
    eligible = word.add_paragraph(BODY)
    reference(eligible, "footnote", 2)
    eligible.add_run(" New options will be granted promptly.")
    word.add_heading("2. Miscellaneous", level=2)
    word.add_paragraph("We make no recommendation.")
    add_notes(word, "footnotes", {2: [note]})
    word.save(str(path))
    return path


def _html(path: Path, note: str) -> Path:
    body = (
        "<p><b>1. Eligible Options</b></p>"
        f"<p>{BODY}<sup>1</sup> New options will be granted promptly.</p>"
        f"<p><sup>1</sup> {note}</p>"
        "<p><b>2. Miscellaneous</b></p><p>We make no recommendation.</p>"
        '<p style="text-align:center">10</p>'
    )
    path.write_text(f"<html><body>{body}</body></html>")
    return path


def _text(path: Path, note: str) -> Path:
    path.write_text(
        HEAD
        + "3.   ELIGIBLE OPTIONS.\n\n"
        + "     Options to purchase 2,400,000 shares are eligible.(1) New options will be\n"
        + "granted promptly.\n\n"
        + f"----------\n(1) {note}\n\n"
        + "                                      12\n"
    )
    return path


def _amended(tmp_path: Path, make: Offer, suffix: str) -> Amendment:
    original = load_document(make(tmp_path / f"original.{suffix}", OLD))
    revised = load_document(make(tmp_path / f"revised.{suffix}", NEW))
    return draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))


@pytest.mark.parametrize(
    ("make", "suffix", "quoted"),
    [
        pytest.param(_word, "docx", f'"{NEW}"', id="word-footnote"),
        pytest.param(_html, "htm", f'"{NEW}"', id="html-superscript"),
        pytest.param(_text, "txt", f'"(1) {NEW}"', id="edgar-text-prints-its-mark"),
    ],
)
def test_a_restated_footnote_is_quoted_as_the_offer_prints_it(
    tmp_path: Path, make: Offer, suffix: str, quoted: str
) -> None:
    amendment = _amended(tmp_path, make, suffix)
    [item] = amendment.change_items
    assert item.locator.note == "1"
    assert [b.text for b in quoted_blocks(item)] == [quoted]
    notice = " ".join(plain_text(notice_blocks(amendment)).split())
    assert quoted in notice
