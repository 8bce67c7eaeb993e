"""A Word footnote taken out by the revision: the redline strikes its reference in the body
with the note, so the conformed copy has no mark left pointing at an empty note."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
from docx.oxml.ns import qn

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_word_notes_and_lists import add_notes, reference


def _offer(path: Path, noted: bool) -> Path:
    word = python_docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Agreements With Harlow Partners, L.P.", level=2)
    holds = word.add_paragraph("Harlow Partners, L.P. holds approximately 14% of our stock.")
    if noted:
        reference(holds, "footnote", 2)
    holds.add_run(" We have no agreement with Harlow Partners, L.P. concerning the offer.")
    word.add_heading("2. Miscellaneous", level=2)
    fees = word.add_paragraph("We pay no fees.")
    reference(fees, "footnote", 3)
    notes = {3: ["Fees of the depositary are paid by us."]}
    if noted:
        notes = {2: ["Based on a Schedule 13G filed on February 10, 2009."], **notes}
    add_notes(word, "footnotes", notes)
    word.save(str(path))
    return path


def test_a_deleted_footnote_takes_its_reference_with_it(tmp_path: Path) -> None:
    original = load_document(_offer(tmp_path / "original.docx", noted=True))
    revised = load_document(_offer(tmp_path / "revised.docx", noted=False))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    assert [i.kind for i in amendment.change_items] == [ItemKind.DELETE_PARAGRAPH]
    review = build_review_documents(amendment)
    redline = python_docx.Document(io.BytesIO(review.redline)).element.body
    struck = [r for d in redline.iter(qn("w:del")) for r in d.iter(qn("w:footnoteReference"))]
    assert [r.get(qn("w:id")) for r in struck] == ["2"]
    conformed = python_docx.Document(io.BytesIO(review.conformed)).element.body
    assert [r.get(qn("w:id")) for r in conformed.iter(qn("w:footnoteReference"))] == ["3"]
    path = tmp_path / "conformed.docx"
    path.write_bytes(review.conformed)
    back = load_document(path)
    assert [(p.kind.value, p.text) for s in back.numbered_sections() for p in s.paragraphs] == [
        (p.kind.value, p.text) for s in revised.numbered_sections() for p in s.paragraphs
    ]
