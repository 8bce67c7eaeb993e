"""Counting a phrase's whole-word occurrences compiles no pattern for ASCII words: drafting
counts hundreds of phrases, and compiling each cost a tenth of a second of every draft. The
count is the pattern's, whatever the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import locate
from amendtool.core.locate import occurrences


def by_pattern(words: str, text: str) -> int:
    before = r"(?<![\w$€£¥])" if words[:1].isalnum() or words[:1] in "$€£¥" else ""
    after = r"(?![\w%])" if words[-1:].isalnum() or words[-1:] == "%" else ""
    return len(re.findall(before + re.escape(words) + after, text, re.IGNORECASE))


def test_ascii_words_compile_no_pattern() -> None:
    locate._phrase.cache_clear()
    text = "The Company will grant the New Options on the first business day \u201cas is\u201d."
    assert occurrences("exercise price", text) == 0
    assert occurrences("new options", text) == 1
    assert occurrences("as is", text) == 1
    assert locate._phrase.cache_info().misses == 0


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


# ASCII letters and their look-alikes ignoring capitals, a letter and marks of other
# scripts, and the marks the pattern's edges test
LETTERS = st.sampled_from(
    list("aAiIkKsS \u0130\u0131\u212a\u017f\u00df\u00e9\u201c_-$%.1\u20ac\u00b2")
)


@settings(max_examples=400)
@given(st.text(LETTERS, min_size=1, max_size=4), st.text(LETTERS, max_size=30))
def test_the_count_is_the_patterns(words: str, text: str) -> None:
    assert occurrences(words, text) == by_pattern(words, text)
