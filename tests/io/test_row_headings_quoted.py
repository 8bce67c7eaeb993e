"""A table row restated or put in alone is quoted under its table's column headings, in the
filing (.docx, .htm, .txt) and the notice: "Second Quarter 24.10 11.80" on its own does
not say which figure is the high and which the low."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from lxml import html

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.io.outputs import (
    NOTICE_DOCX,
    SCHEDULE_TO_DOCX,
    SCHEDULE_TO_HTM,
    SCHEDULE_TO_TXT,
    write_outputs,
)
from tests.conftest import SAMPLES
from tests.io.test_table_outputs import word_tables
from tests.support.builders import Spec, doc

HEAD = "\tHigh\tLow"
ROWS = [
    "First Quarter\t$31.50\t$18.25",
    "Second Quarter\t24.10\t12.80",
    "Third Quarter\t20.00\t9.10",
]


def offer(rows: list[str]) -> Spec:
    return [
        ("", ["We are offering to exchange Eligible Options for New Options."]),
        ("6. Price Range of Common Stock", ["The table shows the prices.", HEAD, *rows]),
        ("7. Miscellaneous", ["This offer is governed by the laws of Delaware."]),
    ]


CHANGES = {
    ItemKind.REPLACE_ROW: [ROWS[0], ROWS[1].replace("12.80", "11.80"), ROWS[2]],
    ItemKind.INSERT_ROW: [*ROWS[:2], "Fourth Quarter\t19.40\t8.75", ROWS[2]],
}
NEW_ROW = {
    ItemKind.REPLACE_ROW: ["Second Quarter", "24.10", "11.80"],
    ItemKind.INSERT_ROW: ["Fourth Quarter", "19.40", "8.75"],
}


def drafted(kind: ItemKind) -> Amendment:
    amendment = draft_amendment(
        doc(offer(ROWS)), doc(offer(CHANGES[kind])), load_filing(SAMPLES / "filing.toml")
    )
    assert [i.kind for i in amendment.change_items] == [kind]
    return amendment


@pytest.mark.parametrize("kind", sorted(CHANGES, key=lambda k: k.value))
def test_a_row_is_quoted_under_its_headings(kind: ItemKind, tmp_path: Path) -> None:
    write_outputs(
        drafted(kind), tmp_path, [SCHEDULE_TO_DOCX, NOTICE_DOCX, SCHEDULE_TO_HTM, SCHEDULE_TO_TXT]
    )
    row = NEW_ROW[kind]
    for name in (SCHEDULE_TO_DOCX, NOTICE_DOCX):
        tables = word_tables((tmp_path / name).read_bytes())
        quoted = [
            t for t in tables if any(row[0] in " ".join(c[0] if c else "" for c in r) for r in t)
        ]
        assert quoted, name
        heads, body = quoted[0][0], quoted[0][1]
        assert [c[0] if c else "" for c in heads] == ["", "High", "Low"], name
        assert [c[0].strip('“”"') for c in body] == row, name

    page = html.fromstring((tmp_path / SCHEDULE_TO_HTM).read_bytes())
    tables = [t for t in page.iter("table") if row[0] in t.text_content()]
    assert tables
    rows = tables[0].findall(".//tr")
    assert [c.text_content().strip() for c in rows[0]] == ["", "High", "Low"]
    assert [c.text_content().strip().strip('"') for c in rows[1]] == row

    text = (tmp_path / SCHEDULE_TO_TXT).read_text()
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.lstrip().strip('"').startswith(row[0]))
    above = [line for line in lines[max(at - 3, 0) : at] if line.strip()]
    assert any(line.split() == ["High", "Low"] for line in above), lines[at - 3 : at + 1]
    heads = next(line for line in above if line.split() == ["High", "Low"])
    rule = lines[lines.index(heads) + 1]
    caption = len(lines[at].lstrip()) - len(lines[at].lstrip()[len(row[0]) :])
    assert rule[:caption].strip() == "" and "-" in rule  # no rule under the empty heading


def test_a_table_without_headings_quotes_the_row_alone() -> None:
    rows = ROWS
    original = [("6. Prices", ["The prices were:", *rows])]
    revised = [
        ("6. Prices", ["The prices were:", rows[0], rows[1].replace("12.80", "11.80"), rows[2]])
    ]
    amendment = draft_amendment(doc(original), doc(revised), load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW
    assert item.locator.row_headings is None  # the first row is a row of figures


def test_docx_heading_row_is_bold(tmp_path: Path) -> None:
    write_outputs(drafted(ItemKind.REPLACE_ROW), tmp_path, [SCHEDULE_TO_DOCX])
    word = docx.Document(io.BytesIO((tmp_path / SCHEDULE_TO_DOCX).read_bytes()))
    table = next(t for t in word.tables if "Second Quarter" in t._tbl.xml)
    runs = [r for p in table.rows[0].cells[1].paragraphs for r in p.runs]
    assert runs and all(r.bold for r in runs)
