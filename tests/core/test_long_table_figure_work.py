"""A grant list the revision adds (10 rows become thousands) is read as one long text of
its rows, and the rules that name a figure ask about each of its figures. Each question
read the whole text again (what follows the figure, copied; the text split into sentences;
everything before the figure back to the sentence's start): quadratic, and a list of
20,000 rows ran for many minutes. Counted, not timed: the characters those questions read
grow with the rows, not with their square."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from amendtool.core import amount_names, fact_names, segment, sought_figures, text_cache
from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

HEAD = "Name\tGrant Date\tOptions\tExercise Price"


def _rows(count: int) -> list[str]:
    return [
        f"Employee {n:05d}\tMarch {1 + n % 28}, 2021\t{1000 + 7 * n:,}\t${12 + (n % 50) / 4:.2f}"
        for n in range(count)
    ]


def _offer(rows: int) -> Spec:
    return [
        ("", ["Halvorsen offers to exchange options."]),
        ("Schedule A", ["The eligible grants:", HEAD, *_rows(rows)]),
    ]


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Characters read: split into sentences, after a figure, before a figure, after a
    figure for a rate ("per share"), before a date for a grant-date cut-off."""
    seen: Counter[str] = Counter()
    # the paragraphs another test drafted are split already: the work is counted from cold
    text_cache.clear_caches()
    segment._long_split.cache_clear()
    split, names, nearest = (
        segment._split_sentences,
        sought_figures._names_securities_or_price,
        amount_names._nearest,
    )

    def counted_split(text: str) -> list[tuple[int, int]]:
        seen["split"] += len(text)
        return split(text)

    def counted_names(after: str, rules: object) -> bool:
        seen["after"] += len(after)
        return names(after, rules)  # type: ignore[arg-type]

    def counted_nearest(rules: object, kind: str, before: str) -> str | None:
        seen["before"] += len(before)
        return nearest(rules, kind, before)  # type: ignore[arg-type]

    rate_after = fact_names.rate_after

    def counted_rate(following: str) -> str:
        seen["rate"] += len(following)
        return rate_after(following)

    class CountedPattern:
        def __init__(self, pattern: re.Pattern[str]) -> None:
            self.pattern = pattern

        def search(self, text: str) -> re.Match[str] | None:
            seen["cut-off"] += len(text)
            return self.pattern.search(text)

    monkeypatch.setattr(fact_names, "rate_after", counted_rate)
    monkeypatch.setattr(fact_names, "_GRANTED_THEN", CountedPattern(fact_names._GRANTED_THEN))
    monkeypatch.setattr(segment, "_split_sentences", counted_split)
    monkeypatch.setattr(sought_figures, "_names_securities_or_price", counted_names)
    monkeypatch.setattr(amount_names, "_nearest", counted_nearest)
    return seen


def _drafted(rows: int, read: Counter[str]) -> Counter[str]:
    read.clear()
    filing = load_filing(Path(SAMPLES / "filing.toml"))
    amendment = draft_amendment(doc(_offer(10)), doc(_offer(rows)), filing)
    assert any(f"Employee {rows - 1:05d}" in item.new_text for item in amendment.items)
    return Counter(read)


def test_figures_of_a_long_added_list_are_read_in_linear_work(read: Counter[str]) -> None:
    small, large = _drafted(100, read), _drafted(400, read)
    assert small["after"] and small["split"], small  # the questions were asked
    assert small["rate"] and small["cut-off"], small
    for what in ("split", "after", "before", "rate", "cut-off"):
        assert large[what] <= 5 * max(small[what], 1), (what, small, large)
