"""A table an amendment restates keeps its rows and cells in the history, as in the filing:
the rows are paired with the rows they replace, so an unchanged row (the header) carries no
mark and a changed row shows only the words that changed, cell by cell; the Word file sets
the table as a Word table, each change tracked inside its cell."""

from __future__ import annotations

import io

import docx
import pytest
from lxml import etree

from amendtool.core.history import history
from amendtool.core.series import Series
from amendtool.io.history_docx import history_docx
from tests.io.test_redline import resolve
from tests.io.test_series_review import history_paragraphs, state_paragraphs
from tests.support.builders import doc
from tests.support.series import filing

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HEADER = "Exercise Price\tRatio\tShares"
OLD = [
    "$20.00 to $29.99\t2 for 1\t410,000",
    "$30.00 to $39.99\t3 for 1\t220,000",
    "$40.00 or more\t4 for 1\t95,000",
]
NEW = [
    "$20.00 to $24.99\t3 for 1\t250,000",
    "$25.00 to $34.99\t4 for 1\t300,000",
    "$35.00 or more\t5 for 1\t175,000",
]
GRANTED = "You may exchange Eligible Options granted before 2025."


def spec(rows: list[str], first: str = "You may exchange Eligible Options.") -> list:
    return [
        ("", ["Kestrel Corp. is offering to exchange options for new options."]),
        ("1. Eligibility", [first]),
        (
            "2. Exchange Ratio",
            ["The exchange ratios are as follows:", HEADER, *rows, "Fractions are rounded down."],
        ),
    ]


@pytest.fixture(scope="module")
def series() -> Series:
    """No. 1 changes Section 1; No. 2 restates the ratio table."""
    made = Series(doc(spec(OLD)))
    made.draft(doc(spec(OLD, GRANTED)), filing(1))
    made.draft(doc(spec(NEW, GRANTED)), filing(2))
    return made


def test_a_restated_tables_rows_are_paired_with_the_rows_they_replace(series: Series) -> None:
    entries = [e for e in history(series, 2).entries if "\t" in "".join(s.text for s in e.spans)]
    assert [e.text for e in entries] == [HEADER, *NEW]
    header, *rows = entries
    assert header.amendments == [] and header.deleted_by is None and header.inserted_by is None
    for row, old in zip(rows, OLD, strict=True):
        assert row.deleted_by is None and row.inserted_by is None
        struck = [s.text for s in row.spans if s.deleted]
        assert struck, row.spans
        for words in struck:  # words of one cell of the row it replaced
            assert words in old and "\t" not in words, row.spans
        assert all(s.amendment in (None, 2) for s in row.spans)


def cell_text(cell: etree._Element, tag: str = "t") -> str:
    return "".join(t.text or "" for t in cell.iter(W + tag))


def test_the_word_file_sets_the_restated_table_as_a_table_marked_cell_by_cell(
    series: Series,
) -> None:
    word = docx.Document(io.BytesIO(history_docx(series, through=2)))
    body = word.element.body
    assert not any("\t" in cell_text(p) for p in body.iterchildren(W + "p"))
    (table,) = body.iterchildren(W + "tbl")
    rows = [[cell for cell in tr.iterchildren(W + "tc")] for tr in table.iterchildren(W + "tr")]
    shown = ["\t".join(cell_text(c) for c in row) for row in rows]
    note = "  [Amendment No. 2, April 7, 2026 (draft, not filed)]"  # closes a changed row
    assert shown == [HEADER, *(row + note for row in NEW)]
    assert not any(True for _ in rows[0][0].iter(W + "ins", W + "del"))  # the header: unchanged
    first_band = rows[1][0]
    # the band's upper limit is struck and replaced within its cell (with or without its "$")
    assert cell_text(first_band, "delText").removeprefix("$") == "29.99"
    assert cell_text(first_band) == "$20.00 to $24.99"
    assert {e.get(W + "author") for e in table.iter(W + "ins", W + "del")} == {
        "Amendment No. 2, April 7, 2026 (draft, not filed)"
    }


VESTING = ["Anniversary\tPortion vested", "First\t25%", "Second\t50%", "Third\t100%"]
REVESTED = ["Anniversary\tPortion vested", "First\t33%", "Second\t66%", "Third\t100%"]


def vesting(intro: str, rows: list[str], close: str) -> list:
    return [
        ("", ["Kestrel Corp. is offering to exchange options for new options."]),
        ("8. Terms of the New Options", [intro, *rows, close]),
        ("9. Other Matters", ["Nothing else changes."]),
    ]


def test_a_restated_section_keeps_its_table_and_rejecting_or_accepting_gives_each_state() -> None:
    """No. 1 rewrites the whole section around a table: its paragraphs are taken out and put
    in whole, its rows paired; rejecting every change gives the section as filed and
    accepting them the section as amended, in order."""
    before = vesting(
        "Each New Option will vest over three years according to the following schedule:",
        VESTING,
        "New Options will expire ten years after the grant date.",
    )
    after = vesting(
        "We have revised the vesting of the New Options, which now follows this schedule:",
        REVESTED,
        "Unvested New Options end when your employment ends, and vested ones a year later.",
    )
    made = Series(doc(before))
    made.draft(doc(after), filing(1))
    data = history_docx(made, through=1)
    body = docx.Document(io.BytesIO(data)).element.body
    (table,) = body.iterchildren(W + "tbl")
    assert cell_text(next(table.iter(W + "tr"))) == "AnniversaryPortion vested"
    assert not any(True for _ in next(table.iter(W + "tr")).iter(W + "ins", W + "del"))
    for accept, spec_ in ((False, before), (True, after)):
        shown = history_paragraphs(resolve(data, accept), set())
        assert shown == state_paragraphs(doc(spec_)), accept


def test_a_row_an_earlier_amendment_put_in_stays_put_in_by_it_when_a_later_one_restates_it() -> (
    None
):
    """No. 1 adds a row; No. 2 restates the table, changing that row: the row is still one
    Amendment No. 1 put in, so rejecting every change takes it out (no empty row is left)."""
    made = Series(doc(spec(OLD[:2])))
    made.draft(doc(spec(OLD)), filing(1))
    made.draft(doc(spec([*OLD[:2], NEW[2]])), filing(2))
    [row] = [e for e in history(made, 2).entries if e.text == NEW[2]]
    assert row.inserted_by == 1
    word = docx.Document(io.BytesIO(history_docx(made, through=2)))
    rows = list(word.element.body.iter(W + "tr"))
    [added] = [r for r in rows if cell_text(r).startswith(NEW[2].replace("\t", ""))]
    properties = added.find(W + "trPr")
    assert properties is not None and properties.find(W + "ins") is not None


def test_a_row_put_in_at_the_top_of_a_restated_table_leaves_each_row_its_own_name() -> None:
    """No. 1 adds a band at the top and changes a figure in every other row: the new band is
    a row put in, and each band kept shows only its changed figure, never the name of the
    row that stood above it struck into it."""
    added = "$15.00 to $19.99\t2 for 1\t500,000"
    revised = [added, *(row.replace(",000", ",500") for row in OLD)]
    made = Series(doc(spec(OLD)))
    made.draft(doc(spec(revised)), filing(1))
    entries = [e for e in history(made, 1).entries if "\t" in "".join(s.text for s in e.spans)]
    assert [e.text for e in entries] == [HEADER, *revised]
    _, new, *kept = entries
    assert new.inserted_by == 1 and not any(s.deleted for s in new.spans)
    for row, old in zip(kept, OLD, strict=True):
        assert row.inserted_by is None, f"{row.text} is shown as a row put in"
        name = "".join(s.text for s in row.spans).split("\t")[0]
        assert name == old.split("\t")[0], row.spans  # the band's name neither struck nor put in
        assert [s.text for s in row.spans if s.deleted] == [old.split("\t")[2]]
