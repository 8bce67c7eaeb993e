"""A cell merged across columns in an EDGAR text table is read as an HTML colspan is: its
text once at its first column and the row keeping how many columns it spans, where the
layout shows it (a label run on over empty columns, by its words or its leader dots; a
column name over a dashed rule drawn across two columns). The house-style copy merges it."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.core.model import ParagraphKind
from amendtool.io.load import load_document
from tests.io.test_merged_across import _spans_in_word
from tests.io.test_redline_property import FILING

NAMES = "                                         HIGH       LOW      VOLUME"
MARKS = "<S>                                     <C>        <C>       <C>"
FIGURES = [
    "March 31, 2001                          $9.95      $6.10       400",
    "June 30, 2001                           $8.00      $5.10       800",
]
LONG_TOTAL = "Total shares traded in the quarters of fiscal 2001             1,200"
DOTTED_TOTAL = "Total shares traded ..................................... 1,200"
ROWS = [
    ("\tHIGH\tLOW\tVOLUME", None),
    ("March 31, 2001\t$9.95\t$6.10\t400", None),
    ("June 30, 2001\t$8.00\t$5.10\t800", None),
]

TABLES: dict[str, tuple[list[str], list[tuple[str, tuple[int, ...] | None]]]] = {
    "a total's leader dots run to the last column": (
        ["<CAPTION>", NAMES, MARKS, *FIGURES, DOTTED_TOTAL],
        [*ROWS, ("Total shares traded\t\t\t1,200", (3, 0, 0, 1))],
    ),
    "a total's words run over the next column": (
        ["<CAPTION>", NAMES, MARKS, *FIGURES, LONG_TOTAL],
        [*ROWS, ("Total shares traded in the quarters of fiscal 2001\t\t\t1,200", (2, 0, 1, 1))],
    ),
    "the same with no <S> line": (
        [NAMES, *FIGURES, LONG_TOTAL],
        [*ROWS, ("Total shares traded in the quarters of fiscal 2001\t\t\t1,200", (2, 0, 1, 1))],
    ),
    "a name over a rule drawn across two columns": (
        [
            "<CAPTION>",
            "                                           PER SHARE",
            "                                       ------------------",
            "FISCAL 2001                             HIGH        LOW      SHARES",
            "<S>                                     <C>         <C>      <C>",
            "March 31, 2001                          $9.95       $6.10       400",
        ],
        [
            ("\tPER SHARE\t\t", (1, 2, 0, 1)),
            ("FISCAL 2001\tHIGH\tLOW\tSHARES", None),
            ("March 31, 2001\t$9.95\t$6.10\t400", None),
        ],
    ),
}


def offer(table: list[str], total: str = "1,200") -> str:
    lines = [
        "                              OFFER TO EXCHANGE",
        "",
        "1. PRICE RANGE OF SHARES.",
        "",
        "     The following table shows the high and low prices of the shares.",
        "",
        "<TABLE>",
        *(line.replace("1,200", total) for line in table),
        "</TABLE>",
        "",
        "2. LEGAL MATTERS.",
        "",
        "     We are not aware of any license that the offer would need.",
        "",
        "                                       4",
        "",
    ]
    return "\n".join(lines)


def rows_of(path: Path) -> list[tuple[str, tuple[int, ...] | None]]:
    return [
        (p.text, p.spans)
        for s in load_document(path).sections
        for p in s.paragraphs
        if p.kind is ParagraphKind.TABLE_ROW
    ]


@pytest.mark.parametrize("shape", list(TABLES))
def test_a_text_table_cell_set_across_columns_is_read_as_a_span(shape: str, tmp_path: Path) -> None:
    table, expected = TABLES[shape]
    path = tmp_path / "offer.txt"
    path.write_text(offer(table), encoding="ascii")
    assert rows_of(path) == expected


def test_the_house_style_copy_merges_the_cell_the_text_spans(tmp_path: Path) -> None:
    """A figure changed in the spanning row: the conformed copy sets the label merged
    over the columns it spans, beside the new figure."""
    from amendtool.io.redline_docx import build_review_documents

    table = TABLES["a total's leader dots run to the last column"][0]
    (tmp_path / "offer.txt").write_text(offer(table), encoding="ascii")
    (tmp_path / "revised.txt").write_text(offer(table, "1,300"), encoding="ascii")
    original = load_document(tmp_path / "offer.txt")
    revised = load_document(tmp_path / "revised.txt")
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    assert _spans_in_word(review.conformed)[-1] == [3, 1]
