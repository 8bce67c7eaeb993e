"""A long item text (a section restated with a table of thousands of rows) is read for its
facts paragraph by paragraph: the costly ratio pattern runs over the paragraphs that may state
a ratio, not over every row because one sentence above the table may state one, and no fact
runs from one paragraph into the next. Work is counted (characters the pattern is run over),
never timed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import facts, plain_fact_reading, text_cache
from amendtool.core.paragraph_reading import paragraphs_at

INTRODUCTION = "Holders received one New Option for every two Eligible Options, as follows:"


def section(rows: int) -> str:
    return "\n\n".join([INTRODUCTION, *(f"Holder {n}\t{7 * n + 1} options" for n in range(rows))])


class Counting:
    """A pattern that counts the characters it is run over (each text once)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.texts = pattern, set[str]()

    def search(self, text: str, *where: Any) -> re.Match[str] | None:
        self.texts.add(text)
        return self.pattern.search(text, *where)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    @property
    def characters(self) -> int:
        return sum(len(text) for text in self.texts)


@pytest.fixture
def ratio_patterns(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Counting]]:
    counted = [Counting(facts._RATIO)]
    monkeypatch.setattr(facts, "_RATIO", counted[0])
    patterns = []
    for kind, pattern in plain_fact_reading._PATTERNS:
        if kind == "ratio":
            counted.append(Counting(pattern))
            pattern = counted[-1]  # type: ignore[assignment]
        patterns.append((kind, pattern))
    monkeypatch.setattr(plain_fact_reading, "_PATTERNS", patterns)
    facts.clear_caches()
    yield counted
    facts.clear_caches()


@pytest.mark.parametrize("read", [facts.extract, plain_fact_reading.facts_in])
def test_the_ratio_pattern_reads_the_paragraphs_that_may_state_a_ratio(
    read: Any, ratio_patterns: list[Counting]
) -> None:
    for rows in (250, 2000):
        facts.clear_caches()
        for pattern in ratio_patterns:
            pattern.texts.clear()
        found = read(section(rows))
        assert sum(f.kind == "count" for f in found) == rows  # every row's options are read
        searched = sum(pattern.characters for pattern in ratio_patterns)
        assert 0 < searched <= len(INTRODUCTION), (rows, searched)  # the sentence, no row


def test_no_fact_runs_from_one_paragraph_into_the_next() -> None:
    """ "Holder 32" ends a row and "Holder" starts the next: no count of 32 holders."""
    text = "Holder 31\t210 options\n\nHolder 32\n\nHolder 33\t220 options"
    text_cache.clear_caches()
    found = plain_fact_reading.facts_in(text)
    assert not [f for f in found if "\n" in f.text]
    assert [f.text for f in found if f.kind == "count"] == ["210 options", "220 options"]
    assert all("\n" not in text[start:end] for (start, end), _ in facts._scan(text))


PARAGRAPHS = [
    "The exchange ratio is one New Option for every two Eligible Options.",
    "Holder 7\t50 options\t$12.50",
    "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2026.",
    "A 1-for-2 exchange: 25% of the shares vest on each of the first four anniversaries.",
    "Section 5 of this Offer to Exchange.",
    "Holder 9",
    "shares of our common stock, par value $0.001 per share",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PARAGRAPHS), min_size=1, max_size=6))
def test_a_text_reads_as_its_paragraphs_each_read_alone(paragraphs: list[str]) -> None:
    """The facts of a text are those of its paragraphs, at their places in it; a ratio
    printed "1-for-2" is read by what the whole text states."""
    text = "\n\n".join(paragraphs)
    facts.clear_caches()
    alone = sorted(
        (start + at, end + at)
        for at, paragraph in paragraphs_at(text)
        for (start, end), _ in facts._scan(paragraph)
    )
    assert sorted(span for span, _ in facts._scan(text)) == alone
    placed = sorted(
        (f.start + at, f.end + at, f.kind)
        for at, paragraph in paragraphs_at(text)
        for f in plain_fact_reading.facts_in(paragraph)
    )
    assert [(f.start, f.end, f.kind) for f in plain_fact_reading.facts_in(text)] == placed
    stated = "one New Option for every two" in text
    hyphenated = [f for f in facts.extract(text) if f.text == "1-for-2"]
    assert all(f.value == ("0.5" if stated else "2") for f in hyphenated)


@pytest.mark.parametrize("read", [facts.extract, plain_fact_reading.facts_in])
def test_a_figure_inside_a_fact_read_is_passed_over_in_one_step(
    read: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A row's count ("3,500,000 options") read, the number pattern finds its figure again:
    it looks on past the count, not again at each digit of it."""
    searches: list[int] = []
    patterns = {"facts": facts.NUMBER, "plain": dict(plain_fact_reading._PATTERNS)["number"]}

    class Tried(Counting):
        def search(self, text: str, *where: Any) -> re.Match[str] | None:
            searches.append(1)
            return self.pattern.search(text, *where)

    monkeypatch.setattr(facts, "NUMBER", Tried(patterns["facts"]))
    monkeypatch.setattr(
        plain_fact_reading,
        "_PATTERNS",
        [(k, Tried(p) if k == "number" else p) for k, p in plain_fact_reading._PATTERNS],
    )
    tried = []
    for figure in ("7", "3,500,000,000,000"):
        facts.clear_caches()
        searches.clear()
        found = read(f"Holder 12\t{figure} options")
        assert sorted(f.kind for f in found) == ["count", "number"]
        tried.append(len(searches))
    assert tried[0] == tried[1] <= 3, tried
