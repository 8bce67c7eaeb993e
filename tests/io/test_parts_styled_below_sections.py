"""A part of the offer ("SUMMARY TERM SHEET", "THE OFFER") styled one Word heading level
below the numbered sections it opens is still a part: it was read into the cover page, which
then ran three pages, and an item in the Summary Term Sheet was cited as "the seventh
paragraph on the cover page" while `check` said no errors."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.text import WD_BREAK

from amendtool.io.load import load_document


def _offer(path: Path, part_style: str) -> Path:
    word = docx.Document()
    word.add_paragraph("ACME WIDGETS, INC.", style="Title")
    word.add_paragraph("Offer to Exchange Eligible Options for Restricted Stock Units")
    word.add_paragraph("The offer expires at 11:59 p.m., Pacific Time, on June 2, 2026.")
    word.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    word.add_paragraph("SUMMARY TERM SHEET", style=part_style)
    word.add_paragraph("This summary answers questions you may have about the offer.")
    word.add_paragraph("You may exchange eligible options granted before January 1, 2024.")
    word.add_paragraph("The offer expires at 11:59 p.m., Pacific Time, on June 2, 2026.")
    word.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    word.add_paragraph("THE OFFER", style=part_style)
    for number, title in enumerate(["Eligibility", "Exchange Ratios", "Conditions"], start=1):
        word.add_paragraph(f"{number}. {title}", style="Heading 1")
        word.add_paragraph(f"The terms of {title.lower()} are set out in this section.")
    word.save(str(path))
    return path


def test_a_part_styled_below_the_sections_is_its_own_part(tmp_path: Path) -> None:
    document = load_document(_offer(tmp_path / "offer.docx", "Heading 2"))
    titles = [s.title.casefold() for s in document.sections]
    assert titles[:3] == ["cover page", "summary term sheet", "the offer"], titles
    summary = document.sections[1]
    assert [p.text for p in summary.paragraphs] == [
        "This summary answers questions you may have about the offer.",
        "You may exchange eligible options granted before January 1, 2024.",
        "The offer expires at 11:59 p.m., Pacific Time, on June 2, 2026.",
    ]
    assert len(document.sections[0].paragraphs) <= 3  # the cover's own lines, no more


def test_the_same_offer_with_bold_parts_reads_the_same(tmp_path: Path) -> None:
    styled = load_document(_offer(tmp_path / "styled.docx", "Heading 2"))
    bold = load_document(_offer(tmp_path / "bold.docx", "Heading 1"))
    assert [s.title for s in styled.sections] == [s.title for s in bold.sections]
