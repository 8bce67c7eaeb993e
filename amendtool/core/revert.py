"""Taking one change out of a paragraph that other changes also touched.

A paragraph may carry several items (a term sheet's row, one item for each cell paragraph
changed). Rejecting one of them gives back that item's old words and keeps every other
change: the item's own edit (the paragraph just after it was applied → just before) is
merged into the paragraph as it now reads, word by word, as a three-way merge does. Where
the item's words were changed again by a later change, nothing is guessed: None.
"""

from __future__ import annotations

import difflib
import re

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")

Hunk = tuple[int, int, str]  # (start, end) of the base text, and what replaces it


def _hunks(base: str, other: str) -> list[Hunk]:
    a, b = _TOKEN.findall(base), _TOKEN.findall(other)
    starts = [0]
    for token in a:
        starts.append(starts[-1] + len(token))
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return [
        (starts[i1], starts[i2], "".join(b[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _clash(one: Hunk, other: Hunk) -> bool:
    """Two edits of the base that touch the same text (or are put in at the same place)."""
    (s1, e1, _), (s2, e2, _) = one, other
    if s1 == s2:
        return True
    return s1 < e2 and s2 < e1


def without_change(before: str, after: str, now: str) -> str | None:
    """`now` with the change that turned `before` into `after` taken out, every other change
    kept; None when the two cannot be told apart (a later change rewrote the same words)."""
    if after == now:
        return before
    undo, others = _hunks(after, before), _hunks(after, now)
    if any(_clash(u, o) for u in undo for o in others):
        return None
    text = after
    for start, end, new in sorted([*undo, *others], reverse=True):
        text = text[:start] + new + text[end:]
    return text
