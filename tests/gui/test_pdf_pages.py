"""The PDF Qt writes is set as the Word files are: the cover page on one page (the check
boxes on the next), the exhibit index's columns apart, no heading or introduction left at
the foot of a page away from what it introduces, and the document's real title. Read back
from the PDF itself with pdftotext, as a reader sees it."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.layout import Block, Role
from amendtool.gui.printing import FILING, NOTICE, export_pdf, printable_blocks, write_pdf
from amendtool.io.load import load_document
from tests.conftest import SAMPLES


def pages_of(pdf: Path) -> list[list[str]]:
    """Each page's lines of text, without the page number at its foot."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    pages = []
    for page in text.split("\f"):
        lines = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        if lines and lines[-1].isdigit():
            lines.pop()
        if lines:
            pages.append(lines)
    return pages


def info(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def amendment():  # type: ignore[no-untyped-def]
    return draft_amendment(
        load_document(SAMPLES / "offer-to-exchange.docx"),
        load_document(SAMPLES / "offer-to-exchange-revised.docx"),
        load_filing(SAMPLES / "filing.toml"),
    )


def test_the_cover_is_one_page_and_the_index_columns_stand_apart(
    qtbot, amendment, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    pdf = export_pdf(amendment, tmp_path / "filing.pdf", FILING)
    pages = pages_of(pdf)
    cover = " ".join(pages[0])
    assert cover.startswith("SECURITIES AND EXCHANGE COMMISSION")
    assert "Copy to:" in cover and "(212) 555-0190" in cover  # the copy-to block with it
    assert pages[1][0].startswith("☐ Check box if any part of the fee")
    index = next(line for page in pages for line in page if line.startswith("Exhibit Number"))
    assert index == "Exhibit Number Description"
    title = next(line for line in info(pdf).splitlines() if line.startswith("Title:"))
    assert "Amendment No. 1" in title and "Halvorsen Networks, Inc." in title
    assert "— filing" not in title
    notice = export_pdf(amendment, tmp_path / "notice.pdf", NOTICE)
    title = next(line for line in info(notice).splitlines() if line.startswith("Title:"))
    assert "Notice of Amendment to Offer to Exchange" in title and "— notice" not in title


def test_no_heading_is_left_at_the_foot_of_a_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # one line more each time: somewhere the heading falls on a page's last line
    for filler in range(30, 60):
        notice_with(filler, tmp_path / f"notice-{filler}.pdf")


def notice_with(filler: int, pdf: Path) -> None:
    blocks = [Block(Role.PLAIN, f"{n}. We will accept your election.") for n in range(filler)]
    blocks += [
        Block(Role.SUBHEADING, "Is my earlier election still valid?"),
        Block(Role.TEXT, "Yes. Your election still counts."),
        Block(Role.ITEM, "The last paragraph has been replaced with the following:", "A."),
        Block(Role.QUOTE, "“The conditions to this offer are for our benefit.”"),
    ]
    write_pdf(printable_blocks(blocks, "Notice"), pdf, "Notice")
    for page in pages_of(pdf)[:-1]:
        assert page[-1] != "Is my earlier election still valid?", filler
        assert not page[-1].endswith("replaced with the following:"), filler
