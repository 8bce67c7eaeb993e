"""A bare number's pattern (the offer's reading's, and the plain notice's with its unit) is
tried only where a digit or a fraction mark stands: every match begins with one, so the
numbers found are the pattern's own, in ASCII and out of it. Counted, not timed."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core import facts, led_search, plain_fact_reading
from amendtool.core.small_letter_search import in_small_letters, search
from tests.support.counted_pattern import CountedPattern

NUMBERS = [facts.NUMBER, dict(plain_fact_reading._PATTERNS)["number"]]
PIECES = ["1", "12", "1,000", "3.5", ".5", "2 1/2", "2-1/2", "1/3", "½", "2½", "٣", "２", "$",
          "%", "and", "one-half", "a half", "basis points", "bps", "x", "A", "_", ".", ",",
          " ", "  ", "\u00a0", "-", "/", "é", "(", "2026"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=14
).map("".join)


def test_the_bare_numbers_are_declared() -> None:
    declared = [pattern for pattern, _first in led_search.declared()]
    assert all(any(number is pattern for pattern in declared) for number in NUMBERS)


@settings(max_examples=2000, deadline=None)
@given(TEXTS, st.integers(0, 30))
@example("x1 and 2 1/2% of 1,000 basis points", 1)
@example("A½ 2½ .5 ٣ ２", 0)
def test_every_match_begins_where_it_is_looked_for(text: str, position: int) -> None:
    for pattern, first in led_search.declared():
        for found in pattern.finditer(text):
            assert first.match(found.group(0))
        expected = pattern.search(text, position)
        got = search(pattern, text, in_small_letters(text), position)
        assert (got and (got.span(), got.groups())) == (
            expected and (expected.span(), expected.groups())
        )


def test_a_paragraph_is_looked_at_only_where_a_figure_stands() -> None:
    text = "Holders of record may elect 1,000 shares in lots of 2½ before noon."
    first = CountedPattern(led_search.first_of(facts.NUMBER))  # type: ignore[arg-type]
    led_search.led_by(facts.NUMBER, first)  # type: ignore[arg-type]
    try:
        read = [m.group(0) for m in _all(facts.NUMBER, text)]
    finally:
        led_search.led_by(facts.NUMBER, first.pattern)
    assert read == [m.group(0) for m in facts.NUMBER.finditer(text)] == ["1,000", "2½"]
    assert first.searched[text] == 3  # each figure, then none after the last


def _all(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    out, position = [], 0
    while (found := search(pattern, text, None, position)) is not None:
        out.append(found)
        position = max(found.end(), found.start() + 1)
    return out
