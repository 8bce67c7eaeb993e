"""A Word offer whose cover has its own first-page footer ("Different first page") prints
the cover as Word does: with that footer's number, or none when it has no page number (or
no footer at all), even where the pages are numbered from 0. The redline and conformed
copy exported as PDF printed "0" at the foot of such a cover, which Word never shows."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.gui.printing import CONFORMED, REDLINE, export_pdf
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.gui.test_pdf_printed_pages import with_numbers

PAGES = [
    ["HALVERTON DEVICES, INC.", "OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS"],
    ["1. NUMBER OF OPTIONS.", "You may exchange options covering three or more shares."],
    ["2. CONDITIONS OF THE OFFER.", "Our board may waive any condition in its discretion."],
]


def page_number_in(footer) -> None:  # type: ignore[no-untyped-def]
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    footer.paragraphs[0]._p.append(field)


def offer(path: Path, cover_footer: str, start: int, revised: bool = False) -> Path:
    """`cover_footer`: "none" (Different first page, no first-page footer), "words" (one
    without a page number), "number" (one with it), "same" (no Different first page)."""
    document = docx.Document()
    for number, (heading, text) in enumerate(PAGES):
        document.add_paragraph(heading)
        if revised:
            text = text.replace("in its discretion", "in its sole discretion")
        paragraph = document.add_paragraph(text)
        if number < len(PAGES) - 1:
            paragraph.add_run().add_break(WD_BREAK.PAGE)
    section = document.sections[0]
    page_number_in(section.footer)
    if cover_footer != "same":
        section.different_first_page_header_footer = True
        if cover_footer == "words":
            section.first_page_footer.paragraphs[0].text = "Confidential"
        elif cover_footer == "number":
            page_number_in(section.first_page_footer)
    numbers = OxmlElement("w:pgNumType")
    numbers.set(qn("w:start"), str(start))
    section._sectPr.append(numbers)
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("cover_footer", "start", "feet"),
    [
        ("none", 0, ["", "1", "2"]),
        ("words", 0, ["", "1", "2"]),
        ("number", 0, ["0", "1", "2"]),
        ("same", 1, ["1", "2", "3"]),
        ("none", 1, ["", "2", "3"]),
    ],
)
def test_the_cover_prints_the_number_its_own_footer_prints(
    qtbot, tmp_path: Path, cover_footer: str, start: int, feet: list[str]
) -> None:  # type: ignore[no-untyped-def]
    original = load_document(offer(tmp_path / "original.docx", cover_footer, start))
    revised = load_document(offer(tmp_path / "revised.docx", cover_footer, start, True))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    for which in (REDLINE, CONFORMED):
        pages = with_numbers(export_pdf(amendment, tmp_path / f"{which}.pdf", which))
        assert len(pages) == 3, pages
        printed = [page[-1] if page[-1].isdigit() else "" for page in pages]
        assert printed == feet, (which, pages)
