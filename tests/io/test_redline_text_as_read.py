"""A Word original that still holds another author's tracked changes, a formatting change
and hidden text is read with every change accepted and without its hidden text; the redline
and the conformed copy are built from that same text: the amendment's author is the only
author of a revision, nothing the amendment did not change is marked, and no hidden words
are carried into a file that is filed or sent."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

NOTE = "HIDDEN DRAFTING NOTE: confirm with tax."
VEST = "The New RSUs will vest over three years."
ADDED = " Vesting stops when employment ends."
STRUCK = " Unvested units are forfeited."


def _revision(tag: str, text: str) -> etree._Element:
    mark = OxmlElement(tag)
    mark.set(qn("w:id"), "901")
    mark.set(qn("w:author"), "Associate")
    mark.set(qn("w:date"), "2009-05-01T00:00:00Z")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    mark.append(run)
    return mark


def _offer(path: Path, revised: bool) -> Path:
    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    first = word.add_paragraph("You are eligible if you are employed on the start date.")
    if not revised:
        hidden = first.add_run(" " + NOTE)
        hidden._r.get_or_add_rPr().append(OxmlElement("w:vanish"))
        bold = first.runs[0]._r.get_or_add_rPr()
        change = OxmlElement("w:rPrChange")
        for name, value in (("w:id", "903"), ("w:author", "Associate"), ("w:date", "2009")):
            change.set(qn(name), value)
        change.append(OxmlElement("w:rPr"))
        bold.append(change)
    vest = word.add_paragraph(VEST)
    vest.runs[-1].add_break(WD_BREAK.PAGE)
    if revised:
        vest.add_run(ADDED)
    else:
        vest._p.append(_revision("w:ins", ADDED))
        vest._p.append(_revision("w:del", STRUCK))
    word.add_heading("2. Expiration", level=2)
    word.add_paragraph("The offer expires at 11:59 p.m., Eastern Time, on June 3.")
    if revised:
        word.add_paragraph("We may extend the offer.")
    word.save(str(path))
    return path


def _xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read("word/document.xml").decode()


def test_outputs_are_built_from_the_text_as_read(tmp_path: Path) -> None:
    original = load_document(_offer(tmp_path / "offer.docx", revised=False))
    revised = load_document(_offer(tmp_path / "revised.docx", revised=True))
    assert VEST + ADDED in [p.text for s in original.sections for p in s.paragraphs]
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    assert [i.new_text for i in amendment.change_items] == ["We may extend the offer."]
    review = build_review_documents(amendment)
    redline, conformed = _xml(review.redline), _xml(review.conformed)
    assert "Associate" not in redline
    root = etree.fromstring(redline.encode())
    marks = [m for tag in ("w:ins", "w:del") for m in root.iter(qn(tag))]
    assert {m.get(qn("w:author")) for m in marks} == {"Ashby & Kettering LLP"}
    assert "".join(t for m in marks for t in m.itertext()) == "We may extend the offer."
    for xml in (redline, conformed):
        assert NOTE not in xml and "vanish" not in xml
        assert "Unvested" not in xml and "rPrChange" not in xml
        assert xml.count('w:type="page"') == 1
    assert ADDED.strip() in conformed


def _broken(path: Path, words: str) -> Path:
    """A paragraph whose page break Word set after its first sentence."""
    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Vesting", level=2)
    vest = word.add_paragraph(VEST)
    vest.runs[-1].add_break(WD_BREAK.PAGE)
    vest.add_run(words)
    word.add_heading("2. Expiration", level=2)
    word.add_paragraph("The offer expires at 11:59 p.m., Eastern Time, on June 3.")
    word.save(str(path))
    return path


def test_words_deleted_next_to_a_page_break_leave_the_break(tmp_path: Path) -> None:
    for before, after in ((ADDED, ""), (ADDED, STRUCK), ("", ADDED)):
        original = load_document(_broken(tmp_path / "offer.docx", before))
        revised = load_document(_broken(tmp_path / "revised.docx", after))
        amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
        review = build_review_documents(amendment)
        root = etree.fromstring(_xml(review.redline).encode())
        for mark in (m for tag in ("w:ins", "w:del") for m in root.iter(qn(tag))):
            assert mark.find(f".//{qn('w:br')}") is None, (before, after)
        assert _xml(review.conformed).count('w:type="page"') == 1
        (tmp_path / "conformed.docx").write_bytes(review.conformed)
        texts = [
            p.text
            for s in load_document(tmp_path / "conformed.docx").sections
            for p in s.paragraphs
        ]
        assert VEST + after in texts
