"""A note the revision adds to an EDGAR HTML offer (a superscript mark after a word, the note
at the foot of the page) is drafted as a note added after the words its mark follows, and
set as a note, not as body text, in the redline and the conformed copy."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
from docx.oxml.ns import qn

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.model import ParagraphKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

SECTIONS = "".join(
    f"<p><b>{n}. {title}</b></p><p>We describe the {title.lower()} in this section.</p>"
    for n, title in enumerate(["Number of Shares", "Purpose", "Procedures"], start=1)
)
NOTE = "As of December 31, 2022, we held $60.2 million in cash."


def _offer(path: Path, noted: bool) -> Path:
    mark = "<sup>1</sup>" if noted else ""
    note = f"<p><sup>1</sup> {NOTE}</p>" if noted else ""
    body = (
        SECTIONS
        + "<p><b>4. Source of Funds</b></p>"
        + f"<p>We will pay with cash on hand.{mark} We have no financing condition.</p>"
        + "<p>We will not borrow to pay for the Shares.</p>"
        + note
        + '<p style="text-align:center">10</p>'
    )
    path.write_text(f"<html><body>{body}</body></html>")
    return path


def test_a_note_added_to_an_html_offer(tmp_path: Path) -> None:
    original = load_document(_offer(tmp_path / "original.htm", noted=False))
    revised = load_document(_offer(tmp_path / "revised.htm", noted=True))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    assert item.kind is ItemKind.INSERT_PARAGRAPH
    assert (item.locator.added_note, item.locator.note_after) == ("footnote", "cash on hand.")
    assert filing_text(item, "(a)(1)") == (
        'The first paragraph in "Section 4. Source of Funds" on page 10 of Exhibit (a)(1) to '
        "the Tender Offer Statement has been amended by adding the following footnote after "
        'the words "cash on hand.":'
    )
    review = build_review_documents(amendment)
    path = tmp_path / "conformed.docx"
    path.write_bytes(review.conformed)
    back = load_document(path).numbered_sections()[3]
    assert [(p.kind, p.text) for p in back.paragraphs] == [
        (ParagraphKind.BODY, "We will pay with cash on hand. We have no financing condition."),
        (ParagraphKind.FOOTNOTE, NOTE),
        (ParagraphKind.BODY, "We will not borrow to pay for the Shares."),
    ]
    redline = python_docx.Document(io.BytesIO(review.redline))
    texts = [
        "".join(t.text or "" for t in p.iter(qn("w:t")))
        for p in redline.element.body.iter(qn("w:p"))
    ]
    assert [t for t in texts if "cash" in t] == [
        "We will pay with cash on hand.(1) We have no financing condition.",
        f"(1) {NOTE}",
    ]
