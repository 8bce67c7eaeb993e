"""A restated table with several rows changed: the notice names each changed row with its
own old and new figures, never a figure of another row. Paired across the whole table by
value and order, a ratio table with every tier moved one step up ("2.5, 4.0, 6.0, 9.0" to
"4.0, 6.0, 9.0, 12.0") was told as "one for every 12.0 … It was one for every 2.5 … in the
row for "$40.00 and above"" (that row was 9.0), and a holdings table with every figure +7
as "Tranche 33 is now 1,040. It was 1,000" (it was 1,033). `check` names a paragraph that
pairs figures no row changes."""

from __future__ import annotations

import re
from pathlib import Path

from amendtool.core.amendment import Amendment
from amendtool.core.checks import ERROR, run_checks
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.plain import rsu_table_amendment

RATIO_HEAD = "Exercise Price of Eligible Option\tEligible Options per New RSU"
BANDS = ["$15.00 - $19.99", "$20.00 - $29.99", "$30.00 - $39.99", "$40.00 and above"]
HOLD_HEAD = "Grant Date\tHolder\tShares"


def _draft(example_filing_toml: Path, head: str, old: list[str], new: list[str]) -> Amendment:
    return rsu_table_amendment(example_filing_toml, head, old, new, "2. Exchange Ratios")


def _ratio_table(example_filing_toml: Path) -> Amendment:
    old = [f"{b}\t{r}" for b, r in zip(BANDS, ("2.5", "4.0", "6.0", "9.0"), strict=True)]
    new = [f"{b}\t{r}" for b, r in zip(BANDS, ("4.0", "6.0", "9.0", "12.0"), strict=True)]
    return _draft(example_filing_toml, RATIO_HEAD, old, new)


def _holdings(example_filing_toml: Path, count: int = 40) -> Amendment:
    old = [f"Tranche {n}\tHolder {n}\t{1000 + n:,}" for n in range(count)]
    new = [f"Tranche {n}\tHolder {n}\t{1007 + n:,}" for n in range(count)]
    return _draft(example_filing_toml, HOLD_HEAD, old, new)


def _table_paragraph(amendment: Amendment) -> str:
    index = next(n for n, i in enumerate(amendment.change_items) if "\t" in (i.new_text or ""))
    said = [p.text for p in plain_paragraphs(amendment) if index in p.items]
    return " ".join(" ".join(said).split())


_NOW_WAS = re.compile(r"now\b[^.]*?(\d[\d,]*(?:\.\d+)?)[^.]*\.\s*It was[^.]*?(\d[\d,]*(?:\.\d+)?)")


def _pairs_said(paragraph: str) -> list[tuple[str, str]]:
    """(old, new) of each "… is now X. It was Y." the paragraph says."""
    return [(m.group(2), m.group(1)) for m in _NOW_WAS.finditer(paragraph)]


def test_each_tier_of_a_ratio_table_is_said_with_its_own_ratios(example_filing_toml: Path) -> None:
    said = _table_paragraph(_ratio_table(example_filing_toml))
    pairs = _pairs_said(said)
    assert pairs, said
    true = {("2.5", "4.0"), ("4.0", "6.0"), ("6.0", "9.0"), ("9.0", "12.0")}
    assert set(pairs) <= true, said
    counted = re.search(r"(\d+|One) other rows? of the table also changed", said)
    assert (
        len(pairs)
        + (int(counted.group(1)) if counted and counted.group(1) != "One" else 0)
        + (1 if counted and counted.group(1) == "One" else 0)
        == 4
    ), said  # every tier told or counted
    assert not re.search(r"\b1 other rows\b", said)  # one row is one row


def test_every_holding_changed_is_said_by_its_own_row(example_filing_toml: Path) -> None:
    said = _table_paragraph(_holdings(example_filing_toml))
    pairs = _pairs_said(said)
    assert pairs, said
    assert all(int(new.replace(",", "")) - int(old.replace(",", "")) == 7 for old, new in pairs)
    shown = len(pairs)
    counted = re.search(r"(\d+) other rows of the table also changed", said)
    assert counted and int(counted.group(1)) + shown == 40, said


def test_a_figure_pair_no_row_changes_is_an_error(example_filing_toml: Path) -> None:
    amendment = _holdings(example_filing_toml)
    index = next(n for n, i in enumerate(amendment.change_items) if "\t" in (i.new_text or ""))
    amendment.change_items[index].set_plain_summary(
        'In the table, "Shares" for "Tranche 33" is now 1,040. It was 1,000.'
    )
    found = [
        f.message
        for f in run_checks(amendment)
        if f.item == index and f.code == "plain_facts" and f.severity == ERROR
    ]
    assert any("Tranche 33" in m or "1,033" in m for m in found), found


def test_a_true_row_pair_is_no_error(example_filing_toml: Path) -> None:
    amendment = _holdings(example_filing_toml)
    index = next(n for n, i in enumerate(amendment.change_items) if "\t" in (i.new_text or ""))
    amendment.change_items[index].set_plain_summary(
        'In the table, "Shares" for "Tranche 33" is now 1,040. It was 1,033. Every holding '
        "went up by seven shares."
    )
    found = [f.message for f in run_checks(amendment) if f.item == index and f.severity == ERROR]
    assert not [m for m in found if "plain_facts" in m or "row" in m], found
