"""How much of a section was rewritten: at least a share of its words changed, and the
section is restated in its entirety rather than amended paragraph by paragraph."""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.diffing import common_words, ordered_common
from amendtool.core.drafting.align import Op
from amendtool.core.typography import fold_typography


def mostly_rewritten(old: TextSection, new: TextSection, ops: list[Op], share: float) -> bool:
    """At least `share` of the section's words changed. Kept paragraphs count whole, and
    each stretch of changed paragraphs counts the words a word diff keeps in it: one diff
    of two whole sections says the same, and costs seconds on a long section. Bounds
    decide most sections without a diff."""
    total = max(
        sum(len(p.split()) for p in old.paragraphs), sum(len(p.split()) for p in new.paragraphs)
    )
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
                kept += len(old.paragraphs[op.old].split())
            continue
        if op.old is not None:
            olds.append(fold_typography(old.paragraphs[op.old]))
        if op.new is not None:
            news.append(fold_typography(new.paragraphs[op.new]))
    if 1 - min(kept / total, 1.0) < share:
        return False  # kept paragraphs alone are enough
    bounds = [ordered_common(a, b) if a and b else 0 for a, b in stretches]
    known = 0  # words kept in the stretches diffed so far
    for index in sorted(range(len(stretches)), key=lambda i: -bounds[i]):
        most = kept + known + sum(bounds)
        if 1 - min(most / total, 1.0) >= share:
            return True  # even every shared word kept is not enough
        if 1 - min((kept + known) / total, 1.0) < share:
            return False
        known += common_words(*stretches[index]) if bounds[index] else 0
        bounds[index] = 0
    return 1 - min((kept + known) / total, 1.0) >= share
