"""A note the revision adds to an EDGAR text offer, its mark printed in the text ("years(1)")
and the note under a rule at the page foot: the note is drafted as a footnote added after the
words its mark follows, and the redline sets the mark once (the text's own "(1)")."""

from __future__ import annotations

import io
from pathlib import Path

import docx as python_docx
from docx.oxml.ns import qn

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.model import ParagraphKind
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

HEAD = (
    "                              THE OFFER\n\n"
    "1.   ELIGIBILITY.\n\n     You are eligible if you are an employee.\n\n"
    "2.   PURPOSE OF THE OFFER.\n\n     We want to give you options that may be worth more.\n\n"
)
NOTE = "Options granted to officers vest over four years, as described in Section 8."


def _offer(path: Path, noted: bool) -> Path:
    mark = "(1)" if noted else ""
    note = (
        "----------\n(1) Options granted to officers vest over four years, as described in\n"
        "    Section 8.\n\n"
    )
    path.write_text(
        HEAD
        + "3.   NEW OPTIONS.\n\n"
        + f"     Each new option will vest over three years{mark} and will have an exercise\n"
        + "price equal to the closing price of our common stock.\n\n"
        + (note if noted else "")
        + "                                      12\n<PAGE>\n\n"
        + "     We will grant the new options promptly.\n\n"
        + "                                      13\n"
    )
    return path


def test_a_note_added_to_a_text_offer_is_a_footnote_marked_once(tmp_path: Path) -> None:
    original = load_document(_offer(tmp_path / "original.txt", noted=False))
    revised = load_document(_offer(tmp_path / "revised.txt", noted=True))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    notes = [i for i in amendment.change_items if i.kind is ItemKind.INSERT_PARAGRAPH]
    assert [(i.locator.added_note, i.locator.note_after) for i in notes] == [
        ("footnote", "over three years")
    ]
    review = build_review_documents(amendment)
    path = tmp_path / "conformed.docx"
    path.write_bytes(review.conformed)
    back = load_document(path).numbered_sections()[2]
    assert [(p.kind, p.text) for p in back.paragraphs][:2] == [
        (
            ParagraphKind.BODY,
            "Each new option will vest over three years(1) and will have an exercise price "
            "equal to the closing price of our common stock.",
        ),
        (ParagraphKind.FOOTNOTE, NOTE),
    ]
    conformed = python_docx.Document(io.BytesIO(review.conformed))
    texts = [
        "".join(t.text or "" for t in p.iter(qn("w:t")))
        for p in conformed.element.body.iter(qn("w:p"))
    ]
    [marked] = [t for t in texts if "three years" in t]
    assert marked.count("(1)") == 1
