"""A footnote the revision adds in Word is drafted as what it is, a footnote added to the
paragraph that carries its reference, after the words the reference follows; the redline
tracks a real footnote (its reference in the body, its text in the notes) and the conformed
copy reads back as the revised offer."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
from docx.oxml.ns import qn

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_word_note_deleted import _offer

NEW_NOTE = "Based on a Schedule 13G filed on February 10, 2009."


def _amendment(tmp_path: Path):  # type: ignore[no-untyped-def]
    original = load_document(_offer(tmp_path / "original.docx", noted=False))
    revised = load_document(_offer(tmp_path / "revised.docx", noted=True))
    return revised, draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))


def test_the_reference_of_a_word_footnote_keeps_its_place_in_the_paragraph(
    tmp_path: Path,
) -> None:
    revised = load_document(_offer(tmp_path / "revised.docx", noted=True))
    holds = revised.numbered_sections()[0].paragraphs[0]
    assert holds.text.startswith("Harlow Partners, L.P. holds approximately 14% of our stock.")
    # the mark follows "stock." : its non-space characters before it
    before = "Harlow Partners, L.P. holds approximately 14% of our stock."
    assert holds.note_refs == f"{len(before.replace(' ', ''))}:1"


def test_a_footnote_added_is_drafted_as_a_footnote_after_its_words(tmp_path: Path) -> None:
    _revised, amendment = _amendment(tmp_path)
    [item] = amendment.change_items
    assert item.kind is ItemKind.INSERT_PARAGRAPH
    assert item.new_paragraphs == [NEW_NOTE]
    assert item.locator.added_note == "footnote"
    assert item.locator.note_after == "of our stock."
    assert filing_text(item, "(a)(1)") == (
        'The paragraph in "Section 1. Agreements With Harlow Partners, L.P." of '
        "Exhibit (a)(1) to the Tender Offer Statement has been amended by adding the "
        'following footnote after the words "of our stock.":'
    )
    assert not [f for f in run_checks(amendment) if f.code == "note-added"]


def test_the_redline_tracks_a_real_footnote_and_the_conformed_copy_reads_as_revised(
    tmp_path: Path,
) -> None:
    revised, amendment = _amendment(tmp_path)
    review = build_review_documents(amendment)
    redline = python_docx.Document(io.BytesIO(review.redline))
    inserted = [
        r for i in redline.element.body.iter(qn("w:ins")) for r in i.iter(qn("w:footnoteReference"))
    ]
    assert len(inserted) == 1
    body_text = "".join(t.text or "" for t in redline.element.body.iter(qn("w:t")))
    assert NEW_NOTE not in body_text  # the note's text is not set in the body
    path = tmp_path / "conformed.docx"
    path.write_bytes(review.conformed)
    back = load_document(path)
    assert [
        (p.kind.value, p.note, p.text, p.note_refs)
        for s in back.numbered_sections()
        for p in s.paragraphs
    ] == [
        (p.kind.value, p.note, p.text, p.note_refs)
        for s in revised.numbered_sections()
        for p in s.paragraphs
    ]


def test_the_notice_says_a_footnote_was_added(tmp_path: Path) -> None:
    from amendtool.core.plain_kind_sentences import kind_sentence as _kind_sentence
    from amendtool.core.wording import house_wording

    _revised, amendment = _amendment(tmp_path)
    [item] = amendment.change_items
    kinds = house_wording().plain_notice["kinds"]
    assert _kind_sentence(item, kinds).startswith("We added a footnote to the paragraph")


def test_a_first_footnote_in_a_file_without_notes_gets_its_notes_part(tmp_path: Path) -> None:
    from tests.io.test_word_notes_and_lists import add_notes, reference

    def offer(path: Path, noted: bool) -> Path:
        word = python_docx.Document()
        word.add_heading("THE OFFER", level=1)
        word.add_heading("1. Agreements", level=2)
        holds = word.add_paragraph("Harlow holds approximately 14% of our stock.")
        if noted:
            reference(holds, "footnote", 1)
            add_notes(word, "footnotes", {1: ["Based on a Schedule 13G."]})
        holds.add_run(" We have no agreement.")
        word.add_heading("2. Fees", level=2)
        word.add_paragraph("We pay no fees.")
        word.save(str(path))
        return path

    original = load_document(offer(tmp_path / "original.docx", noted=False))
    revised = load_document(offer(tmp_path / "revised.docx", noted=True))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    path = tmp_path / "conformed.docx"
    path.write_bytes(build_review_documents(amendment).conformed)
    read = [
        (p.kind.value, p.text, p.note_refs)
        for document in (load_document(path), revised)
        for s in document.numbered_sections()
        for p in s.paragraphs
    ]
    assert read[:3] == read[3:]
    assert read[1] == ("footnote", "Based on a Schedule 13G.", None)
