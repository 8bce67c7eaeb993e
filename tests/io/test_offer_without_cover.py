"""An offer without a cover page: a heading that names a part of the offer ("SUMMARY TERM
SHEET") is that part, even on the first page, never the cover page."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_SECTION

from amendtool.io.load import load_document


def test_a_summary_term_sheet_heading_on_the_first_page_is_no_cover(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("SUMMARY TERM SHEET", level=1)
    word.add_paragraph("The following summarizes the principal terms of the offer.")
    word.add_paragraph("Exchange Ratio: one new option for every two eligible options.")
    word.add_section(WD_SECTION.NEW_PAGE)
    word.add_heading("THE OFFER", level=1)
    for number, title in enumerate(["Eligibility", "Terms of the New Options", "Conditions"], 1):
        word.add_heading(f"{number}. {title}", level=2)
        word.add_paragraph(f"The text of section {number} of the offer.")
    path = tmp_path / "no-cover.docx"
    word.save(str(path))
    document = load_document(path)
    names = [s.name for s in document.sections]
    assert names[0] == "Summary Term Sheet", names
    assert "Cover Page" not in names
    assert len(document.sections[0].paragraphs) == 2


def test_display_lines_of_a_real_cover_stay_on_the_cover(tmp_path: Path) -> None:
    word = docx.Document()
    word.add_heading("ACME WIDGETS, INC.", level=1)
    word.add_heading("OFFER TO EXCHANGE CERTAIN OUTSTANDING OPTIONS", level=1)
    word.add_paragraph("The date of this offer is April 1, 2024.")
    word.add_section(WD_SECTION.NEW_PAGE)
    word.add_heading("SUMMARY TERM SHEET", level=1)
    word.add_paragraph("The following summarizes the principal terms of the offer.")
    for number, title in enumerate(["Eligibility", "Terms of the New Options", "Conditions"], 1):
        word.add_heading(f"{number}. {title}", level=2)
        word.add_paragraph(f"The text of section {number} of the offer.")
    path = tmp_path / "cover.docx"
    word.save(str(path))
    names = [s.name for s in load_document(path).sections]
    assert names[:2] == ["Cover Page", "Summary Term Sheet"], names
