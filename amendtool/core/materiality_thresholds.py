"""Comparison words in a sentence of eligibility ("more than", "at least"): they state who
or what is eligible by the threshold they set, so they count only where a change touches it."""

from __future__ import annotations

from amendtool.core.changes import Change
from amendtool.core.materiality_rules import Rules

# comparison words: they state who or what is eligible by the threshold they set
_THRESHOLDS = frozenset(
    {"or more", "or higher", "or greater", "at least", "greater than", "less than", "more than"}
)


def eligibility_touched(change: Change, rules: Rules, text: str) -> str | None:
    """The eligibility words of the changed sentence; a comparison word ("more than") only
    when the change touches its threshold (a figure, or the comparison itself changed):
    words added elsewhere in a proration sentence change no one's eligibility."""
    touched = bool(change.facts) or any(t in " ".join(change.words).lower() for t in _THRESHOLDS)
    for word in rules.eligibility.found(text):
        if touched or word not in _THRESHOLDS:
            return rules.eligibility.search(text) if touched else word
    return None
