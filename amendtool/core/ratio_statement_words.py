"""The quick looks of the ratio-direction check (ratio_directions.py) at each paragraph of the
amended offer: whether it may state a ratio at all ("for", "per", "to receive", "2:1",
"2 to 1"), and whether a sentence states one in words ("each", "every", "receive" …).

Both are asked of nearly every paragraph of a long offer, and a pattern ignoring case tries
each letter both ways at each place: text in ASCII (most of an offer) is looked at in lower
case by the same pattern without IGNORECASE, which finds the same. Any other text is looked
at by the pattern ignoring case, as before (Unicode folds more than ASCII does: "K", the
Kelvin sign, matches "k")."""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled

# "for", "per", "to receive", digits about a colon, "2 to 1" / "2-to-1"
_MAY_STATE_SOURCE = r"\b(?:for|per|to\s+receive)\b|\d\s?:\s?\d|\d[- ]to[- ]\d"
MAY_STATE = compiled(_MAY_STATE_SOURCE, re.I)
# the same look in small letters, in two: the words, each led by its first letter (the
# engine finds "f", "p" or "t" before it tries the rest, not at every place; the edge of the
# word before it told just after it, "(?<!\w.)"), and the figures, led by a digit
_MAY_STATE_WORDS = compiled(r"f(?<!\w.)or\b|p(?<!\w.)er\b|t(?<!\w.)o\s+receive\b")
_MAY_STATE_FIGURES = compiled(r"\d(?:\s?:\s?\d|[- ]to[- ]\d)")
# what a ratio stated in words has beside its numbers (a bare "1 for 2" has none of them)
_WORDED_SOURCE = (
    r"\b(?:each|every|per|receive\w*|surrender\w*|tender\w*|exchange\w*|new|replacement)\b"
)
WORDED = compiled(_WORDED_SOURCE, re.I)
_WORDED_LOWER = compiled(_WORDED_SOURCE)


def may_state(text: str) -> bool:
    """`MAY_STATE.search(text)` found something: the paragraph may state a ratio."""
    if text.isascii():
        small = text.lower()
        return (
            _MAY_STATE_WORDS.search(small) is not None
            or _MAY_STATE_FIGURES.search(small) is not None
        )
    return MAY_STATE.search(text) is not None


def worded(text: str) -> bool:
    """`WORDED.search(text)` found something: the sentence names what is received or given."""
    if text.isascii():
        return _WORDED_LOWER.search(text.lower()) is not None
    return WORDED.search(text) is not None
