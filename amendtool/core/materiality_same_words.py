"""The same words printed otherwise: "website" → "web site", "e-mail" → "email", "New RSU"
→ "New RSUs", and a phrase the firm lists as meaning the same ("thereafter" → "after that
date"; rules.toml [clarifying] same_meaning). Nothing a holder has or must do changes, so
the change is proposed clarifying, with a reason saying which of these it is.

Never for a change of a figure, a date, a party or a negation: a change with a fact in it,
a digit among its words, a name of the company for another, or a "not" put in or taken out
is left to the other rules (materiality_reversals.py also reads every clarifying proposal
for a negation)."""

from __future__ import annotations

import re
from collections import Counter

from amendtool.core.changes import Change, shown_words
from amendtool.core.materiality_rules import Rules
from amendtool.core.materiality_same_meaning import meaning_words
from amendtool.core.pattern_store import compiled

_PLURAL = compiled(r"(?<=\w\w\w)(?<!s)s$")
_SHOWN_AT_MOST = 160


def same_words_otherwise(change: Change, rules: Rules) -> str | None:
    """The reason, when the old and new words differ only by spacing or hyphenation,
    singular and plural of one noun, or a phrase of one meaning; else None."""
    if change.whole or change.facts or not change.words:
        return None
    if any(re.search(r"\d", w) for w in change.words):
        return None  # a figure, a year in a plan's name: another amount, other options
    if change.old_refs != change.new_refs:
        return None
    old, new = meaning_words(change.old, rules), meaning_words(change.new, rules)
    if _negations(change.old, rules) != _negations(change.new, rules):
        return None
    kinds = []
    if old != new and "".join(old) == "".join(new):
        kinds.append("spacing or hyphenation only")
    elif old != new:
        singular = [[_PLURAL.sub("", w) for w in words] for words in (old, new)]
        if singular[0] == singular[1] or "".join(singular[0]) == "".join(singular[1]):
            kinds.append("the singular and plural of one noun")
        else:
            return None
    if _listed(change, rules):
        kinds.append("a phrase the firm lists as meaning the same ([clarifying] same_meaning)")
    if not kinds:
        return None
    shown = shown_words(change)
    if len(shown) > _SHOWN_AT_MOST:
        shown = "rewords the sentence"
    return (
        f"Says the same in other words ({shown}): {', and '.join(kinds)}; no right, amount or "
        "date changes"
    )


def _negations(text: str, rules: Rules) -> Counter[str]:
    """Each negation the text prints ("not", "no", "never"), counted."""
    pattern = rules.negations.pattern
    if pattern is None:
        return Counter()
    return Counter(m.group().casefold() for m in pattern.finditer(text.casefold()))


def _listed(change: Change, rules: Rules) -> bool:
    """Whether a phrase of one of the firm's groups stands where another of it stood."""
    for group in rules.same_meaning:
        pattern = group.pattern
        if pattern is None:
            continue
        was = {m.group().casefold() for m in pattern.finditer(change.old.casefold())}
        now = {m.group().casefold() for m in pattern.finditer(change.new.casefold())}
        if was and now and was != now:
            return True
    return False
