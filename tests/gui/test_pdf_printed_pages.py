"""The redline and conformed copy printed or exported as PDF keep the offer's own pages, as
the Word redline does: a new page where the original starts one (EDGAR's <PAGE>, a Word page
or section break), each page numbered as the original numbers it (no number on the cover,
roman on the summary, 1, 2 from the offer itself)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.gui.printing import CONFORMED, REDLINE, export_pdf
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.gui.test_pdf_pages import pages_of

COVER = """\
                        HALVERTON DEVICES, INC.

       OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS FOR NEW OPTIONS

     Halverton Devices, Inc. is offering eligible employees the
opportunity to exchange outstanding options for new options.

<PAGE>

SUMMARY TERM SHEET

     The following are answers to some of the questions that you may
have about the offer.

                                   i

<PAGE>

1. NUMBER OF OPTIONS.

     You may exchange options covering three or more shares.

2. CONDITIONS OF THE OFFER.

     Our board may waive any condition in its discretion.

                                   1

<PAGE>

3. MISCELLANEOUS.

     We are not aware of any jurisdiction where the offer would not
comply with applicable law.

                                   2
"""


def with_numbers(pdf: Path) -> list[list[str]]:
    """Each page's lines, its number at the foot kept."""
    import subprocess

    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        for page in text.split("\f")
        if page.strip()
    ]


@pytest.fixture(scope="module")
def amendment(tmp_path_factory: pytest.TempPathFactory) -> Amendment:
    folder = tmp_path_factory.mktemp("pages")
    (folder / "original.txt").write_text(COVER, encoding="utf-8")
    revised = COVER.replace("in its discretion", "in its sole discretion")
    (folder / "revised.txt").write_text(revised, encoding="utf-8")
    return draft_amendment(
        load_document(folder / "original.txt"),
        load_document(folder / "revised.txt"),
        load_filing(SAMPLES / "filing.toml"),
    )


@pytest.mark.parametrize("which", [REDLINE, CONFORMED])
def test_the_printed_copy_keeps_the_originals_pages_and_their_numbers(
    qtbot, amendment: Amendment, tmp_path: Path, which: str
) -> None:  # type: ignore[no-untyped-def]
    pdf = export_pdf(amendment, tmp_path / f"{which}.pdf", which)
    pages = pages_of(pdf)
    firsts = [page[0] for page in pages]
    assert len(pages) == 4, firsts
    assert firsts[0].endswith("HALVERTON DEVICES, INC.") or "HALVERTON" in " ".join(pages[0])
    assert firsts[1] == "SUMMARY TERM SHEET"
    assert firsts[2] == "1. NUMBER OF OPTIONS."
    assert firsts[3] == "3. MISCELLANEOUS."
    feet = [page[-1] for page in with_numbers(pdf)]
    assert feet[1:] == ["i", "1", "2"], feet
    assert not feet[0].isdigit() and feet[0] not in ("i", "1")  # the cover prints none
