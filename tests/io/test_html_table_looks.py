"""An offer filed as EDGAR HTML sets its summary term sheet as ruled tables with bold
caption cells: the conformed copy and the redline made from it keep the rules and the bold,
however the page marks them (a border attribute, CSS borders on the table or on each cell,
<b>, <strong>, font-weight, <th>), and a table printed without rules stays without them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn
from docx.table import Table

from amendtool.io.html_table_looks import css_sides
from amendtool.io.redline_docx import build_review_documents
from tests.support.html_offer import drafted, offer

TEXT = "The purchase price will be paid from cash on hand."
ADDED = " We will not borrow to pay it."
ROWS = [
    ("Source and Amount of Funds", TEXT),
    ("Withdrawal Rights", "You may withdraw your shares before the offer expires."),
]

# how a page sets the table: (the table's tag, a caption cell's markup, a text cell's markup)
RULED = {
    "border attribute, <b>": (
        '<table border="1" cellpadding="4">',
        "<td><b>{}</b></td>",
        "<td>{}</td>",
    ),
    "table CSS, <strong>": (
        '<table style="border:1px solid #000;border-collapse:collapse">',
        '<td style="border:1px solid #000"><p><strong>{}</strong></p></td>',
        '<td style="border:1px solid #000"><p>{}</p></td>',
    ),
    "cell CSS sides, font-weight": (
        "<table>",
        '<td style="border-top:solid 1pt;border-bottom:1px solid black">'
        '<span style="font-weight:bold">{}</span></td>',
        '<td style="border-top:solid 1pt;border-bottom:1px solid black">{}</td>',
    ),
    "<th> captions": ('<table border="2">', "<th>{}</th>", "<td>{}</td>"),
}


def _markup(shape: str, revised: bool, table: str | None = None) -> str:
    opening, caption, text = RULED[shape]
    cells = [(c, t + (ADDED if revised and c.startswith("Source") else "")) for c, t in ROWS]
    body = "".join(f"<tr>{caption.format(c)}{text.format(t)}</tr>" for c, t in cells)
    return offer(f"{table or opening}{body}</table>", title="Summary of Terms")


def _tables(data: bytes) -> list[Table]:
    return WordDocument(io.BytesIO(data)).tables


def _ruled_sides(table: Table) -> set[str]:
    """The sides ruled on some cell of the table, or on the table itself."""
    sides: set[str] = set()
    for borders in [*table._tbl.iter(qn("w:tcBorders")), *table._tbl.iter(qn("w:tblBorders"))]:
        for side in borders:
            if side.get(qn("w:val")) not in (None, "nil", "none"):
                sides.add(side.tag.rsplit("}", 1)[1])
    return sides


def _bold_words(table: Table, column: int) -> list[str]:
    """The bold words of each cell in `column`."""
    out = []
    for row in table._tbl.iter(qn("w:tr")):
        cell = list(row.iter(qn("w:tc")))[column]
        words = [
            "".join(t.text or "" for t in run.iter(qn("w:t"), qn("w:delText")))
            for run in cell.iter(qn("w:r"))
            if run.find(f"{qn('w:rPr')}/{qn('w:b')}") is not None
        ]
        out.append("".join(words))
    return out


@pytest.mark.parametrize("shape", list(RULED))
def test_the_conformed_copy_and_redline_keep_rules_and_bold_captions(
    tmp_path: Path, shape: str
) -> None:
    amendment = drafted(tmp_path, _markup(shape, False), _markup(shape, True))
    review = build_review_documents(amendment)
    for made in (review.conformed, review.redline):
        (table,) = _tables(made)
        assert {"top", "bottom"} <= _ruled_sides(table), shape
        assert _bold_words(table, 0) == [c for c, _ in ROWS]
        assert _bold_words(table, 1) == ["", ""]  # the text cells are not bold
    (conformed,) = _tables(review.conformed)
    assert conformed.rows[0].cells[1].text == TEXT + ADDED


def test_a_table_printed_without_rules_stays_without_them(tmp_path: Path) -> None:
    plain = '<table border="0">'
    amendment = drafted(
        tmp_path,
        _markup("border attribute, <b>", False, plain),
        _markup("border attribute, <b>", True, plain),
    )
    (table,) = _tables(build_review_documents(amendment).conformed)
    assert _ruled_sides(table) == set()
    assert _bold_words(table, 0) == [c for c, _ in ROWS]


def test_a_row_inserted_takes_the_look_of_the_rows_around_it(tmp_path: Path) -> None:
    shape = "border attribute, <b>"
    opening, caption, text = RULED[shape]
    rows = [*ROWS, ("Extension", "We may extend the offer.")]
    revised = "".join(f"<tr>{caption.format(c)}{text.format(t)}</tr>" for c, t in rows)
    amendment = drafted(
        tmp_path,
        _markup(shape, False),
        offer(f"{opening}{revised}</table>", title="Summary of Terms"),
    )
    (table,) = _tables(build_review_documents(amendment).conformed)
    assert [r.cells[0].text for r in table.rows] == [c for c, _ in rows]
    assert _bold_words(table, 0) == [c for c, _ in rows]
    assert _bold_words(table, 1) == ["", "", ""]
    assert {"top", "bottom", "left", "right"} <= _ruled_sides(table)


@pytest.mark.parametrize(
    ("style", "sides"),
    [
        ("border:1px solid #000", {"top", "left", "bottom", "right"}),
        ("border: 1px solid black; border-left: none", {"top", "bottom", "right"}),
        ("border-bottom:solid 1pt", {"bottom"}),
        ("border-top-style:double", {"top"}),
        ("border:0", set()),
        ("border:none", set()),
        ("border-width:1px", set()),  # a width alone draws nothing
        ("border:1px solid;border-width:0", set()),
        ("text-align:center", set()),
    ],
)
def test_css_borders_are_read_side_by_side(style: str, sides: set[str]) -> None:
    assert css_sides(style) == sides
