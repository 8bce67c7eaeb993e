"""The note after a paragraph the history shows taken out names what each amendment did to
it: one that put the paragraph in and a later one that took it out are never both "deleted
by"."""

from __future__ import annotations

import io

import docx

from amendtool.core.series import Series
from amendtool.io.history_docx import history_docx
from tests.support.builders import doc
from tests.support.series import filing

ADDED = "Employees on leave may also tender their options."
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REWRITTEN = "Employees on an approved leave may also tender their options."


def spec(*extra: str) -> list:
    return [
        ("", ["Kestrel Corp. is offering to exchange options for new options."]),
        ("1. Eligibility", ["You may exchange Eligible Options.", *extra]),
        ("2. Conditions", ["The offer is subject to conditions."]),
    ]


def test_a_paragraph_put_in_rewritten_and_taken_out_names_each_amendments_part() -> None:
    series = Series(doc(spec()))
    series.draft(doc(spec(ADDED)), filing(1))
    series.draft(doc(spec(REWRITTEN)), filing(2))
    series.draft(doc(spec()), filing(3))
    word = docx.Document(io.BytesIO(history_docx(series, through=3)))
    shown = [
        "".join(t.text or "" for t in p._p.iter(W + "t", W + "delText")) for p in word.paragraphs
    ]
    [paragraph] = [t for t in shown if "approved leave" in t and "[" in t]
    note = paragraph[paragraph.index("[") :]
    assert "inserted by Amendment No. 1" in note
    assert "amended by Amendment No. 2" in note
    assert "deleted by Amendment No. 3" in note
    assert note.count("deleted by") == 1, note
