"""A sentence added at the end of an answer that closes with its pointer "(See Section 3)":
the amended text keeps the pointer last, and so must the conformed copy and the redline
(they place the item as the amended text does, never by a placement of their own)."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

ANSWER = "The offer expires at 5:00 p.m. on June 14, 2002, unless we extend it.{} (See Section 3)"
ADDED = " If we extend it, we will announce the extension by press release."


def _offer(path: Path, added: str) -> Path:
    path.write_text(
        "<html><body><p><b>SUMMARY TERM SHEET</b></p>"
        "<p>Q. When does the offer expire?</p>"
        f"<p>A. {ANSWER.format(added)}</p>"
        "<p><b>1. Eligibility</b></p><p>Employees holding options are eligible.</p>"
        "<p><b>3. Extension</b></p><p>We may extend the offer.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    return path


def test_a_sentence_added_before_a_closing_pointer_stays_before_it_in_the_conformed_copy(
    tmp_path: Path,
) -> None:
    original = load_document(_offer(tmp_path / "original.htm", ""))
    revised = load_document(_offer(tmp_path / "revised.htm", ADDED))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    assert item.kind.value == "insert_sentence"
    conformed = docx.Document(io.BytesIO(build_review_documents(amendment).conformed))
    [answer] = [p.text for p in conformed.paragraphs if "unless we extend it" in p.text]
    assert answer == f"A. {ANSWER.format(ADDED)}"
