"""The printed redline and conformed copy number their pages as Word and LibreOffice print
the offer's Word file: from the section's starting number, and with no number on a cover
whose footer is its own ("Different First Page") and prints none."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.gui.printing import CONFORMED, REDLINE, export_pdf
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.io.test_cover_page import COVER, word_offer


def _foot(path: Path, page: int) -> str:
    """The number printed at the foot of the PDF's page ("" where none is)."""
    read = subprocess.run(
        ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
    )
    assert read.returncode == 0, read.stderr
    last = [line.strip() for line in read.stdout.splitlines() if line.strip()][-1]
    return last if last.isdigit() else ""


@pytest.mark.parametrize("which", [REDLINE, CONFORMED])
@pytest.mark.parametrize(
    ("start", "title_page", "feet"),
    [(0, True, ("", "1")), (1, True, ("", "2")), (0, False, ("0", "1")), (3, False, ("3", "4"))],
)
def test_the_cover_prints_the_number_word_prints(
    qapp,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    which: str,
    start: int,
    title_page: bool,
    feet: tuple[str, str],
) -> None:
    original = load_document(word_offer(tmp_path / "o.docx", COVER, start, title_page))
    revised = load_document(
        word_offer(tmp_path / "r.docx", COVER.replace("$20.00", "$17.50"), start, title_page)
    )
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    pdf = export_pdf(amendment, tmp_path / f"{which}.pdf", which)
    assert (_foot(pdf, 1), _foot(pdf, 2)) == feet
