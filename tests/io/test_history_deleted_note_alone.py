"""The note closing a paragraph an amendment took out whole ("[deleted by Amendment No. 2,
…]") goes with that paragraph: accepting every change, in Word or in LibreOffice, leaves
neither the paragraph nor its note, and never the note run on into the next paragraph."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from amendtool.core.series import Series
from amendtool.io.history_docx import history_docx
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.support.docx_text import libreoffice_resolved
from tests.support.series import edited, filing, three_amendments

NEXT = "We have not authorized any person"


def _deleting(series: Series, section: str, index: int, number: int) -> Series:
    series.draft(edited(series.base(number), section, index, None), filing(number))
    return series


def _series(shape: str) -> tuple[Series, int]:
    """A paragraph of the offer as filed taken out by No. 1; one No. 1 put in, taken out by
    No. 4; and the last paragraph of a section, before the next heading, taken out by No. 1."""
    if shape == "as filed":
        original = load_document(SAMPLES / "offer-to-exchange.docx")
        return _deleting(Series(original), "17", 1, 1), 1
    if shape == "put in earlier":
        series, _ = three_amendments()
        return _deleting(series, "17", 1, 4), 4
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    last = len(next(s for s in original.sections if s.number == "16").paragraphs) - 1
    return _deleting(Series(original), "16", last, 1), 1


@pytest.mark.parametrize("shape", ["as filed", "put in earlier", "before a heading"])
def test_the_note_of_a_deleted_paragraph_is_no_change_of_its_own_amendment(shape: str) -> None:
    """Word reads words put in and taken out by the same reviewer as gone; LibreOffice keeps
    them, so the note must be put in by another than the amendment that takes it out."""
    series, through = _series(shape)
    body = docx.Document(io.BytesIO(history_docx(series, through))).element.body
    notes = [
        t for t in body.iter(qn("w:delText")) if (t.text or "").strip().startswith("[deleted by")
    ]
    assert notes
    for text in notes:
        deletion = text.getparent().getparent()
        insertion = deletion.getparent()
        assert deletion.tag == qn("w:del") and insertion.tag == qn("w:ins")
        assert insertion.get(qn("w:author")) != deletion.get(qn("w:author"))


def test_libreoffice_accepting_every_change_leaves_no_note_glued_on(tmp_path: Path) -> None:
    series, through = _series("as filed")
    path = tmp_path / "history.docx"
    path.write_bytes(history_docx(series, through))
    accepted = libreoffice_resolved(path, True, tmp_path)
    assert not [line for line in accepted if "[deleted by" in line], accepted
    assert [line for line in accepted if line.startswith(NEXT)]
    rejected = libreoffice_resolved(path, False, tmp_path)
    assert not [line for line in rejected if "Amendment No." in line], rejected
