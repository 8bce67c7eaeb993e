"""A restated section that holds a table is redlined as Word's Compare marks it: the rows
kept stay clean, a changed cell has only its changed words marked (in that cell's own
paragraph), a new row goes into the table; accept-all gives the revision, reject-all the
original, and no word the two share is struck."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from lxml import etree

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument
from amendtool.core.filing import load_filing
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents
from tests.conftest import SAMPLES
from tests.io.test_redline import W, comparable, flat, resolve
from tests.io.test_redline_words import revision_runs, struck_shared_words

Rows = list[list[str]]

OLD = [
    "Options may be tendered by any eligible employee who holds them on the date it starts.",
    "We will accept options properly tendered and not withdrawn before the expiration date.",
    "You may withdraw your tendered options at any time before the expiration date passes.",
    "Tendered options are cancelled promptly once accepted, and replacement grants follow.",
    "Former employees, directors and consultants cannot take part, whatever their holdings.",
]
NEW = [
    "Each holder should read this whole document carefully before deciding anything at all.",
    "Our board makes no recommendation concerning whether anyone ought to participate here.",
    "Consult your own financial, legal and tax advisers regarding what follows personally.",
    "Nothing said here constitutes investment advice; every decision remains yours alone.",
    "Keep copies of everything you sign, send or receive throughout this process safely.",
]
ROWS = [
    ["Grant date", "Exchange ratio"],
    ["Before 2020", "Two options for one new option"],
    ["After 2020", "One option for one new option\nsubject to the vesting schedule"],
]
TAIL = "You must deliver your election form within two business days after the date we ask."


def offer(path: Path, paragraphs: list[str], rows: Rows, tail: str) -> Path:
    word = docx.Document()
    word.add_heading("THE OFFER", level=1)
    word.add_heading("1. Eligibility", level=2)
    for text in paragraphs:
        word.add_paragraph(text)
    table = word.add_table(rows=0, cols=2)
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            first, *more = value.split("\n")
            cell.text = first
            for text in more:
                cell.add_paragraph(text)
    word.add_paragraph(tail)
    word.add_heading("2. Miscellaneous", level=2)
    word.add_paragraph("This offer is governed by the laws of the State of Delaware.")
    word.save(str(path))
    return path


def redline_of(
    tmp_path: Path, rows: Rows, tail: str, restated: bool = True
) -> tuple[bytes, list[str], list[str]]:
    before = load_document(offer(tmp_path / "o.docx", OLD, ROWS, TAIL))
    after = load_document(offer(tmp_path / "r.docx", NEW if restated else OLD, rows, tail))
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    if restated:
        assert [i.kind.value for i in amendment.change_items] == ["replace_section"]
    redline = build_review_documents(amendment).redline
    assert comparable(resolve(redline, True), tmp_path, "a.docx") == flat(
        TextDocument.from_document(after).comparable()
    )
    assert comparable(resolve(redline, False), tmp_path, "j.docx") == flat(
        TextDocument.from_document(before).comparable()
    )
    return (
        redline,
        flat(TextDocument.from_document(before).comparable()),
        flat(TextDocument.from_document(after).comparable()),
    )


def body(redline: bytes) -> etree._Element:
    return etree.fromstring(docx.Document(io.BytesIO(redline)).element.xml.encode())


def rows_of(redline: bytes) -> list[etree._Element]:
    return list(body(redline).iter(f"{W}tr"))


def marked(element: etree._Element) -> bool:
    return element.find(f".//{W}del") is not None or element.find(f".//{W}ins") is not None


def test_one_changed_cell_of_a_restated_section_marks_only_its_words(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[1][1] = "Three options for one new option"
    tail = TAIL.replace("two business days", "one business day")
    redline, _, _ = redline_of(tmp_path, rows, tail)
    header, changed, last = rows_of(redline)
    assert not marked(header) and not marked(last), "rows kept as they were are marked"
    assert changed.find(f"{W}trPr/{W}del") is None, "the changed row is struck whole"
    [paragraph] = [p for p in changed.iter(f"{W}p") if marked(p)]
    runs = revision_runs(paragraph)
    assert [t for m, t in runs if m == "del"] == ["Two"]
    assert [t for m, t in runs if m == "ins"] == ["Three"]
    assert struck_shared_words(paragraph) == []
    [tail_paragraph] = [
        p for p in body(redline).iter(f"{W}p") if "election form" in "".join(p.itertext())
    ]
    assert "You must deliver your election form within " in "".join(
        t for m, t in revision_runs(tail_paragraph) if m == "same"
    ), "the edited paragraph of a restated section is struck whole"
    assert struck_shared_words(tail_paragraph) == []


def test_a_changed_paragraph_of_a_cell_is_marked_in_that_paragraph(tmp_path: Path) -> None:
    rows = [list(r) for r in ROWS]
    rows[2][1] = "One option for one new option\nsubject to the new vesting schedule"
    redline, _, _ = redline_of(tmp_path, rows, TAIL)
    header, middle, last = rows_of(redline)
    assert not marked(header) and not marked(middle)
    first, second = [p for p in last[-1].iter(f"{W}p")]
    assert not marked(first), "the cell's unchanged paragraph is marked"
    runs = revision_runs(second)
    assert [t.strip() for m, t in runs if m == "ins"] == ["new"]
    assert [t for m, t in runs if m == "del"] == []


def test_a_row_added_in_a_restated_section_goes_into_its_table(tmp_path: Path) -> None:
    rows = [*ROWS[:2], ["During 2020", "Three options for two new options"], ROWS[2]]
    redline, _, _ = redline_of(tmp_path, rows, TAIL)
    tables = list(body(redline).iter(f"{W}tbl"))
    assert len(tables) == 1, "the new row is set in a table of its own"
    header, before, added, after = rows_of(redline)
    assert added.find(f"{W}trPr/{W}ins") is not None
    assert not any(marked(row) for row in (header, before, after))


@pytest.mark.parametrize("restated", [True, False])
def test_a_paragraph_put_into_a_cell_is_inserted_in_that_cell(
    tmp_path: Path, restated: bool
) -> None:
    rows = [list(r) for r in ROWS]
    rows[2][1] = (
        "One option for one new option\nsubject to the vesting schedule\nand continued service"
    )
    redline, _, _ = redline_of(tmp_path, rows, TAIL, restated)
    *kept, last = rows_of(redline)
    assert not any(marked(row) for row in kept)
    assert last.find(f"{W}trPr/{W}del") is None, "the row is struck whole"
    first, second, added = list(last[-1].iter(f"{W}p"))
    assert not marked(first) and not marked(second)
    assert [t for m, t in revision_runs(added)] == ["and continued service"]
    assert added.find(f"{W}pPr/{W}rPr/{W}ins") is not None


@pytest.mark.parametrize("restated", [True, False])
def test_a_paragraph_taken_out_of_a_cell_is_struck_in_that_cell(
    tmp_path: Path, restated: bool
) -> None:
    rows = [list(r) for r in ROWS]
    rows[2][1] = "One option for two new options"
    redline, _, _ = redline_of(tmp_path, rows, TAIL, restated)
    *kept, last = rows_of(redline)
    assert not any(marked(row) for row in kept)
    assert last.find(f"{W}trPr/{W}del") is None, "the row is struck whole"
    first, gone = list(last[-1].iter(f"{W}p"))
    runs = revision_runs(first)
    assert [t for m, t in runs if m == "del"] == ["one", "option"]
    assert [t for m, t in runs if m == "ins"] == ["two", "options"]
    assert [m for m, t in revision_runs(gone)] == ["del"]
