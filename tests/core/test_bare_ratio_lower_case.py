"""The quick look for what follows a bare ratio's separator, asked of every paragraph by
several checks, is made in lower case for text in ASCII: it answers exactly as the pattern
ignoring case it replaces (a "no" would leave a bare ratio unread)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core import bare_ratios
from amendtool.core.bare_ratios import may_be_bare

_PIECES = [
    *("for", "FOR", "To", "TO", "one", "ONE", "Forty-Five", "A", "a", "hundred", "HALF"),
    *("2", "10", "5", "30", "P.M.", "pm", "A.M", "am", "Twelve", "x", "thirds", "Quarter"),
    *(" ", "  ", "-", ":", "\t", ".", "½", "é", "K", "ſ", "İ", "\u212a", "\u0130", "\u017f"),
]
texts = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=14).map("".join)


@settings(max_examples=1500, deadline=None)
@given(texts)
@example("a 2-FOR-1 exchange")
@example("Ratio: THREE TO ONE")
@example("TWO for A HALF")
@example("expires at 11:59 P.M.")
@example("1 to \u212aen")  # not ASCII: read ignoring case as before
@example("x-for 2")
@example("xfor 2")
@example("1 for 2")
@example("-to-2")
@example("afor-2")
@example("_to two")
@example(":2 pm")
@example("2: 3")
@example("2 :a half")
@example("3-to-a hundred")
@example("tto 2")
@example("ffor 2")
def test_the_quick_look_in_lower_case_answers_as_ignoring_case(text: str) -> None:
    assert may_be_bare(text) == (bare_ratios._MAY_BE_BARE.search(text) is not None)


def test_the_quick_look_holds_small_letters_only() -> None:
    # what makes the look in lower case find what the pattern ignoring case finds
    assert bare_ratios._SMALL_LETTERS
    letters = re.sub(r"\\.", "", bare_ratios._MAY_BE_BARE.pattern)
    assert letters == letters.lower()
