"""A summary term sheet set in plain text as two columns (a caption at the margin, its text
wrapped in a column to the right) is a table of rows, as the HTML reader reads it: a
sentence added to a row's text is cited in "the row entitled ...", and the conformed copy
keeps each caption whole beside its text."""

from __future__ import annotations

import textwrap
from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

ROWS = {
    "Securities Sought": "All outstanding 8.25% Senior Subordinated Notes due 2009.",
    "Purchase Price": "$1,010 for each $1,000 principal amount of Notes, plus accrued and "
    "unpaid interest.",
    "Source and Amount of Funds": "We will need approximately $96.4 million. We will use "
    "borrowings under our credit facility.",
    "Withdrawal Rights": "You may withdraw tendered Notes at any time before the expiration date.",
}
ADDED = " The credit facility is not subject to any financing condition."


def _row(caption: str, text: str, column: int, width: int) -> list[str]:
    words = textwrap.wrap(caption, column - 4)
    lines = textwrap.wrap(text, width - column)
    words += [""] * (len(lines) - len(words))
    lines += [""] * (len(words) - len(lines))
    return [f"{c:<{column}}{t}".rstrip() for c, t in zip(words, lines, strict=True)]


def _offer(tmp_path: Path, name: str, rows: dict[str, str], column: int, width: int) -> Path:
    body = []
    for caption, text in rows.items():
        body += [*_row(caption, text, column, width), ""]
    lines = [
        "                         HARTWELL PAPER COMPANY",
        "",
        '     Hartwell Paper Company (the "Company") is offering to purchase any',
        "and all of its outstanding 8.25% Senior Subordinated Notes due 2009.",
        "",
        "<PAGE>",
        "                           SUMMARY TERM SHEET",
        "",
        *body,
        "<PAGE>",
        "                               THE OFFER",
        "",
        "1. TERMS OF THE OFFER.",
        "",
        "     We will purchase any and all Notes validly tendered, as the",
        "Company describes in this section of the offer to purchase.",
        "",
        "     (a)       the Notes tendered must be validly tendered and not",
        "               withdrawn before the expiration of the offer; and",
        "",
        "     (b)       the holder must deliver the Letter of Transmittal with",
        "               the Notes to the depositary before the expiration date.",
        "",
    ]
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


@pytest.mark.parametrize(("column", "width"), [(26, 72), (22, 60), (30, 80)])
def test_two_column_term_sheet_rows_are_rows_cited_by_their_caption(
    tmp_path: Path, column: int, width: int
) -> None:
    original = load_document(_offer(tmp_path, "orig.txt", ROWS, column, width))
    revised_rows = {
        **ROWS,
        "Source and Amount of Funds": ROWS["Source and Amount of Funds"] + ADDED,
    }
    revised = load_document(_offer(tmp_path, "rev.txt", revised_rows, column, width))
    [sheet] = [s for s in original.sections if "SUMMARY" in s.title.upper()]
    assert [p.text for p in sheet.paragraphs] == [f"{c}\t{t}" for c, t in ROWS.items()]
    # the lettered clauses hanging from their marks stay paragraphs, not rows
    [terms] = [s for s in original.sections if "TERMS" in s.title.upper()]
    assert [p.text.split()[0] for p in terms.paragraphs] == ["We", "(a)", "(b)"]
    filing = load_filing(SAMPLES / "filing.toml")
    amendment = draft_amendment(original, revised, filing)
    [item] = amendment.change_items
    assert item.kind is ItemKind.INSERT_SENTENCE
    text = filing_text(item, "(a)(1)(A)")
    assert 'the row entitled "Source and Amount of Funds"' in text
    assert "after the table" not in text


def test_conformed_copy_keeps_each_caption_beside_its_text(tmp_path: Path) -> None:
    from amendtool.io.outputs import write_outputs

    original = _offer(tmp_path, "orig.txt", ROWS, 26, 72)
    rows = {**ROWS, "Source and Amount of Funds": ROWS["Source and Amount of Funds"] + ADDED}
    revised = _offer(tmp_path, "rev.txt", rows, 26, 72)
    amendment = draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )
    out = tmp_path / "out"
    write_outputs(amendment, out)
    conformed = docx.Document(str(out / "conformed-offer.docx"))
    cells = [[c.text for c in r.cells] for t in conformed.tables for r in t.rows]
    assert cells == [[c, t] for c, t in rows.items()]
