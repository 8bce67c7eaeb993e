"""EDGAR text tables set without <TABLE> tags come in many layouts (a blank line under the
rule, row groups apart by blank lines, no rule, rows flush left): every run of columned
lines, leader dots included, is a table, and a changed figure is cited by its row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

HERE = Path(__file__).parent / "price_tables"
RULE = "                                                           ------      ------\n"
GROUP = "  FISCAL YEAR 2001\n"


def _blank_under_rule(text: str) -> str:
    return text.replace(
        RULE, RULE + "                                                           \n"
    )


def _blank_between_groups(text: str) -> str:
    return text.replace(GROUP, "\n" + GROUP)


def _no_rule(text: str) -> str:
    return text.replace(RULE, "")


def _flush_left(text: str) -> str:
    return (
        text.replace("\n  FISCAL", "\nFISCAL")
        .replace("\n    First", "\n  First")
        .replace("\n    Second", "\n  Second")
    )


def _all(text: str) -> str:
    return _flush_left(_blank_between_groups(_blank_under_rule(text)))


def _blank_lines_above(text: str) -> str:
    return text.replace("Market.*\n\n", "Market.*\n\n\n\n")


LAYOUTS: dict[str, Callable[[str], str]] = {
    "blank under the rule": _blank_under_rule,
    "blank between row groups": _blank_between_groups,
    "no rule": _no_rule,
    "no rule, blank between row groups": lambda t: _no_rule(_blank_between_groups(t)),
    "flush left, blanks everywhere": lambda t: _blank_lines_above(_all(t)),
}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_figure_corrected_in_an_untagged_table_is_cited_by_its_row(
    layout: str, tmp_path: Path
) -> None:
    change = LAYOUTS[layout]
    original, revised = tmp_path / "original.txt", tmp_path / "revised.txt"
    original.write_text(change((HERE / "untagged-original.txt").read_text()))
    revised.write_text(change((HERE / "untagged-revised.txt").read_text()))
    amendment = draft_amendment(
        load_document(original), load_document(revised), load_filing(SAMPLES / "filing.toml")
    )
    [item] = amendment.change_items
    assert item.kind is ItemKind.REPLACE_ROW
    assert item.locator.row_caption == "Second Quarter"
    assert item.new_paragraphs[0].split("\t")[1:] == ["17.35", "9.80"]
    rows = [
        p.cells
        for s in load_document(original).sections
        for p in s.paragraphs
        if p.kind.value == "table_row"
    ]
    assert ["Second Quarter", "44.75", "21.00"] in rows
    assert ["First Quarter", "$61.00", "$38.25"] in rows
