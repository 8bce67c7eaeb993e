"""A table row moved, or text put between rows, in a Word original: in the redline (every
change accepted) and the conformed copy a row stays a row of a Word table and a paragraph
a paragraph, in the revision's order."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.drafting import draft_items
from amendtool.io._oxml_revisions import accept_all, reject_all
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.io.test_redline_property import FILING, word_file
from tests.support.builders import Spec, doc

ROWS = [
    "Purchase Price\tOne dollar per share.",
    "Expiration Date\tMidnight on May 5.",
    "Withdrawal Rights\tAt any time before the expiration.",
]
PRICES = ["Quarter ended\tHigh\tLow", "March 31\t$5.00\t$4.00"]
OPEN, CLOSE = "Opening words of the terms.", "Closing words of the terms."
ORIGINAL: Spec = [
    ("1. Terms", [OPEN, *ROWS, CLOSE]),
    ("2. Prices", ["Prices are below.", *PRICES, "After the prices."]),
    ("3. Legal", ["Legal words."]),
]

REVISIONS: dict[str, Spec] = {
    "row moved to the end of its section": [
        ("1. Terms", [OPEN, ROWS[0], ROWS[2], CLOSE, ROWS[1]]),
        *ORIGINAL[1:],
    ],
    "row moved to the top of its section": [
        ("1. Terms", [ROWS[1], OPEN, ROWS[0], ROWS[2], CLOSE]),
        *ORIGINAL[1:],
    ],
    "row moved to another section": [
        ("1. Terms", [OPEN, ROWS[0], ROWS[2], CLOSE]),
        ORIGINAL[1],
        ("3. Legal", ["Legal words.", ROWS[1]]),
    ],
    "paragraph moved between two rows": [
        ("1. Terms", [OPEN, ROWS[0], CLOSE, ROWS[1], ROWS[2]]),
        *ORIGINAL[1:],
    ],
    "row moved into a table of other columns": [
        ("1. Terms", [OPEN, ROWS[0], ROWS[2], CLOSE]),
        ("2. Prices", ["Prices are below.", *PRICES, ROWS[1], "After the prices."]),
        ORIGINAL[2],
    ],
}


def blocks(data: bytes, accept: bool) -> list[str]:
    """The Word file's body as blocks: each table row "[row] cell | cell", each paragraph
    its text, "[table]" where a table starts (all changes accepted, or rejected)."""
    word = docx.Document(io.BytesIO(data))
    (accept_all if accept else reject_all)(word.element.body)
    out: list[str] = []
    for child in word.element.body.iterchildren():
        if child.tag.endswith("}tbl"):
            table = docx.table.Table(child, word)
            out.append("[table]")
            out += ["[row] " + " | ".join(c.text for c in row.cells) for row in table.rows]
        elif child.tag.endswith("}p"):
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            if text.strip():
                out.append(text)
    return out


def expected(spec: Spec) -> list[str]:
    """The spec as blocks: rows side by side with as many columns are one table."""
    out: list[str] = []
    for heading, paragraphs in spec:
        out.append(heading)
        for text in paragraphs:
            if "\t" not in text:
                out.append(text)
                continue
            cells = text.split("\t")
            if not out[-1].startswith("[row]") or out[-1].count(" | ") != len(cells) - 1:
                out.append("[table]")
            out.append("[row] " + " | ".join(cells))
    return out


def without_table_starts(lines: list[str]) -> list[str]:
    return [line for line in lines if line != "[table]"]


@pytest.mark.parametrize("shape", list(REVISIONS))
def test_rows_stay_rows_and_paragraphs_stay_paragraphs(shape: str, tmp_path: Path) -> None:
    revision = REVISIONS[shape]
    original = load_document(word_file(ORIGINAL, tmp_path))
    revised = doc(revision)
    items = draft_items(original, revised).items
    review = build_review_documents(Amendment(original, revised, items, FILING))
    accepted = blocks(review.redline, accept=True)
    assert accepted == expected(revision)
    assert blocks(review.conformed, accept=True) == accepted
    # rejecting gives the original's rows and paragraphs (a table split for a paragraph
    # put between its rows is two tables side by side, which Word prints as one)
    assert without_table_starts(blocks(review.redline, accept=False)) == without_table_starts(
        expected(ORIGINAL)
    )
