"""An edit inside a clause of a list Word numbers itself: the reader's text carries the label
Word prints ("2.", "(b)"), the Word paragraph does not, so the redline and the conformed copy
must mark the words that changed after the label and leave the label to Word."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CLAUSES = [
    "any action is pending that challenges the offer;",
    "any change occurs that is material to us; or",
    "a tender offer for our stock has been commenced.",
]


def _styled(path: Path, clauses: list[str]) -> Path:
    """Clauses in Word's "List Number" style: the numbering comes from the style."""
    word = python_docx.Document()
    word.add_paragraph().add_run("THE OFFER").bold = True
    word.add_paragraph().add_run("1. Conditions of the Offer.").bold = True
    word.add_paragraph("We will not accept tendered options if any of the following has occurred:")
    for clause in clauses:
        word.add_paragraph(clause, style="List Number")
    word.add_paragraph().add_run("2. Miscellaneous.").bold = True
    word.add_paragraph("Nothing here is a recommendation.")
    word.save(str(path))
    return path


def _lettered(path: Path, clauses: list[str]) -> Path:
    """Clauses numbered "(a)", "(b)" by the paragraph's own w:numPr, as LibreOffice saves."""
    word = python_docx.Document()
    numbering = word.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {W} w:abstractNumId="71"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%1)"/></w:lvl></w:abstractNum>'
        )
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
    word.add_paragraph("THE OFFER").runs[0].bold = True
    word.add_paragraph("1. Conditions of the Offer.").runs[0].bold = True
    word.add_paragraph("We will not accept tendered options if any of the following has occurred:")
    for clause in clauses:
        paragraph = word.add_paragraph(clause)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>')
        )
    word.add_paragraph("2. Miscellaneous.").runs[0].bold = True
    word.add_paragraph("Nothing here is a recommendation.")
    word.save(str(path))
    return path


def _review(original: Path, revised: Path):  # type: ignore[no-untyped-def]
    amendment = draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )
    return amendment, build_review_documents(amendment)


def _runs(element, tag: str) -> str:  # type: ignore[no-untyped-def]
    text = qn("w:delText") if tag == "w:del" else qn("w:t")
    return "".join(t.text or "" for r in element.iter(qn(tag)) for t in r.iter(text))


def _body(data: bytes) -> list:  # type: ignore[type-arg]
    return list(python_docx.Document(io.BytesIO(data)).paragraphs)


def test_a_word_changed_in_a_styled_list_clause_is_redlined_and_conformed(
    tmp_path: Path,
) -> None:
    revised_clauses = [CLAUSES[0], "any change occurs that is significant to us; or", CLAUSES[2]]
    original = _styled(tmp_path / "original.docx", CLAUSES)
    revised = _styled(tmp_path / "revised.docx", revised_clauses)
    amendment, review = _review(original, revised)
    assert len(amendment.change_items) == 1
    marked = [p for p in _body(review.redline) if p._p.find(qn("w:ins")) is not None]
    assert len(marked) == 1
    assert _runs(marked[0]._p, "w:del") == "material"
    assert _runs(marked[0]._p, "w:ins") == "significant"
    assert marked[0].style.name == "List Number"  # Word still prints its label
    conformed = [p.text for p in _body(review.conformed)]
    assert conformed[3:6] == revised_clauses  # no label typed in: Word prints it


def test_a_clause_lengthened_in_a_lettered_list_is_redlined_and_conformed(
    tmp_path: Path,
) -> None:
    longer = "any change occurs that is material to us or to our subsidiaries; or"
    original = _lettered(tmp_path / "original.docx", CLAUSES)
    revised = _lettered(tmp_path / "revised.docx", [CLAUSES[0], longer, CLAUSES[2]])
    assert load_document(original).numbered_sections()[0].paragraphs[2].text.startswith("(b) ")
    _, review = _review(original, revised)
    marked = [p for p in _body(review.redline) if p._p.find(qn("w:ins")) is not None]
    assert [_runs(p._p, "w:ins") for p in marked] == [" or to our subsidiaries"]
    assert [p.text for p in _body(review.conformed)][3:6] == [CLAUSES[0], longer, CLAUSES[2]]


def test_a_sentence_added_before_a_clause_goes_after_words_label(tmp_path: Path) -> None:
    first = "any action is pending that challenges the offer; this includes any appeal;"
    original = _styled(tmp_path / "original.docx", CLAUSES)
    revised = _styled(tmp_path / "revised.docx", [first, *CLAUSES[1:]])
    _, review = _review(original, revised)
    assert [p.text for p in _body(review.conformed)][3:6] == [first, *CLAUSES[1:]]


def test_a_clause_added_to_a_styled_list_is_numbered_by_word(tmp_path: Path) -> None:
    added = "any court enjoins the offer;"
    original = _styled(tmp_path / "original.docx", CLAUSES)
    revised = _styled(tmp_path / "revised.docx", [CLAUSES[0], added, *CLAUSES[1:]])
    _, review = _review(original, revised)
    conformed = _body(review.conformed)
    assert [p.text for p in conformed][3:7] == [CLAUSES[0], added, *CLAUSES[1:]]
    assert [p.style.name for p in conformed][3:7] == ["List Number"] * 4
    inserted = [p for p in _body(review.redline) if p._p.find(qn("w:ins")) is not None]
    assert [(p.style.name, _runs(p._p, "w:ins")) for p in inserted] == [("List Number", added)]
