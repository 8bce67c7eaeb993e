"""A plain-text table's column names over a dashed rule ("----------   -----------") are its
header row, one row whatever the lines they take; the header that the next printed page
repeats at its top is not a row again: the table goes on, each row on its own page."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.model import ParagraphKind
from amendtool.io.load import load_document

HEADER = [
    "                                  Exercise       Options",
    "Grant date                         price        outstanding",
    "----------                      ----------     -----------",
]
FIRST = [
    "March 1, 2001                     $24.10          412,500",
    "August 15, 2001                   $27.35        1,003,200",
]
SECOND = [
    "February 20, 2002                 $19.80          655,000",
    "May 1, 2002                       $18.25          120,000",
]


def offer(tagged: bool, closed_at_foot: bool = False) -> str:
    open_tag, close_tag = (["<TABLE>"], ["</TABLE>"]) if tagged else ([], [])
    page_end = close_tag if closed_at_foot else []
    page_start = open_tag if closed_at_foot else []
    lines = [
        "                              OFFER TO EXCHANGE",
        "",
        "1. ELIGIBLE OPTIONS.",
        "",
        "     The following table shows the eligible options by grant date and the",
        "exercise price of each grant.",
        "",
        *open_tag,
        *HEADER,
        *FIRST,
        *page_end,
        "",
        "                                       3",
        "<PAGE>",
        "",
        *page_start,
        *HEADER,
        *SECOND,
        *close_tag,
        "",
        "     Options not listed in the table are not eligible options.",
        "",
        "2. CONDITIONS OF THE OFFER.",
        "",
        "     We will not accept options if a suit is brought.",
        "",
        "                                       4",
        "",
    ]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("tagged", "closed"), [(True, False), (True, True), (False, False)], ids=str
)
def test_the_dashed_header_is_one_row_and_its_repeat_is_dropped(
    tmp_path: Path, tagged: bool, closed: bool
) -> None:
    path = tmp_path / "offer.txt"
    path.write_text(offer(tagged, closed), encoding="ascii")
    section = load_document(path).sections[1]
    rows = [p for p in section.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert [r.text for r in rows] == [
        "Grant date\tExercise price\tOptions outstanding",
        "March 1, 2001\t$24.10\t412,500",
        "August 15, 2001\t$27.35\t1,003,200",
        "February 20, 2002\t$19.80\t655,000",
        "May 1, 2002\t$18.25\t120,000",
    ]
    assert [r.page for r in rows] == ["3", "3", "3", "4", "4"]
    assert len({r.table for r in rows}) == 1  # one table over two pages
    assert [p.text for p in section.paragraphs if p.kind is ParagraphKind.BODY][-1] == (
        "Options not listed in the table are not eligible options."
    )
