"""The conformed copy (and the redline) of an EDGAR offer, set in the house style, keeps the
original's printed pages: each page begins on a new page, and its folio ("i", "5", none on
the cover) is printed at its foot, so the copy read back cites every paragraph on the page
the original prints it on."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import Document
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def pages(document: Document) -> dict[str, str | None]:
    return {" ".join(p.text.split()): p.page for s in document.sections for p in s.paragraphs}


@pytest.mark.parametrize("case", ["2002-txt-halloran-options", "2023-htm-carrow-preferred"])
def test_the_conformed_copy_keeps_the_originals_pages_and_folios(case: str, tmp_path: Path) -> None:
    folder = CORPUS / case
    fmt = "txt" if "-txt-" in case else "htm"
    original = load_document(folder / f"original.{fmt}")
    revised = load_document(folder / f"revised.{fmt}")
    amendment = draft_amendment(original, revised, load_filing(folder / "filing.toml"))
    review = build_review_documents(amendment)
    for name, data in (("conformed", review.conformed), ("redline", review.redline)):
        path = tmp_path / f"{name}.docx"
        path.write_bytes(data)
        read = pages(load_document(path))
        before = pages(original)
        kept = [text for text in before if text in read]
        assert len(kept) > 0.8 * len(before)
        wrong = [(t[:50], before[t], read[t]) for t in kept if before[t] != read[t]]
        assert not wrong, (name, wrong[:5])
    word = docx.Document(io.BytesIO(review.conformed))
    assert len(word.sections) > 1  # the cover without a folio, then numbered pages
