"""The Schedule TO and the notice quote each change's new text alike: each quoted it anew,
reading both offers' merged table rows for every item twice. While the outputs are written
and the checks run, each change is quoted once, for both. Work is counted, never timed."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from amendtool.core import filing_document
from amendtool.core.amendment import draft_amendment
from amendtool.core.built_once import built_once
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
from amendtool.io.outputs import write_outputs
from tests.support.builders import doc

PRICE = "Options that have an exercise price per share of {} or more are eligible."
OFFER = [
    ("", ["Halvorsen offers to exchange options."]),
    ("1. Eligibility", [PRICE.format("$20.00"), "We may waive the conditions."]),
    ("2. Ratios", ["Grant Date\tRatio", "2021\t2 for 1", "2022\t3 for 1"]),
]
REVISED = [
    ("", ["Halvorsen offers to exchange options."]),
    ("1. Eligibility", [PRICE.format("$17.50"), "We may waive the conditions fully."]),
    ("2. Ratios", ["Grant Date\tRatio", "2021\t2 for 1", "2022\t4 for 1"]),
]


@pytest.mark.parametrize("style", ["plain", "precedent"])
def test_each_change_is_quoted_once_for_the_filing_and_the_notice(
    monkeypatch: pytest.MonkeyPatch, example_filing_toml: Path, tmp_path: Path, style: str
) -> None:
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_style=style)
    amendment = draft_amendment(doc(OFFER), doc(REVISED), filing)
    quoted: Counter[int] = Counter()
    spans: list[int] = []
    real_quote, real_spans = filing_document.quoted_blocks, filing_document.row_spans

    def quoting(item: Any, *args: Any) -> Any:
        quoted[id(item)] += 1
        return real_quote(item, *args)

    def spanning(documents: Any) -> Any:
        spans.append(1)
        return real_spans(documents)

    monkeypatch.setattr(filing_document, "quoted_blocks", quoting)
    monkeypatch.setattr(filing_document, "row_spans", spanning)
    with built_once():
        write_outputs(amendment, tmp_path)
        run_checks(amendment)
        filed, notice = schedule_to_blocks(amendment), notice_blocks(amendment)
    assert len(amendment.change_items) >= 2
    assert set(quoted) == {id(i) for i in amendment.change_items}
    assert max(quoted.values()) == 1 and len(spans) == 1, (quoted, spans)
    # outside, each document is quoted anew and says the same
    assert schedule_to_blocks(amendment) == filed and notice_blocks(amendment) == notice
    assert any(b.text.startswith('"') for b in notice)
