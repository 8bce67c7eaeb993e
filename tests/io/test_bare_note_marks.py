"""An EDGAR HTML offer whose note marks are bare superscripts ("purposes.<sup>1</sup>", the
note "<sup>1</sup> Holders …"): the redline and the conformed copy keep each reference next
to its word as a superscript and lead each note with its own mark, as the offer prints them
(the readers leave a bare mark out of the text, as Word's are)."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import ParagraphKind
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES

TAX = "A holder who tenders Shares will recognize gain or loss for federal income tax purposes."
CEDE = "Approximately 58% of the Shares are held of record by Cede &amp; Co."


def _offer(path: Path, rate: str, fee: str) -> Path:
    path.write_text(
        "<html><body>"
        "<p><b>THE OFFER</b></p>"
        "<p><b>1. Purpose of the Offer</b></p>"
        f"<p>{TAX}<sup>1</sup> We describe the offer here.</p>"
        f"<p><sup>1</sup> Holders who are not United States persons may be subject to "
        f"withholding at a rate of {rate} of the gross proceeds.</p>"
        "<p><b>2. Price Range of Shares</b></p>"
        f"<p>{CEDE}<sup>2</sup></p>"
        "<p><sup>2</sup> Based on the records of our transfer agent.</p>"
        "<p><b>3. Dealer Manager</b></p>"
        f"<p>Pell &amp; Co. will receive a fee of {fee} for its services.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def review(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("bare")
    original = load_document(_offer(folder / "original.htm", "30%", "$150,000"))
    revised = load_document(_offer(folder / "revised.htm", "24%", "$175,000"))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    assert len(amendment.change_items) == 2
    made = build_review_documents(amendment)
    return original, {"redline": made.redline, "conformed": made.conformed}, folder


@pytest.mark.parametrize("which", ["redline", "conformed"])
def test_each_bare_reference_stays_next_to_its_word_as_a_superscript(review, which: str) -> None:  # type: ignore[no-untyped-def]
    _, made, _ = review
    word = docx.Document(io.BytesIO(made[which]))
    for words, mark in (("purposes.", "1"), ("Cede & Co.", "2")):
        [paragraph] = [p for p in word.paragraphs if words in p.text and len(p.text) > 40]
        runs = paragraph.runs
        at = next(i for i, r in enumerate(runs) if r.text == mark and r.font.superscript)
        assert "".join(r.text for r in runs[:at]).endswith(words)


@pytest.mark.parametrize("which", ["redline", "conformed"])
def test_each_note_is_led_by_its_own_mark(review, which: str) -> None:  # type: ignore[no-untyped-def]
    _, made, _ = review
    word = docx.Document(io.BytesIO(made[which]))
    notes = [p for p in word.paragraphs if p.text.lstrip("(12) ").startswith(("Holders", "Based"))]
    assert [p.runs[0].text.strip() for p in notes] == ["1", "2"]
    assert all(p.runs[0].font.superscript for p in notes)
    assert not any(p.text.startswith("(") for p in notes)


def test_the_conformed_copy_reads_back_as_the_revision(review) -> None:  # type: ignore[no-untyped-def]
    _, made, folder = review
    path = folder / "conformed.docx"
    path.write_bytes(made["conformed"])
    back = load_document(path)
    read = [(p.kind, p.note, p.text) for s in back.numbered_sections() for p in s.paragraphs]
    assert (ParagraphKind.FOOTNOTE, "1", read[1][2]) == read[1]
    assert read[0][2] == f"{TAX} We describe the offer here."
    assert read[1][2].endswith("at a rate of 24% of the gross proceeds.")
    assert read[2][2] == CEDE.replace("&amp;", "&")
