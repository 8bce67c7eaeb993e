"""The ratio-direction check's quick looks at a paragraph, made in lower case for text in
ASCII, answer exactly as the patterns ignoring case they replace: a "no" would leave a
paragraph's ratio unread, a "yes" too many reads it for nothing."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from amendtool.core.ratio_statement_words import may_state, worded

# the patterns as the check first wrote them, each letter matched either way
SLOW_MAY_STATE = re.compile(r"\bfor\b|\bper\b|\bto\s+receive\b|\d\s?:\s?\d|\d[- ]to[- ]\d", re.I)
SLOW_WORDED = re.compile(
    r"\b(?:each|every|per|receive\w*|surrender\w*|tender\w*|exchange\w*|new|replacement)\b",
    re.I,
)
_PIECES = [
    *("for", "FOR", "For", "per", "PER", "to", "To", "receive", "RECEIVED", "each", "Every"),
    *("surrendering", "Tendered", "exchanges", "NEW", "replacement", "forty", "perhaps"),
    *("2", "10", ":", " : ", "-", " ", "  ", "\t", ",", ".", "(", "é", "K", "ſ", "İ", "_"),
]
texts = st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=14).map("".join)


@settings(max_examples=600, deadline=None)
@given(texts)
@example("Each new option FOR two ELIGIBLE OPTIONS")
@example("2 TO 1")
@example("1:2")
@example("1\u212a for 2")  # the Kelvin sign: not ASCII, read ignoring case as before
@example("afor")
@example("_for 2")
@example("2for")
@example("xper")
@example("PER")
@example("super")
@example("x to receive")
@example("xto receive")
@example("_to  receive")
@example("2 : 3")
@example("2:x")
@example("2-to-3")
@example("2 to-3")
@example("2-TO 3")
@example("2to 3")
def test_the_quick_looks_answer_as_the_patterns_ignoring_case(text: str) -> None:
    assert may_state(text) == (SLOW_MAY_STATE.search(text) is not None)
    assert worded(text) == (SLOW_WORDED.search(text) is not None)
