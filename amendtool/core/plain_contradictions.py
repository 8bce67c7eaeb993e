"""Counsel's plain paragraph read against the facts of its change.

Counsel rewrites the tool's "is now … (it was …)" sentences in their own words; a slip there
tells employees the wrong price or date in the one document written for them. A value the
paragraph states is checked against the change: the old value said as if it were the new
one, or a value neither text states, is named (by `check` and under the Plain tab's editor).
"""

from __future__ import annotations

import re

from amendtool.core.facts import Fact, changed_facts, extract
from amendtool.core.segment import sentences

# the figures a plain paragraph states that the change's own figures decide
_KINDS = frozenset({"money", "percent", "ratio", "date", "count", "time"})
# words that put a value in the past: "It was $20.00", "(previously $20.00)"
_PAST = re.compile(
    r"\b(?:was|were|had been|previously|formerly|used to|instead of|earlier|no longer|"
    r"old|replac\w*)\b",
    re.IGNORECASE,
)


def contradictions(old: str, new: str, paragraph: str, known: str = "") -> list[str]:
    """What the paragraph states against the change from `old` to `new`, one line each
    ("states $20.00, the value before this change, as if it were the new one …"). `known`:
    text whose figures the paragraph may state too (the offer's deadline)."""
    removed, added = changed_facts(old, new)
    removed = [f for f in removed if f.kind in _KINDS]
    added = [f for f in added if f.kind in _KINDS]
    if not (removed or added):
        return []  # a change of words: the paragraph's figures are not the change's
    was, now = _values(removed), _values(added)
    stated = _values([f for f in extract(old) + extract(new) + extract(known) if f.kind in _KINDS])
    problems: list[str] = []
    for sentence in sentences(paragraph):
        facts = [f for f in extract(sentence) if f.kind in _KINDS]
        says_new = any(_key(f) & now for f in facts)
        for fact in facts:
            key = _key(fact)
            if key & was and not key & now:
                if says_new or _PAST.search(sentence):
                    continue
                problem = (
                    f"states {fact.text}, the value before this change, as if it were the new "
                    f"one (the change makes it {_shown(added)})"
                )
            elif not key & stated:
                problem = (
                    f"states {fact.text}, which neither the old text nor the new one states "
                    f"(the change is {_shown(removed)} to {_shown(added)})"
                )
            else:
                continue
            if problem not in problems:
                problems.append(problem)
    return problems


def _key(fact: Fact) -> set[tuple[str, str]]:
    """A fact as compared: a date also by its month and day ("April 30" is April 30, 2026)."""
    keys = {(fact.kind, fact.value)}
    if fact.kind == "date":
        keys.add(("date", fact.value[-5:]))
    return keys


def _values(facts: list[Fact]) -> set[tuple[str, str]]:
    return set().union(*(_key(f) for f in facts)) if facts else set()


def _shown(facts: list[Fact]) -> str:
    return " and ".join(f.text for f in facts) or "nothing"
