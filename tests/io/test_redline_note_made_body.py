"""A footnote made body text at the same place, or body text made a footnote, in a text
original and in a Word original with real notes: the redline strikes the one and inserts the
other, so accepting it gives the revision (the words in the body, or in a note) and rejecting
it the original."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
import pytest
from docx.oxml.ns import qn

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.core.model import Document, ParagraphKind
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.io.test_redline_property import FILING, marked, shown
from tests.io.test_word_notes_and_lists import add_notes, reference
from tests.support.builders import Spec, doc

HOLDS = "Harlow Partners, L.P. holds approximately 14% of our stock."
NOTE = "Based on a Schedule 13G filed on February 10, 2009."
OTHER = "Harlow Partners, L.P. has not said whether it will tender."
FEES = "We pay no fees."


def spec(middle: str) -> Spec:
    return [
        ("", ["Offer to exchange eligible options for new options."]),
        ("1. Agreements With Harlow Partners, L.P.", [HOLDS, middle, FEES]),
        ("2. Miscellaneous", ["We will not pay soliciting dealers."]),
    ]


def word(path: Path, middle: str | None, note: str | None) -> Path:
    """The offer in Word: `middle` a paragraph after HOLDS, `note` a real footnote on it."""
    offer = python_docx.Document()
    offer.add_paragraph("Offer to exchange eligible options for new options.")
    offer.add_heading("1. Agreements With Harlow Partners, L.P.", level=2)
    holds = offer.add_paragraph(HOLDS)
    if note is not None:
        reference(holds, "footnote", 2)
    if middle is not None:
        offer.add_paragraph(middle)
    offer.add_paragraph(FEES)
    offer.add_heading("2. Miscellaneous", level=2)
    offer.add_paragraph("We will not pay soliciting dealers.")
    add_notes(offer, "footnotes", {2: [note]} if note is not None else {})
    offer.save(str(path))
    return path


def redlined(original: Document, revised: Document) -> tuple[list[ItemKind], bytes]:
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert shown(review.redline, accept=True) == marked(revised)
    assert shown(review.redline, accept=False) == marked(original)
    return [i.kind for i in items], review.redline


@pytest.mark.parametrize("body", [NOTE, OTHER], ids=["the same words", "other words"])
def test_a_text_footnote_made_body_text(body: str) -> None:
    kinds, _ = redlined(doc(spec(f"[fn 1] {NOTE}")), doc(spec(body)))
    assert kinds == [ItemKind.DELETE_PARAGRAPH, ItemKind.INSERT_PARAGRAPH]


@pytest.mark.parametrize("note", [NOTE, OTHER], ids=["the same words", "other words"])
def test_text_body_made_a_footnote(note: str) -> None:
    kinds, _ = redlined(doc(spec(NOTE)), doc(spec(f"[fn 1] {note}")))
    assert kinds == [ItemKind.DELETE_PARAGRAPH, ItemKind.INSERT_PARAGRAPH]


def _kinds(document: Document) -> list[tuple[str, str]]:
    return [(p.kind.value, p.text) for s in document.numbered_sections() for p in s.paragraphs]


@pytest.mark.parametrize("body", [NOTE, OTHER], ids=["the same words", "other words"])
def test_a_word_footnote_made_body_text(tmp_path: Path, body: str) -> None:
    original = load_document(word(tmp_path / "original.docx", None, NOTE))
    revised = load_document(word(tmp_path / "revised.docx", body, None))
    assert (ParagraphKind.FOOTNOTE.value, NOTE) in _kinds(original)
    kinds, redline = redlined(original, revised)
    assert kinds == [ItemKind.DELETE_PARAGRAPH, ItemKind.INSERT_PARAGRAPH]
    body_xml = python_docx.Document(io.BytesIO(redline)).element.body
    struck = [r for d in body_xml.iter(qn("w:del")) for r in d.iter(qn("w:footnoteReference"))]
    assert [r.get(qn("w:id")) for r in struck] == ["2"]  # no mark left on an empty note


@pytest.mark.parametrize("note", [NOTE, OTHER], ids=["the same words", "other words"])
def test_word_body_made_a_footnote(tmp_path: Path, note: str) -> None:
    original = load_document(word(tmp_path / "original.docx", NOTE, None))
    revised = load_document(word(tmp_path / "revised.docx", None, note))
    assert (ParagraphKind.FOOTNOTE.value, note) in _kinds(revised)
    kinds, _ = redlined(original, revised)
    assert kinds == [ItemKind.DELETE_PARAGRAPH, ItemKind.INSERT_PARAGRAPH]
