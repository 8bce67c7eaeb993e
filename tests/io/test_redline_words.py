"""The redline marks the words that changed, as Word's Compare does, inside every replaced
paragraph and sentence; the items still cite the whole unit.

Checked three ways: accepting every revision gives the conformed copy, rejecting every
revision gives the original, and no word the old and new text share is struck through.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
import re
from pathlib import Path

import docx
from lxml import etree

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import W, comparable, flat, resolve

WORD = re.compile(r"\w+(?:['’.,-]\w+)*")


def offer(tmp_path: Path, name: str, paragraphs: list[str]) -> Path:
    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    for text in paragraphs:
        word.add_paragraph(text)
    word.add_heading("2. Miscellaneous", level=2)
    word.add_paragraph("This offer is governed by the laws of the State of Delaware.")
    path = tmp_path / name
    word.save(str(path))
    return path


def revision_runs(paragraph: etree._Element) -> list[tuple[str, str]]:
    """The paragraph as (how it is marked, text): 'same', 'del' or 'ins'."""
    out: list[tuple[str, str]] = []
    for run in paragraph.iter(f"{W}r"):
        parent = run.getparent()
        mark = {f"{W}del": "del", f"{W}ins": "ins"}.get(parent.tag if parent is not None else "")
        text = "".join(t.text or "" for t in run.iter(f"{W}t", f"{W}delText"))
        out.append((mark or "same", text))
    return out


def struck_shared_words(paragraph: etree._Element) -> list[str]:
    """Words the old and new text of the paragraph share (in order) that are struck."""
    runs = revision_runs(paragraph)
    old_words: list[tuple[str, bool]] = []  # (word, struck)
    for mark, text in runs:
        if mark != "ins":
            old_words += [(w, mark == "del") for w in WORD.findall(text)]
    new_words = [w for mark, text in runs if mark != "del" for w in WORD.findall(text)]
    matcher = difflib.SequenceMatcher(None, [w for w, _ in old_words], new_words, autojunk=False)
    struck = []
    for block in matcher.get_matching_blocks():
        if block.size >= 3:  # a run of three or more words kept: never struck
            struck += [w for w, gone in old_words[block.a : block.a + block.size] if gone]
    return struck


def marked_paragraphs(redline: bytes) -> list[etree._Element]:
    root = etree.fromstring(docx.Document(io.BytesIO(redline)).element.xml.encode())
    return [p for p in root.iter(f"{W}p") if p.find(f".//{W}del") is not None]


def test_a_rewritten_paragraph_is_marked_word_by_word(tmp_path: Path) -> None:
    old = (
        "The conditions to the offer are for our benefit. Any failure by us to exercise any "
        "of these rights will not be deemed a waiver of those rights, which may be asserted "
        "at any time."
    )
    new = (
        "The conditions to this offer are for our benefit. Except for the conditions that "
        "must be satisfied by the expiration date, any failure by us to exercise any of these "
        "rights is not a waiver of those rights, which may be asserted at any time."
    )
    before = load_document(offer(tmp_path, "o.docx", [old]))
    after = load_document(offer(tmp_path, "r.docx", [new]))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    assert [i.kind.value for i in amendment.change_items] == ["replace_paragraph"]
    redline = build_review_documents(amendment).redline
    [paragraph] = marked_paragraphs(redline)
    runs = revision_runs(paragraph)
    deleted = [text for mark, text in runs if mark == "del"]
    inserted = [text for mark, text in runs if mark == "ins"]
    assert " ".join(deleted).split() == ["the", "Any", "will", "be", "deemed"]
    assert any("this" in text for text in inserted)
    assert any(text.strip() == "is" for text in inserted)
    assert "not" not in " ".join(deleted + inserted).split()
    assert struck_shared_words(paragraph) == []
    kept = "".join(text for mark, text in runs if mark == "same")
    assert "conditions to" in kept and "which may be asserted at any time." in kept
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == flat(
        TextDocument.from_document(after).comparable()
    )
    assert comparable(resolve(redline, False), tmp_path, "j.docx") == flat(
        TextDocument.from_document(before).comparable()
    )


def test_a_replaced_sentence_is_marked_word_by_word(tmp_path: Path) -> None:
    first = "Employees who hold options may participate."
    old = f"{first} The offer expires at 5:00 p.m. on the expiration date unless we extend it."
    new = (
        f"{first} The offer now expires at 11:59 p.m., Eastern Time, on the expiration date "
        "unless we extend it, as we may do at any time."
    )
    before = load_document(offer(tmp_path, "o.docx", [old, "You may withdraw."]))
    after = load_document(offer(tmp_path, "r.docx", [new, "You may withdraw."]))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    kinds = [i.kind.value for i in amendment.change_items]
    assert kinds == ["replace_sentence"], kinds
    redline = build_review_documents(amendment).redline
    [paragraph] = marked_paragraphs(redline)
    runs = revision_runs(paragraph)
    struck = " ".join(t for m, t in runs if m == "del").split()
    assert "5:00" in struck and set(struck) <= {"5:00", "p.m."}  # a time struck whole
    assert struck_shared_words(paragraph) == []
    assert first in "".join(t for m, t in runs if m == "same")
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == flat(
        TextDocument.from_document(after).comparable()
    )
    assert comparable(resolve(redline, False), tmp_path, "j.docx") == flat(
        TextDocument.from_document(before).comparable()
    )


def test_the_sample_redline_strikes_no_word_it_keeps(tmp_path: Path) -> None:
    before = load_document(SAMPLES / "offer-to-exchange.docx")
    after = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    review = build_review_documents(amendment)
    edited = [p for p in marked_paragraphs(review.redline) if p.find(f".//{W}t") is not None]
    assert edited, "no paragraph edited in place"
    for paragraph in edited:
        assert struck_shared_words(paragraph) == []
    expected = flat(TextDocument.from_document(after).comparable())
    assert comparable(resolve(review.redline, True), tmp_path, "a.docx") == expected
    assert comparable(review.conformed, tmp_path, "c.docx") == expected
    assert comparable(resolve(review.redline, False), tmp_path, "j.docx") == flat(
        TextDocument.from_document(before).comparable()
    )


def test_revisions_carry_counsel_and_the_time_of_export() -> None:
    before = load_document(SAMPLES / "offer-to-exchange.docx")
    after = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    when = dt.datetime(2026, 5, 4, 15, 42, 7, tzinfo=dt.UTC)
    review = build_review_documents(amendment, author="Jane Roe (Roe & Doe LLP)", when=when)
    root = etree.fromstring(docx.Document(io.BytesIO(review.redline)).element.xml.encode())
    marks = list(root.iter(f"{W}ins", f"{W}del"))
    assert marks
    assert {m.get(f"{W}author") for m in marks} == {"Jane Roe (Roe & Doe LLP)"}
    assert {m.get(f"{W}date") for m in marks} == {"2026-05-04T15:42:07Z"}


def test_a_restated_section_is_marked_word_by_word(tmp_path: Path) -> None:
    """The filing restates the section; the redline still marks the words each of its
    paragraphs changed, as Word's Compare does, and strikes only what is gone."""
    old = [
        "Options may be tendered by any eligible employee who holds them on the date the "
        "offer starts.",
        "We will accept options properly tendered and not withdrawn before the expiration "
        "date of the offer.",
        "You may withdraw your tendered options at any time before the expiration date.",
        "Questions about the offer may be directed to the stock plan administrator by telephone.",
    ]
    new = [
        "Options may be tendered only by an eligible employee who still holds them on the "
        "date the offer expires, and who remains employed by us.",
        "Promptly after the expiration date we will accept every option properly tendered "
        "and not validly withdrawn, subject to the conditions.",
        "Your right to withdraw tendered options continues until the expiration date, and "
        "after forty business days if we have not accepted them.",
        "Please direct every question about the offer to our human resources department by "
        "electronic mail.",
    ]
    before = load_document(offer(tmp_path, "o.docx", old))
    after = load_document(offer(tmp_path, "r.docx", new))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    assert [i.kind.value for i in amendment.change_items] == ["replace_section"]
    redline = build_review_documents(amendment).redline
    marked = marked_paragraphs(redline)
    edited = [p for p in marked if any(m == "same" and t.strip() for m, t in revision_runs(p))]
    # the two paragraphs still the same paragraph, edited; the two rewritten ones replaced
    assert len(edited) == 2, "the restated paragraphs are struck whole"
    for paragraph in marked:
        assert struck_shared_words(paragraph) == []
    first = "".join(t for m, t in revision_runs(edited[0]) if m == "same")
    assert "Options may be tendered" in first and "holds them on the date the offer" in first
    second = "".join(t for m, t in revision_runs(edited[1]) if m == "same")
    assert "properly tendered and not" in second
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == flat(
        TextDocument.from_document(after).comparable()
    )
    assert comparable(resolve(redline, False), tmp_path, "j.docx") == flat(
        TextDocument.from_document(before).comparable()
    )


def test_a_section_restated_as_its_heading_alone_strikes_every_paragraph(tmp_path: Path) -> None:
    old = [
        "Options may be tendered by any eligible employee who holds them.",
        "We will accept options properly tendered and not withdrawn.",
        "You may withdraw your tendered options at any time.",
    ]
    before = load_document(offer(tmp_path, "o.docx", old))
    after = load_document(offer(tmp_path, "r.docx", []))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    redline = build_review_documents(amendment).redline
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == flat(
        TextDocument.from_document(after).comparable()
    )
    assert comparable(resolve(redline, False), tmp_path, "j.docx") == flat(
        TextDocument.from_document(before).comparable()
    )
