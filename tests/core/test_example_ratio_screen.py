"""The examples check's look at each paragraph of both offers, whether it may state a ratio
at all, answers exactly as the pattern ignoring case it replaces: a "no" would leave an
offer's ratio unread (and an example unchecked), a "yes" too many reads it for nothing."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core.example_checks import may_state_ratio

# the pattern as the check first wrote it, each letter matched either way at each place
SLOW = re.compile(r"\bfor\b|:|\t|\bper\b|\bto\s+(?:receive|get|obtain|be)\b", re.I)
_PIECES = [
    *("for", "FOR", "For", "per", "PER", "to", "To", "receive", "get", "OBTAIN", "be", "x"),
    *("therefor", "perform", "before", "forty", "topper", "_", "2", "tobe", "Be", "fORm"),
    *(" ", "  ", "\t", "\n", ":", "-", ",", ".", "é", "K", "ſ", "İ", "\u212a", "\u0130"),
]
texts = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=14).map("".join)


@settings(max_examples=800, deadline=None)
@given(texts)
@example("One New RSU FOR every three Eligible Options")
@example("xfor per")
@example("therefor to  Receive")
@example("Ratio: 3 to 1")
@example("1 New Option p\u0130r 3")
@example("\u212a for 2")  # the Kelvin sign: not ASCII, read ignoring case as before
def test_the_quick_look_answers_as_the_pattern_ignoring_case(text: str) -> None:
    assert may_state_ratio(text) == (SLOW.search(text) is not None)
