"""A table row an item quotes (a row inserted, a row restated, a table added) is quoted
matter like any other: set in from the margin as far as a quoted paragraph and inside the
quotation marks, in the filing's .docx, .htm and .txt and in the notice alike."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.oxml.ns import qn
from docx.shared import Inches

from amendtool.core.amendment import Amendment
from amendtool.core.filing_document import quoted_blocks, schedule_to_blocks
from amendtool.core.items import TABLE_KINDS
from amendtool.core.layout import Role
from amendtool.io.outputs import SCHEDULE_TO_DOCX, SCHEDULE_TO_HTM, SCHEDULE_TO_TXT, renderers
from tests.support.html_offer import drafted, offer

ROWS = [
    ("Source and Amount of Funds", "The purchase price will be paid from cash on hand."),
    ("Withdrawal Rights", "You may withdraw your shares before the offer expires."),
    ("Extension", "We may extend the offer."),
]
PRORATION = ("Proration", "If more shares are tendered than we buy, we will prorate.")
# the revision for each way an item quotes rows
REVISIONS = {
    "a row inserted": [*ROWS[:2], PRORATION, *ROWS[2:]],
    "a row restated": [
        ROWS[0],
        ("Withdrawal Period", "You may withdraw your shares at any time before 5:00 p.m."),
        *ROWS[2:],
    ],
}


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
    return offer(f'<table border="1">{cells}</table>', title="Summary of Terms")


def _amendment(tmp_path: Path, shape: str) -> Amendment:
    amendment = drafted(tmp_path, _table(ROWS), _table(REVISIONS[shape]))
    assert [i.kind in TABLE_KINDS for i in amendment.change_items] == [True]
    return amendment


@pytest.mark.parametrize("shape", list(REVISIONS))
def test_quoted_rows_are_quoted_matter(tmp_path: Path, shape: str) -> None:
    amendment = _amendment(tmp_path, shape)
    (item,) = amendment.change_items
    rows = [b for b in quoted_blocks(item) if b.role is Role.TABLE_ROW]
    assert rows and all(b.quoted for b in rows)
    assert rows[0].cells[0].startswith('"')
    assert [c for c in rows[-1].cells if c][-1].endswith('"')
    # the filing and the notice quote the row alike
    quoted = [b for b in schedule_to_blocks(amendment) if b.quoted]
    assert {b.document for b in quoted} == {"filing", "exhibit"}
    assert all(not b.quoted for b in schedule_to_blocks(amendment) if "Exhibit" in b.cells[:1])


@pytest.mark.parametrize("shape", list(REVISIONS))
def test_the_filing_docx_sets_quoted_rows_in_as_a_quotation(tmp_path: Path, shape: str) -> None:
    amendment = _amendment(tmp_path, shape)
    word = WordDocument(io.BytesIO(renderers(amendment)[SCHEDULE_TO_DOCX](amendment)))
    quote = word.styles["AT Quote"].paragraph_format
    quoted = word.tables[0]  # the item's rows; the exhibit index and the notice's follow
    (index,) = [t for t in word.tables if t.rows[0].cells[0].text == "Exhibit Number"]
    assert quoted.rows[0].cells[0].text.startswith("\u201c")
    assert quoted.rows[-1].cells[-1].text.endswith("\u201d")
    indent = quoted._tbl.tblPr.find(qn("w:tblInd"))
    assert indent is not None and int(indent.get(qn("w:w"))) == Inches(1).twips
    assert quote.left_indent == Inches(1)
    widths = [int(c.get(qn("w:w"))) for c in quoted._tbl.tblGrid.iter(qn("w:gridCol"))]
    assert sum(widths) <= Inches(6.5 - 1.0 - 0.5).twips + len(widths)  # within the quote
    assert index._tbl.tblPr.find(qn("w:tblInd")) is None  # the exhibit index is no quotation
    notice = word.tables[-1]  # the notice quotes the rows as the filing does
    assert notice.rows[0].cells[0].text == quoted.rows[0].cells[0].text
    assert notice._tbl.tblPr.find(qn("w:tblInd")) is not None


@pytest.mark.parametrize("shape", list(REVISIONS))
def test_the_edgar_files_set_quoted_rows_in_as_a_quotation(tmp_path: Path, shape: str) -> None:
    amendment = _amendment(tmp_path, shape)
    made = renderers(amendment)
    page = made[SCHEDULE_TO_HTM](amendment).decode("ascii")
    tables = re.findall(r"<table style=\"([^\"]*)\">\s*<tr>\s*<td[^>]*>([^<]*)", page)
    quoted = [(style, first) for style, first in tables if first.startswith("&quot;")]
    assert len(quoted) == 1 and "margin-left:1in" in quoted[0][0]
    text = made[SCHEDULE_TO_TXT](amendment).decode("ascii")
    caption = REVISIONS[shape][2 if shape == "a row inserted" else 1][0]
    (line,) = [x for x in text.splitlines() if f'"{caption}' in x]
    assert line.startswith(" " * 18 + '"')
    assert all(len(x) <= 78 for x in text.splitlines())
