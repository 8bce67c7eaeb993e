"""The longest patterns (a ratio's, a count's, by the offer's reading and the plain notice's)
search a paragraph in ASCII in small letters, minding case, and make the match again on the
paragraph as printed: each finds what it finds ignoring case, the same groups at the same
places, in ASCII and out of it. A pattern naming a capital, or minding case in a part, is
searched as it is."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core import facts, plain_fact_reading, small_letter_search
from amendtool.core.small_letter_search import (
    STANDS_FOR_ASCII,
    declared,
    in_small_letters,
    search,
    small_letters,
)
from tests.support.counted_pattern import CountedPattern

DECLARED = [facts._RATIO, facts._COUNT] + [
    p for kind, p in plain_fact_reading._PATTERNS if kind in ("ratio", "count")
]


def test_the_longest_patterns_are_declared_and_each_finds_alike_in_small_letters() -> None:
    assert all(any(p is d for d in declared()) for p in DECLARED)
    for pattern in declared():
        assert small_letters(pattern), pattern.pattern[:80]


@pytest.mark.parametrize(
    "source",
    [r"RSUs?", r"(?-i:[IVXL]+)", r"[A-Z]\d", r"[^A-Z]", "\u017fhares", "\u212a", "[\u0100-\u0200]"],
)
def test_a_pattern_naming_a_capital_or_minding_case_is_not_searched_so(source: str) -> None:
    assert not small_letters(re.compile(source, re.IGNORECASE))


@pytest.mark.parametrize("source", [r"[A-Za-z-]+ shares?", r"(?i:rsus?)\b", r"[^a-z]é", "§"])
def test_sets_with_both_letters_and_marks_with_neither_are_searched_so(source: str) -> None:
    assert small_letters(re.compile(source, re.IGNORECASE))


def test_the_letters_outside_ascii_that_stand_for_one_inside_are_those_listed() -> None:
    letters = "|".join(chr(c) for c in range(128) if chr(c).isalpha())
    any_letter = re.compile(letters, re.IGNORECASE)
    found = {
        chr(code)
        for code in range(128, sys.maxunicode + 1)
        if not 0xD800 <= code < 0xE000 and any_letter.fullmatch(chr(code))
    }
    assert found == STANDS_FOR_ASCII


PIECES = ["1", "2", "3.5", "10", "one", "Two", "THREE", "a", "An", "half", "one-half", "½",
          " ", "  ", "\t", "-", ",", ".", ":", "New", "new", "NEW", "Replacement", "Option",
          "Options", "RSU", "rsus", "Shares", "share", "units", "Eligible", "per", "PER",
          "for", "FOR", "For every", "for each", "each", "every", "in exchange", "by",
          "surrendering", "Tender", "exchanging", "to", "receive", "be granted", "will be",
          "exchanged", "business days", "Days", "months", "year", "holders", "employees",
          "§", "’", "é", "É", "ſ", "\u212a", "İ", "ı", "ß", "K", "s"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=16
).map("".join)


def _read(match: re.Match[str] | None) -> object:
    return None if match is None else (match.span(), match.groups(), match.groupdict())


@settings(max_examples=1500, deadline=None)
@given(TEXTS, st.integers(0, 40))
@example("2 Eligible Options for each New Option", 0)
@example("Surrender 2 Options to RECEIVE 1 New Option § 5 ſhares", 3)
@example("3 Options For\t1 New RSU, 10 Business Days", 0)
def test_each_declared_pattern_finds_in_small_letters_what_it_finds_ignoring_case(
    text: str, position: int
) -> None:
    small = in_small_letters(text)
    for pattern in DECLARED:
        assert _read(search(pattern, text, small, position)) == _read(
            pattern.search(text, position)
        )


def test_text_with_a_letter_outside_ascii_is_not_put_in_small_letters() -> None:
    assert in_small_letters("2 FOR 1") == "2 for 1"
    assert in_small_letters("Section § ’s – 2") == "section § ’s – 2"
    for letter in ("é", "ſ", "\u212a", "İ", "ß"):
        assert in_small_letters(f"2 for 1 {letter}") is None


def test_a_paragraph_in_ascii_is_searched_in_small_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Counted: the ratio's and the count's twins search the paragraph in small letters."""
    text = "You will receive One New Option for every Two Eligible Options, 10 Business Days."
    twins = {}
    for pattern in (facts._RATIO, facts._COUNT):
        twin = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        twins[id(pattern)] = CountedPattern(twin)
        monkeypatch.setitem(
            small_letter_search._declared, id(pattern), (pattern, twins[id(pattern)])
        )
    read = facts._read_paragraph(text)
    assert {fact.kind for _by, _span, fact in read} >= {"ratio", "count"}
    assert all(twin.searched[text.lower()] for twin in twins.values())
