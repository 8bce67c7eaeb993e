"""Counting a phrase's whole-word occurrences compiles its pattern only for a text the words
are in (capitals ignored): drafting asks of hundreds of phrases, most of them in no sentence
it looks at, and compiling each cost a tenth of a second of every draft."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from amendtool.core import locate
from amendtool.core.locate import occurrences


def by_pattern(words: str, text: str) -> int:
    before = r"(?<![\w$€£¥])" if words[:1].isalnum() or words[:1] in "$€£¥" else ""
    after = r"(?![\w%])" if words[-1:].isalnum() or words[-1:] == "%" else ""
    return len(re.findall(before + re.escape(words) + after, text, re.IGNORECASE))


def test_words_absent_from_the_text_compile_no_pattern() -> None:
    locate._phrase.cache_clear()
    text = "The Company will grant the New Options on the first business day."
    assert occurrences("exercise price", text) == 0
    assert occurrences("Eligible Options", text) == 0
    assert locate._phrase.cache_info().misses == 0
    assert occurrences("new options", text) == 1
    assert locate._phrase.cache_info().misses == 1


def test_whole_words_only_and_capitals_ignored() -> None:
    assert occurrences("option", "Options and an option; OPTION, optional") == 2
    assert occurrences("$12.00", "a price of $12.00 or $112.00") == 1


def test_letters_that_fold_apart_still_match_as_the_pattern_does() -> None:
    """Kelvin sign, long s, Turkish dotted and dotless i: each matches an ASCII letter."""
    for words, text in [
        ("kit", "\u212ait"),
        ("so", "\u017fo"),
        ("is", "\u0130s"),
        ("in", "\u0131n"),
    ]:
        assert occurrences(words, text) == by_pattern(words, text) == 1


LETTERS = st.sampled_from(list("aAiIkKsS \u0130\u0131\u212a\u017f\u00df-$%.1"))


@given(st.text(LETTERS, min_size=1, max_size=4), st.text(LETTERS, max_size=30))
def test_the_count_is_the_patterns(words: str, text: str) -> None:
    assert occurrences(words, text) == by_pattern(words, text)
