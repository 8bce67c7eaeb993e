"""A note the revision adds to an EDGAR text offer is one change, drafted once: printing its
mark in the text ("years(1)") is part of adding the note, not an item of its own; and a new
paragraph added with its note is drafted as the paragraph, then the note added after the
words that carry its mark."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.model import ParagraphKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_text_note_added import HEAD

VESTING = (
    "     Each new option will vest over three years and will have an exercise\n"
    "price equal to the closing price of our common stock.\n\n"
)
NOTE = "Options granted to officers vest over four years, as described in Section 8."
BONUS = "We will also grant each eligible officer a cash bonus(1) when the offer closes."
BONUS_NOTE = "The bonus will be paid in the payroll that follows the grant."


def _with_new_paragraph(path: Path, noted: bool) -> Path:
    added = (
        "     We will also grant each eligible officer a cash bonus(1) when the offer\n"
        "closes.\n\n"
        f"----------\n(1) {BONUS_NOTE}\n\n"
    )
    path.write_text(
        HEAD
        + "3.   NEW OPTIONS.\n\n"
        + VESTING
        + (added if noted else "")
        + "                                      12\n<PAGE>\n\n"
        + "     We will grant the new options promptly.\n\n"
        + "                                      13\n"
    )
    return path


def _marked(path: Path, mark: str) -> Path:
    """The offer with the mark `mark` printed after "three years" (none: "") and its note."""
    note = f"----------\n{mark.strip()} {NOTE}\n\n" if mark else ""
    path.write_text(
        HEAD
        + "3.   NEW OPTIONS.\n\n"
        + f"     Each new option will vest over three years{mark} and will have an exercise\n"
        + "price equal to the closing price of our common stock.\n\n"
        + note
        + "                                      12\n<PAGE>\n\n"
        + "     We will grant the new options promptly.\n\n"
        + "                                      13\n"
    )
    return path


@pytest.mark.parametrize("mark", ["(1)", " (1)", "*", " *", "(a)"])
def test_a_note_and_its_mark_are_one_item(tmp_path: Path, mark: str) -> None:
    original = load_document(_marked(tmp_path / "original.txt", ""))
    revised = load_document(_marked(tmp_path / "revised.txt", mark))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    assert item.kind is ItemKind.INSERT_PARAGRAPH
    assert item.new_paragraphs == [NOTE]
    assert filing_text(item, "(a)(1)").endswith(
        'has been amended by adding the following footnote after the words "over three years":'
    )
    review = build_review_documents(amendment)
    path = tmp_path / "conformed.docx"
    path.write_bytes(review.conformed)
    back = load_document(path).numbered_sections()[2]
    assert back.paragraphs[0].text.startswith(f"Each new option will vest over three years{mark} ")


def test_a_new_paragraph_is_drafted_with_its_note(tmp_path: Path) -> None:
    original = load_document(_with_new_paragraph(tmp_path / "original.txt", noted=False))
    revised = load_document(_with_new_paragraph(tmp_path / "revised.txt", noted=True))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    paragraph, note = amendment.change_items
    assert (paragraph.kind, paragraph.new_paragraphs) == (ItemKind.INSERT_PARAGRAPH, [BONUS])
    assert paragraph.locator.added_note is None
    assert (note.locator.added_note, note.locator.note_after) == ("footnote", "a cash bonus")
    assert note.new_paragraphs == [BONUS_NOTE]
    assert note.materiality_reason.endswith("adds a footnote")
    assert filing_text(note, "(a)(1)").endswith(
        'has been amended by adding the following footnote after the words "a cash bonus":'
    )
    review = build_review_documents(amendment)
    path = tmp_path / "conformed.docx"
    path.write_bytes(review.conformed)
    back = load_document(path).numbered_sections()[2]
    assert [(p.kind, p.text) for p in back.paragraphs][1:3] == [
        (ParagraphKind.BODY, BONUS),
        (ParagraphKind.FOOTNOTE, BONUS_NOTE),
    ]
