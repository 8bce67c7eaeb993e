"""A term sheet row set under a caption that spans several rows (rowspan) is titled by that
caption, as the reader sees it: the rows it spans are one row of several paragraphs, cited
as "the last paragraph in the row entitled "Extension; Amendment"", never by its own
sentence. A row restated is never set under another row taken for column headings when
that row is a term sheet's first row of prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.model import CELL_BREAK, ParagraphKind, cell_paragraphs, row_caption
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

BREAK = '<div style="page-break-before:always"></div>'
SPACER = '<td style="width:2%"></td>'


def _offer(tmp_path: Path, name: str, amend: str, spacer: str) -> Path:
    body = (
        '<p style="text-align:center"><b>OFFER TO PURCHASE FOR CASH</b></p>'
        + BREAK
        + '<p style="text-align:center"><b>SUMMARY TERM SHEET</b></p>'
        "<table>"
        f"<tr><td><b>Securities Sought</b></td>{spacer}"
        "<td>Up to 1,500,000 Preferred Shares.</td></tr>"
        f"<tr><td><b>Purchase Price</b></td>{spacer}"
        "<td>$26.25 per Preferred Share, in cash.</td></tr>"
        "</table>"
        '<p style="text-align:center">1</p>' + BREAK + "<table>"
        f'<tr><td rowspan="2"><b>Extension; Amendment</b></td>{spacer}'
        "<td>We may extend the offer at any time.</td></tr>"
        f"<tr>{spacer}<td>We may amend the offer at any time{amend}.</td></tr>"
        f"<tr><td><b>Withdrawal Rights</b></td>{spacer}"
        "<td>You may withdraw tendered shares before the expiration date.</td></tr>"
        "</table>"
        '<p style="text-align:center">2</p>'
        + BREAK
        + '<p style="text-align:center"><b>THE OFFER</b></p>'
        "<p><b>1. Terms of the Offer.</b></p><p>We will purchase the shares tendered.</p>"
        '<p style="text-align:center">3</p>'
    )
    path = tmp_path / name
    path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("spacer", ["", SPACER])
def test_a_row_under_a_spanning_caption_is_titled_by_it(tmp_path: Path, spacer: str) -> None:
    original = load_document(_offer(tmp_path, "orig.htm", "", spacer))
    rows = [p for s in original.sections for p in s.paragraphs if p.kind is ParagraphKind.TABLE_ROW]
    assert [row_caption(p.text) for p in rows] == [
        "Securities Sought",
        "Purchase Price",
        "Extension; Amendment",
        "Withdrawal Rights",
    ]
    assert all(len(p.cells) == 2 for p in rows)
    assert cell_paragraphs(rows[2].cells[1]) == [
        "We may extend the offer at any time.",
        "We may amend the offer at any time.",
    ]
    revised = load_document(_offer(tmp_path, "rev.htm", " after notice to you", spacer))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    text = filing_text(item, "(a)(1)(A)")
    # the second of its two paragraphs: "the last paragraph", as counsel cite it
    assert text.startswith('The last paragraph in the row entitled "Extension; Amendment"'), text
    assert 'entitled "We may' not in text, text
    assert "Securities Sought" not in text and "Preferred Shares." not in text, text
    assert "after notice to you" in text, text


def test_a_rowspan_beside_figures_is_carried_down_into_each_row(tmp_path: Path) -> None:
    table = (
        "<table><tr><td></td><td><b>High</b></td><td><b>Low</b></td></tr>"
        '<tr><td rowspan="2">Fiscal 2022</td><td>$4.10</td><td>$3.20</td></tr>'
        "<tr><td>$4.50</td><td>$3.90</td></tr></table>"
    )
    path = tmp_path / "prices.htm"
    path.write_text(f"<html><body><p>Prices.</p>{table}</body></html>", encoding="utf-8")
    rows = [
        p
        for s in load_document(path).sections
        for p in s.paragraphs
        if p.kind is ParagraphKind.TABLE_ROW
    ]
    assert [[c for c in p.text.split(CELL_BREAK)] for p in rows] == [
        ["", "High", "Low"],
        ["Fiscal 2022", "$4.10", "$3.20"],
        ["Fiscal 2022", "$4.50", "$3.90"],
    ]


def test_a_restated_row_is_not_set_under_a_term_sheets_first_row(tmp_path: Path) -> None:
    original = load_document(_offer(tmp_path, "orig.htm", "", ""))
    text = _offer(tmp_path, "rev.htm", "", "").read_text(encoding="utf-8")
    changed = tmp_path / "rev.htm"
    changed.write_text(text.replace("Withdrawal Rights", "Withdrawal Right"), encoding="utf-8")
    amendment = draft_amendment(
        original, load_document(changed), load_filing(SAMPLES / "filing.toml")
    )
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW
    assert item.new_text.startswith("Withdrawal Right\t")
    # "Securities Sought" | "Up to 1,500,000 Preferred Shares." names no columns
    assert item.locator.row_headings is None
