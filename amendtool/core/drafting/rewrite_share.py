"""How much of a section was rewritten: at least a share of its words changed, and the
section is restated in its entirety rather than amended paragraph by paragraph."""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.diffing import common_words, ordered_common, tokens
from amendtool.core.drafting.align import Op
from amendtool.core.long_diff import LINED_DIFF_LINES
from amendtool.core.typography import fold_typography
from amendtool.core.unit_alignment import common_ends


def mostly_rewritten(old: TextSection, new: TextSection, ops: list[Op], share: float) -> bool:
    """At least `share` of the section's words changed. Kept paragraphs count whole, and
    each stretch of changed paragraphs counts the words a word diff keeps in it: one diff
    of two whole sections says the same, and costs seconds on a long section. Bounds
    decide most sections without a diff: from below the words each stretch's ends surely
    keep (`kept_at_ends`), from above the words it shares in order."""
    words = [len(p.split()) for p in old.paragraphs]  # counted once: whole, and those kept
    total = max(sum(words), sum(len(p.split()) for p in new.paragraphs))
    if not total:
        return False
    kept = 0
    stretches: list[tuple[str, str]] = []
    olds: list[str] = []
    news: list[str] = []
    for op in [*ops, Op("keep")]:
        if op.kind == "keep":
            if olds or news:
                # a line each, so that a stretch of thousands of rows is diffed row by row
                stretches.append(("\n".join(olds), "\n".join(news)))
                olds, news = [], []
            if op.old is not None:
                kept += words[op.old]
            continue
        if op.old is not None:
            olds.append(fold_typography(old.paragraphs[op.old]))
        if op.new is not None:
            news.append(fold_typography(new.paragraphs[op.new]))
    if 1 - min(kept / total, 1.0) < share:
        return False  # kept paragraphs alone are enough
    floors = [kept_at_ends(a, b) if a and b else 0 for a, b in stretches]
    if 1 - min((kept + sum(floors)) / total, 1.0) < share:
        return False  # with the words the stretches' ends keep: a section most of whose words
        # are kept, without a diff (most sections a long revision touches)
    bounds = [ordered_common(a, b) if a and b else 0 for a, b in stretches]
    known = 0  # words kept in the stretches diffed so far
    for index in sorted(range(len(stretches)), key=lambda i: -bounds[i]):
        most = kept + known + sum(bounds)
        if 1 - min(most / total, 1.0) >= share:
            return True  # even every shared word kept is not enough
        if 1 - min((kept + known + sum(floors)) / total, 1.0) < share:
            return False
        known += common_words(*stretches[index]) if bounds[index] else 0
        bounds[index] = floors[index] = 0
    return 1 - min((kept + known) / total, 1.0) >= share


def kept_at_ends(a: str, b: str) -> int:
    """At most `common_words(a, b)`: the words of the words and marks the texts begin with
    in common, and of those they end with, each counted only when it is found nowhere else
    in either text.

    Why the word diff keeps them: diff-match-patch puts the common beginning first as kept
    and the common end last. Its merge moves a kept run only into an edit that repeats it
    (a text in which it recurs); the semantic clean-up never gives up the first kept run
    (nothing changed before it) or the last (nothing after it); and every later step only
    moves words from one kept run to the next or keeps more. Words cut apart count once
    more, never less. Texts of many lines are diffed line by line (long_diff.lined): 0."""
    if a == b:
        return len(a.split())
    if min(a.count("\n"), b.count("\n")) >= LINED_DIFF_LINES - 1:
        return 0
    first, second = tokens(a), tokens(b)
    head, tail = common_ends(first, second)
    start = "".join(first[:head])
    if a.find(start, 1) >= 0 or b.find(start, 1) >= 0:
        start = ""  # found again further on: an edit ending with it could take it
    end = "".join(first[len(first) - tail :])
    if a.find(end) < len(a) - len(end) or b.find(end) < len(b) - len(end):
        end = ""  # found earlier: an edit starting with it could take it
    return len((start + end).split())
