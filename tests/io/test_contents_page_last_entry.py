"""The last entry of a table of contents stands just above Section 1; it is an entry (with
leaders, a column gap or none, a folio at the page's foot or none, one column or two), never
the title of a part the sections fall under."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK

from amendtool.core.structure import build_document
from amendtool.io.edgar_text_reader import edgar_text_blocks
from amendtool.io.load import load_document

COVER = """                       TALLGRASS ROBOTICS, INC.

          OFFER TO EXCHANGE ELIGIBLE OPTIONS FOR RESTRICTED STOCK UNITS

     Tallgrass Robotics, Inc. is offering to exchange options for restricted stock units.

            The date of this Offer to Exchange is June 1, 2026.
"""

BODY = """
<PAGE>

1. Expiration Date.

     The offer expires at 11:59 p.m., Eastern Time, on July 2, 2026, unless we
extend it.

     Each New RSU will vest over two years.


                                      1

<PAGE>

2. Conditions.

     The offer is subject to the conditions below.

     We may waive any condition.


                                      2

<PAGE>

3. Information About Tallgrass.

     Our offices are in Kansas City, Missouri.

     We file reports with the SEC.


                                      3
"""

LEADERS = """1. Expiration Date .................................................... 1
2. Conditions ......................................................... 2
3. Information About Tallgrass ........................................ 3
"""
GAPS = """1. Expiration Date                                                      1
2. Conditions                                                           2
3. Information About Tallgrass                                          3
"""
SPACED_LEADERS = """1. Expiration Date . . . . . . . . . . . . . . . . . . . . . . . . . . . 1
2. Conditions . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 2
3. Information About Tallgrass . . . . . . . . . . . . . . . . . . . . . 3
"""
SCHEDULE = LEADERS + "Schedule A ............................................................ 4\n"
TWO_COLUMNS = """1. Expiration Date ............ 1      3. Information About Tallgrass ... 3
2. Conditions ................. 2      Schedule A .................... 4
"""
NO_PAGES = """1. Expiration Date
2. Conditions
3. Information About Tallgrass
Schedule A
"""


def _offer(entries: str, folio: str | None) -> str:
    foot = f"\n\n                                      {folio}\n" if folio else "\n"
    title = "                              TABLE OF CONTENTS"
    return f"{COVER}\n<PAGE>\n\n{title}\n\n{entries}{foot}{BODY}"


@pytest.mark.parametrize("folio", [None, "i", "- ii -"])
@pytest.mark.parametrize(
    "entries", [LEADERS, GAPS, SPACED_LEADERS, SCHEDULE, TWO_COLUMNS, NO_PAGES]
)
def test_the_last_contents_entry_is_never_a_section(entries: str, folio: str | None) -> None:
    document = build_document(edgar_text_blocks(_offer(entries, folio)))
    names = [section.name for section in document.sections]
    assert names == [
        "Cover Page",
        "Table of Contents",
        "Section 1. Expiration Date",
        "Section 2. Conditions",
        "Section 3. Information About Tallgrass",
    ]
    listed = " ".join(p.text for p in document.sections[1].paragraphs)
    assert "Information About Tallgrass" in listed


def test_a_part_title_over_the_sections_on_their_own_page_is_still_a_part() -> None:
    text = _offer(LEADERS, "i").replace(
        "<PAGE>\n\n1. Expiration Date.", "<PAGE>\n\nTHE OFFER\n\n1. Expiration Date."
    )
    names = [section.name for section in build_document(edgar_text_blocks(text)).sections]
    assert names[2:4] == ["The Offer", "Section 1. Expiration Date"]


@pytest.mark.parametrize("last", ["3. Information About Tallgrass\t3", "Schedule A\t4"])
def test_a_word_contents_entry_set_with_a_tab_is_never_a_section(tmp_path: Path, last: str) -> None:
    made = docx.Document()
    made.add_paragraph("Tallgrass Robotics, Inc. is offering to exchange options.")
    made.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    made.add_heading("TABLE OF CONTENTS", level=1)
    for entry in ["1. Expiration Date\t1", "2. Conditions\t2", last]:
        made.add_paragraph(entry)
    made.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for number, title in [(1, "Expiration Date"), (2, "Conditions"), (3, "Information")]:
        made.add_heading(f"{number}. {title}.", level=2)
        made.add_paragraph(f"The text of section {number}.")
    made.save(tmp_path / "offer.docx")
    names = [section.name for section in load_document(tmp_path / "offer.docx").sections]
    assert names == [
        "Cover Page",
        "Table of Contents",
        "Section 1. Expiration Date",
        "Section 2. Conditions",
        "Section 3. Information",
    ]
