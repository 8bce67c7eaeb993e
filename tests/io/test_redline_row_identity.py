"""A restated table is redlined row by row as counsel read it: a row is the row of its name
(its first cell), wherever rows were put in or taken out around it. A row added at the top
goes in as an inserted row at the top, each row kept has only its changed figures marked, a
row taken out is struck where it stood, and a row changed and moved is struck where it was
and inserted where it goes; the conformed copy prints the rows in the order the redline
gives them once every change is accepted."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from lxml import etree

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import W, resolve

Row = tuple[str, str, str]
HEADER: Row = ("Exercise price range", "Eligible Options outstanding", "Maximum New RSUs")
R15: Row = ("$15.00 to $19.99", "1,200,000", "600,000")
R20: Row = ("$20.00 to $29.99", "800,000", "400,000")
R30: Row = ("$30.00 and above", "500,000", "250,000")
OLD = [R15, R20, R30]


def _less(row: Row) -> Row:
    """The row with its maximum of New RSUs cut: a figure changed, its name kept."""
    return (row[0], row[1], f"{int(row[2].replace(',', '')) * 2 // 3:,}")


R10: Row = ("$10.00 to $11.99", "300,000", "100,000")
R12: Row = ("$12.00 to $14.99", "900,000", "300,000")
R25: Row = ("$25.00 to $29.99", "400,000", "150,000")
R40: Row = ("$40.00 and above", "200,000", "50,000")
# each: the table as revised, and the row moved (struck where it was, put in where it goes)
CASES: dict[str, tuple[list[Row], str | None]] = {
    "a row added at the top": ([R12, _less(R15), _less(R20), _less(R30)], None),
    "a row added in the middle": ([_less(R15), R25, _less(R20), _less(R30)], None),
    "a row added at the bottom": ([_less(R15), _less(R20), _less(R30), R40], None),
    "rows added at the top and in the middle": (
        [R10, R12, _less(R15), R25, _less(R20), _less(R30)],
        None,
    ),
    "a row taken out at the top": ([_less(R20), _less(R30)], None),
    "a row taken out in the middle": ([_less(R15), _less(R30)], None),
    "a row added and another taken out": ([R12, _less(R15), _less(R30)], None),
    "a row changed and moved to the top": ([_less(R30), _less(R15), _less(R20)], R30[0]),
}


def _offer(path: Path, rows: list[Row]) -> Path:
    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Source and Amount of Consideration", level=2)
    word.add_paragraph("The following table sets out the Eligible Options by exercise price.")
    table = word.add_table(rows=0, cols=3)
    for values in [HEADER, *rows]:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    word.add_paragraph("We will issue the New RSUs under our 2021 Equity Incentive Plan.")
    word.add_heading("2. Miscellaneous", level=2)
    word.add_paragraph("This offer is governed by the laws of the State of Delaware.")
    word.save(str(path))
    return path


def _rows(data: bytes) -> list[tuple[str, list[str]]]:
    """Each table row as ("ins", "del" or "", the cells' words with "[-…-]" struck and
    "{+…+}" inserted), in document order."""
    body = etree.fromstring(docx.Document(io.BytesIO(data)).element.xml.encode())
    out = []
    for row in body.iter(f"{W}tr"):
        mark = next((m for m in ("ins", "del") if row.find(f"{W}trPr/{W}{m}") is not None), "")
        cells = []
        for cell in row.iter(f"{W}tc"):
            words = ""
            for element in cell.iter(f"{W}t", f"{W}delText"):
                inserted = any(a.tag == f"{W}ins" for a in element.iterancestors())
                if element.tag == f"{W}delText":
                    words += f"[-{element.text}-]"
                else:
                    words += f"{{+{element.text}+}}" if inserted else element.text or ""
            cells.append(words)
        out.append((mark, cells))
    return out


def _drafted(tmp_path: Path, new: list[Row]) -> tuple[bytes, bytes]:
    before = load_document(_offer(tmp_path / "o.docx", OLD))
    after = load_document(_offer(tmp_path / "r.docx", new))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    documents = build_review_documents(amendment)
    return documents.redline, documents.conformed


@pytest.mark.parametrize("case", list(CASES))
def test_each_row_is_marked_as_the_row_of_its_name(tmp_path: Path, case: str) -> None:
    new, moved = CASES[case]
    redline, conformed = _drafted(tmp_path, new)
    plain = lambda rows: [tuple(c) for _, c in _rows(rows)]  # noqa: E731
    assert plain(resolve(redline, True)) == [HEADER, *new]
    assert plain(resolve(redline, False)) == [HEADER, *OLD]
    assert plain(conformed) == [HEADER, *new], "the conformed copy's rows differ"
    old_names, new_names = {r[0] for r in OLD}, {r[0] for r in new}
    before = {r[0]: r for r in OLD}
    for mark, cells in _rows(redline):
        name = cells[0].replace("[-", "").replace("{+", "")
        if mark == "ins":
            assert name.startswith(tuple((new_names - old_names) | {moved} - {None}))
            continue
        if mark == "del":
            assert name.startswith(tuple((old_names - new_names) | {moved} - {None}))
            continue
        assert "[-" not in cells[0] and "{+" not in cells[0], f"row {cells} renamed"
        assert cells[0] in old_names | {HEADER[0]}, f"row {cells} is no row of the table"
        if cells[0] == HEADER[0]:
            assert cells == list(HEADER)
            continue
        revised = next(r for r in new if r[0] == cells[0])
        for was, now, shown in zip(before[cells[0]], revised, cells, strict=True):
            assert shown == (was if was == now else f"[-{was}-]{{+{now}+}}"), cells


def test_the_redline_shows_a_row_added_at_the_top_where_it_goes(tmp_path: Path) -> None:
    redline, _ = _drafted(tmp_path, CASES["a row added at the top"][0])
    shown = _rows(redline)
    assert [m for m, _ in shown] == ["", "ins", "", "", ""]
    assert shown[1][1] == [f"{{+{c}+}}" for c in R12]
    assert shown[2][1] == [R15[0], R15[1], "[-600,000-]{+400,000+}"]
