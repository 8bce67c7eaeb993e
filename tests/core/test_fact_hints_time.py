"""A paragraph with no time of day in it ("noon", "midnight", or a figure with "a.m." or
"p.m." in some form) is not searched for one: the time's pattern tried every digit of every
changed paragraph (amounts, dates, section numbers), in most of them for nothing. The hint
is never wrong: wherever the time's pattern finds a time, the paragraph is searched."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from amendtool.core import facts
from amendtool.core.fact_hints import may_hold_time
from amendtool.core.fact_patterns import _TIME


class _Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.texts = pattern, []  # type: list[str]
        self.flags = pattern.flags

    def search(self, text: str, position: int = 0) -> re.Match[str] | None:
        self.texts.append(text)
        return self.pattern.search(text, position)


def test_a_paragraph_without_a_time_is_not_searched_for_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = _Counting(_TIME)
    monkeypatch.setattr(facts, "_TIME", counting)
    facts.clear_caches()
    plain = "We will pay $5.25 for each of 1,000 shares under Section 7 on June 1, 2026."
    timed = "The offer expires at 5:00 p.m., New York City time, on June 1, 2026."
    assert not any(f.kind == "time" for f in facts.extract(plain))
    assert [f.value for f in facts.extract(timed) if f.kind == "time"] == ["17:00"]
    assert set(counting.texts) == {timed}  # the paragraph naming no time was never searched
    facts.clear_caches()


_PIECES = st.sampled_from(
    [
        "5", "12", ":00", ":3", "11:59", " ", "\u2009", "\n", "a", "p", "A", "P", ".", ". ",
        "m", "M", "m.", "am", "PM", "noon", "NOON", "Noon", "midnight", "MİDNIGHT", "mıdnight",
        "\u0663", "the offer", "New York City time", "§", "¤", "$5.25", "June 1, 2026",
    ]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=10).map("".join))
@example("11:59 p.m.")
@example("9 a. m.")
@example("12 PM")
@example("at Noon")
@example("MİDNIGHT")
def test_the_hint_holds_wherever_a_time_is_found(text: str) -> None:
    if _TIME.search(text) is not None:
        assert may_hold_time(text)
