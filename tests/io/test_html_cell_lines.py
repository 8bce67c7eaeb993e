"""A <pre> block inside a table cell (an address set line by line in an EDGAR HTML table)
keeps its lines: each is a paragraph of its cell, so a changed line is cited alone and no
words run together across the lines, whatever the table's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.items import ItemKind
from amendtool.core.model import cell_paragraphs, row_caption
from amendtool.core.wording import filing_text
from tests.support.html_offer import drafted, load, offer, rows

ADDRESS = ["Equiniti Trust Company", "48 Wall Street", "New York, New York {zip}", "Attn: Reorg"]


def _pre(zip_code: str, newline: str = "\n") -> str:
    return "<pre>" + newline.join(ADDRESS).format(zip=zip_code) + newline + "</pre>"


SHAPES = {
    "caption | address": lambda z: (
        f"<table><tr><td><b>By Mail:</b></td><td>{_pre(z)}</td></tr>"
        "<tr><td><b>By Hand:</b></td><td>At the window on the first floor.</td></tr></table>"
    ),
    "words before the lines": lambda z: (
        "<table><tr><td><b>By Mail:</b></td>"
        f"<td><p>Send the Letter of Transmittal to:</p>{_pre(z)}</td></tr>"
        "<tr><td><b>By Hand:</b></td><td>At the window on the first floor.</td></tr></table>"
    ),
    "three columns": lambda z: (
        "<table><tr><td><b>Agent</b></td><td><b>By Mail</b></td><td><b>By Hand</b></td></tr>"
        f"<tr><td>Depositary</td><td>{_pre(z)}</td><td>At the window.</td></tr></table>"
    ),
    "Windows line ends": lambda z: (
        f"<table><tr><td><b>By Mail:</b></td><td>{_pre(z, chr(13) + chr(10))}</td></tr>"
        "<tr><td><b>By Hand:</b></td><td>At the window on the first floor.</td></tr></table>"
    ),
}


def _section(table: str) -> str:
    return "<p>Send the Letter of Transmittal to the Depositary.</p>" + table


@pytest.mark.parametrize("shape", list(SHAPES))
def test_each_line_of_a_pre_block_in_a_cell_is_a_paragraph_of_the_cell(
    tmp_path: Path, shape: str
) -> None:
    document = load(tmp_path, "offer.htm", offer(_section(SHAPES[shape]("10005"))))
    address = next(p for p in rows(document) if "Wall Street" in p.text)
    cell = next(c for c in address.cells if "Wall Street" in c)
    assert cell_paragraphs(cell)[-4:] == [line.format(zip="10005") for line in ADDRESS]


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_changed_line_is_cited_alone(tmp_path: Path, shape: str) -> None:
    make = SHAPES[shape]
    amendment = drafted(tmp_path, offer(_section(make("10005"))), offer(_section(make("10041"))))
    items = amendment.change_items
    assert len(items) == 1
    item = items[0]
    assert "Attn" not in item.new_words and "10041" in (item.new_words or item.new_text)
    if item.kind is not ItemKind.REPLACE_ROW:  # a row of figures is restated whole
        assert "Attn" not in item.old_text
        assert row_caption(f"{item.locator.row_caption}\t.") is not None
    assert "10041" in (filing_text(item, "(a)(1)(A)") + item.new_text)
