"""The conformed copy of an EDGAR offer (text or HTML), set in the house style, keeps every
footnote mark: the reference next to its word in the text ("… principal amount of
Notes.(1)", set as a superscript) and the mark that leads the note itself ("(1) The
conversion rate …"), also where the revision changed the note."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import NOTE_KINDS
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def conformed(case: str, scratch: Path) -> tuple[docx.document.Document, list[tuple[str, str]]]:
    """The conformed copy, and each note of the revision with the paragraph it marks."""
    from tests.corpus.build import case_files

    original, revised = case_files(CORPUS / case, scratch)
    after = load_document(revised)
    amendment = draft_amendment(
        load_document(original), after, load_filing(CORPUS / case / "filing.toml")
    )
    word = docx.Document(io.BytesIO(build_review_documents(amendment).conformed))
    notes = [
        (p.note or "", p.text) for s in after.sections for p in s.paragraphs if p.kind in NOTE_KINDS
    ]
    return word, notes


def texts(word: docx.document.Document) -> list[str]:
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    return [p.text for p in word.paragraphs] + cells


@pytest.mark.parametrize("case", ["2021-htm-kilnworth-notes", "2003-txt-merriden-cash"])
def test_every_footnote_keeps_its_mark_in_the_conformed_copy(case: str, tmp_path: Path) -> None:
    word, notes = conformed(case, tmp_path)
    assert notes
    written = texts(word)
    for mark, text in notes:
        led = f"({mark}) {text}"
        assert led in written, (led, [t for t in written if text[:30] in t])
        # and the reference to it next to its word in the text
        assert any(f"({mark})" in t and t != led for t in written)


def test_a_reference_mark_stays_next_to_its_word_as_a_superscript(tmp_path: Path) -> None:
    word, _ = conformed("2021-htm-kilnworth-notes", tmp_path)
    [paragraph] = [p for p in word.paragraphs if "principal amount of Notes.(1)" in p.text]
    marks = [r for r in paragraph.runs if r.text == "(1)"]
    assert marks and all(r.font.superscript for r in marks)
    assert paragraph.text.endswith("principal amount of Notes.(1)")
