"""A term sheet's caption | text table has no row of column headings: a row restated alone
is quoted alone, never under the table's first term ("Eligible participants" | "Current
employees …"), in Word, HTML or EDGAR text. A first row that reads as headings ("Term" |
"Description", <th> cells, words over figures) is still printed over the row."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.table_headings import reads_as_heading
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

TERMS = [
    ("Eligible participants", "Current employees based in the United States or Canada"),
    ("Eligible options", "Options with an exercise price at or above $9.40"),
    ("Exchange ratio", "1 new option for every 1.5 eligible options"),
    ("Vesting of new options", "Two years, vesting monthly"),
    ("Expiration", "11:59 p.m., Eastern Time, on Monday, December 21, 2026"),
]
CHANGED = [
    (a, b.replace("United States or Canada", "United States, Canada or the United Kingdom"))
    for a, b in TERMS
]
CHANGED[3] = ("Vesting of new options", "Two years, vesting quarterly")
HEADS = {
    "none": None,
    "labels": ("Term", "Description"),
    "shouted": ("TERM", "SUMMARY"),
}
INTRO = "We are offering to exchange eligible options for new options."
OUTRO = "This offer is governed by the laws of California."


def _docx(path: Path, rows: list[tuple[str, str]], head: tuple[str, str] | None) -> Path:
    word = docx.Document()
    word.add_heading("1. Summary of Terms", 1)
    word.add_paragraph(INTRO)
    table = word.add_table(rows=0, cols=2)
    for a, b in [head, *rows] if head else rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = a, b
    word.add_heading("2. Miscellaneous", 1)
    word.add_paragraph(OUTRO)
    word.save(path)
    return path


def _htm(path: Path, rows: list[tuple[str, str]], head: tuple[str, str] | None) -> Path:
    body = "".join(f"<tr><td><b>{a}</b></td><td>{b}</td></tr>" for a, b in rows)
    top = f"<tr><th>{head[0]}</th><th>{head[1]}</th></tr>" if head else ""
    path.write_text(
        f"<html><body><p><b>1. Summary of Terms</b></p><p>{INTRO}</p>"
        f"<table>{top}{body}</table><p><b>2. Miscellaneous</b></p><p>{OUTRO}</p></body></html>"
    )
    return path


def _txt(path: Path, rows: list[tuple[str, str]], head: tuple[str, str] | None) -> Path:
    lines = [f"{a:<26}{b}" for a, b in rows]
    if head:
        lines = [f"{head[0]:<26}{head[1]}", f"{'-' * 22:<26}{'-' * 40}", *lines]
    table = "\n".join(["<TABLE>", *lines, "</TABLE>"])
    path.write_text(f"1. SUMMARY OF TERMS\n\n{INTRO}\n\n{table}\n\n2. MISCELLANEOUS\n\n{OUTRO}\n")
    return path


MAKERS = {"docx": _docx, "htm": _htm, "txt": _txt}


def _vesting_item(tmp_path: Path, ext: str, head: tuple[str, str] | None) -> AmendmentItem:
    make = MAKERS[ext]
    original = load_document(make(tmp_path / f"orig.{ext}", TERMS, head))
    revised = load_document(make(tmp_path / f"rev.{ext}", CHANGED, head))
    amendment = draft_amendment(original, revised, load_filing(SAMPLES / "filing.toml"))
    rows = [i for i in amendment.change_items if i.kind is ItemKind.REPLACE_ROW]
    vesting = [i for i in rows if "Vesting of new options" in (i.new_text or "")]
    assert vesting, [(i.kind, i.new_text) for i in amendment.change_items]
    return vesting[0]


@pytest.mark.parametrize("ext", sorted(MAKERS))
def test_a_caption_text_table_has_no_heading_row(ext: str, tmp_path: Path) -> None:
    item = _vesting_item(tmp_path, ext, None)
    assert item.locator.row_headings is None
    assert "Eligible participants" not in (item.new_text or "")
    assert [p.split("\t")[0].strip() for p in item.new_paragraphs] == ["Vesting of new options"]


@pytest.mark.parametrize("ext", sorted(MAKERS))
@pytest.mark.parametrize("shape", ["labels", "shouted"])
def test_a_heading_row_that_reads_as_one_is_kept(ext: str, shape: str, tmp_path: Path) -> None:
    head = HEADS[shape]
    assert head is not None
    item = _vesting_item(tmp_path, ext, head)
    assert [c.strip() for c in (item.locator.row_headings or "").split("\t")] == list(head)
    assert "Eligible participants" not in (item.new_text or "")


@pytest.mark.parametrize(
    ("rows", "headed"),
    [
        (["\tHigh\tLow", "First Quarter\t$31.50\t$18.25"], True),
        (["Quarter ended\tHigh\tLow", "March 31, 2026\t$31.50\t$18.25"], True),
        (["Term\tDescription", "Offeror\tKestrel Therapeutics, Inc."], True),
        (["Eligible participants\tCurrent employees", "Exchange ratio\t1 for 1.5"], False),
        (["Vesting of new options\tTwo years, vesting monthly", "Expiration\tDecember 21"], False),
        (["Purpose\tTo give employees options", "Ratio\tOne for one"], False),
    ],
)
def test_the_first_row_heads_only_when_it_reads_as_headings(rows: list[str], headed: bool) -> None:
    assert reads_as_heading(rows) is headed
