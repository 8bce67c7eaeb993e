"""A paragraph naming no unit a count is counted in ("shares", "business days", "RSUs") is
not searched for counts, nor one without a dollar sign for amounts of money: half the
paragraphs of an offer name no unit, and the count's pattern tries each number word at each
of their words. The look answers as the patterns would: where it says no, they find
nothing. Counted, not timed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import fact_hints, facts, plain_fact_reading, text_cache
from amendtool.core.fact_patterns import _COUNT, _MONEY, UNITS
from tests.support.counted_pattern import CountedPattern

PLAIN_COUNT = dict(plain_fact_reading._PATTERNS)["count"]


def _units(alternatives: str) -> list[str]:
    """Each unit a pattern's alternation names, at its shortest ("days?" is "day")."""
    return [re.sub(r".\?", "", unit).lower() for unit in alternatives.split("|")]


def test_every_unit_holds_what_the_look_looks_for() -> None:
    for unit in _units(UNITS) + _units(plain_fact_reading._UNITS):
        assert any(stem in unit for stem in fact_hints.COUNT_UNITS), unit


PIECES = ["3", "three", "a", "An", " ", "  ", "-", "new", "Eligible", "SHARES", "Option", "s",
          "RSUs", "Business Day", "calendar days", "tranche", "Installments", "Holders",
          "employee", "securities", "notes", "WEEKS", "hour", "Year", "$", "20", ".00", "ſhares",
          "\u212aey", "uniT", "é", "§", "½", "\n", "sha", "re"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map("".join) | st.text(max_size=30)


@settings(max_examples=800, deadline=None)
@given(TEXTS)
def test_the_look_says_no_only_where_the_patterns_find_nothing(text: str) -> None:
    expected = re.search("|".join(fact_hints.COUNT_UNITS), text, re.IGNORECASE) is not None
    assert fact_hints.may_hold_count(text) is expected  # in ASCII or out of it
    if not fact_hints.may_hold_count(text):
        assert _COUNT.search(text) is None and PLAIN_COUNT.search(text) is None
    if not fact_hints.may_hold_money(text):
        assert _MONEY.search(text) is None


NO_UNIT = "The offer will expire at 5:00 p.m. on June 30, 2026 (a day named in Section 7)."
NO_UNIT = NO_UNIT.replace("a day named", "as named")
WITH_UNIT = "Each of the 3 new Eligible Options vests over two years at $4.50."


def test_a_paragraph_naming_no_unit_is_not_searched_for_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    count, money = CountedPattern(_COUNT), CountedPattern(_MONEY)
    monkeypatch.setattr(facts, "_COUNT", count)
    monkeypatch.setattr(facts, "_MONEY", money)
    plain = CountedPattern(PLAIN_COUNT)
    patterns = [(kind, plain if kind == "count" else p) for kind, p in plain_fact_reading._PATTERNS]
    monkeypatch.setattr(plain_fact_reading, "_PATTERNS", patterns)
    facts.clear_caches()
    text_cache.clear_caches()
    assert {f.kind for f in facts.extract(NO_UNIT)} == {"time", "date"}
    assert {f.kind for f in plain_fact_reading.facts_in(NO_UNIT)} == {"time", "date"}
    assert not count.searched and not money.searched and not plain.searched
    found = facts.extract(WITH_UNIT)
    assert ("count", "3") in {(f.kind, f.value) for f in found}
    assert ("money", "4.5") in {(f.kind, f.value) for f in found}
    assert any(f.kind == "count" for f in plain_fact_reading.facts_in(WITH_UNIT))
    assert count.searched and money.searched and plain.searched
    facts.clear_caches()
    text_cache.clear_caches()
