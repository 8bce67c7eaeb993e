"""The plain notice as a Word document: the memo block, real headings, left-aligned text,
typographer's quotation marks, and a placeholder for counsel that stands out."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.outputs import NOTICE_DOCX, write_outputs
from tests.conftest import SAMPLES
from tests.support.docx_text import libreoffice_convert


@pytest.fixture(scope="module")
def notice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    amendment = draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.txt"),
        load_document(SAMPLES / "offer-to-exchange-revised.txt"),
        load_filing(SAMPLES / "filing.toml"),
    )
    assert amendment.filing.notice_style == "plain"
    out = tmp_path_factory.mktemp("plain-notice")
    write_outputs(amendment, out, [NOTICE_DOCX])
    return out / NOTICE_DOCX


def alignment(paragraph) -> WD_ALIGN_PARAGRAPH | None:  # type: ignore[no-untyped-def]
    style = paragraph.style
    while style is not None:
        if style.paragraph_format.alignment is not None:
            return style.paragraph_format.alignment
        style = style.base_style
    return paragraph.paragraph_format.alignment


def test_memo_block_headings_and_left_aligned_text(notice: Path) -> None:
    paragraphs = [p for p in docx.Document(str(notice)).paragraphs if p.text.strip()]
    memo = [p.text.split("\t")[0] for p in paragraphs if p.style.name == "AT Memo"]
    assert memo == ["To:", "From:", "Date:", "Subject:"]
    styles = {p.text: p.style.name for p in paragraphs}
    assert styles["What has changed in the offer, and what has not"] == "AT Headline"
    assert styles["The exact changes"] == "AT Notice Heading"
    assert styles["Do you need to do anything?"] == "AT Subheading"
    justified = [p.text[:40] for p in paragraphs if alignment(p) == WD_ALIGN_PARAGRAPH.JUSTIFY]
    assert justified == []


def test_quotation_marks_are_curly_and_placeholders_highlighted(notice: Path) -> None:
    document = docx.Document(str(notice))
    text = "\n".join(p.text for p in document.paragraphs)
    assert '"' not in text and "“" in text and "”" in text
    highlighted = [
        run.text
        for p in document.paragraphs
        for run in p.runs
        if run.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]
    assert highlighted and all(t.startswith("[Explain") for t in highlighted)


def test_libreoffice_renders_the_plain_notice(notice: Path, tmp_path: Path) -> None:
    pdf = libreoffice_convert(notice, "pdf", tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
