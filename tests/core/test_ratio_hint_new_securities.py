"""A ratio said with "per" or "for …ing" ("1 New Option per 2 Eligible Options", "1 New RSU
for surrendering 3 Eligible Options") names the new securities: a paragraph saying "per
share" or "by tendering" and naming none ("new", "replacement") is not searched for a
ratio, by the filing's reading or the plain notice's. Most paragraphs of an offer that the
look let through said only that, and the ratio's pattern is the costliest there is. The
look says no only where both patterns find nothing; counted, not timed."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core import fact_hints, facts, plain_fact_reading, text_cache
from tests.support.counted_pattern import CountedPattern

PLAIN_RATIO = dict(plain_fact_reading._PATTERNS)["ratio"]

PIECES = ["1", "2", "3.5", "one", "two", "a", "an", " ", "  ", "\t", "-", ",", "New", "new",
          "NEW", "replacement", "Option", "Options", "RSU", "RSUs", "shares", "Eligible", "per",
          "PER", "for", "by", "surrendering", "tendering", "exchanging", "giving up",
          "cancelling", "to", "receive", "be granted", "each", "every", "in exchange", ":",
          "will be", "exchanged", "for each", "ſhares", "é", "§", "½", "renew"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=16
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
@example("1 1 for   1 New")  # the spaces of a justified line before the number
@example("3 Eligible Options for\t1 New RSU")
def test_the_look_says_no_only_where_the_patterns_find_no_ratio(text: str) -> None:
    if not fact_hints.may_hold_ratio(text):
        assert facts._RATIO.search(text) is None
        assert PLAIN_RATIO.search(text) is None


RATIOS = [
    "You will receive 1 New Option per 2 Eligible Options.",
    "We will grant 1 New RSU for surrendering 3 Eligible Options.",
    "Two Eligible Options per Replacement Option.",
]


@pytest.mark.parametrize("said", RATIOS)
def test_ratios_said_with_per_or_for_giving_up_are_read(said: str) -> None:
    facts.clear_caches()
    text_cache.clear_caches()
    assert [f.kind for f in facts.extract(said) if f.kind == "ratio"] == ["ratio"]
    assert "ratio" in {f.kind for f in plain_fact_reading.facts_in(said)}


PROSE = [
    "The exercise price per share of each Eligible Option is its price on the grant date.",
    "You may withdraw by tendering a notice of withdrawal before the expiration date.",
]


def test_prose_saying_per_share_is_not_searched_for_a_ratio(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ratio, plain = CountedPattern(facts._RATIO), CountedPattern(PLAIN_RATIO)
    monkeypatch.setattr(facts, "_RATIO", ratio)
    patterns = [(kind, plain if kind == "ratio" else p) for kind, p in plain_fact_reading._PATTERNS]
    monkeypatch.setattr(plain_fact_reading, "_PATTERNS", patterns)
    facts.clear_caches()
    text_cache.clear_caches()
    for text in PROSE:
        assert not any(f.kind == "ratio" for f in facts.extract(text))
        assert not any(f.kind == "ratio" for f in plain_fact_reading.facts_in(text))
    assert not ratio.searched and not plain.searched
    assert facts.extract(RATIOS[0]) and ratio.searched[RATIOS[0]]
    facts.clear_caches()
    text_cache.clear_caches()
