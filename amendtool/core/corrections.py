"""Corrections of a typing error that change nothing in the offer: a misspelled word put
right (proposed as clarifying, and said plainly in the employee notice), or a figure whose
neighbouring digits were swapped (named, for counsel to confirm which figure is right)."""

from __future__ import annotations

from functools import cache

from amendtool.core.changes import Change
from amendtool.core.named_once import once
from amendtool.core.pattern_store import compiled
from amendtool.core.word_forms import edit_distance


def transposed(change: Change) -> str | None:
    """'$31.25 → $32.15' when every changed amount swaps two neighbouring digits, as
    printed: perhaps the correction of a typing error, perhaps a new figure. Never proposed
    as clarifying on that ground alone: counsel confirms which figure was the typo."""
    if change.words or len(change.removed) != len(change.added) or not change.removed:
        return None
    pairs = list(zip(change.removed, change.added, strict=True))
    for old, new in pairs:
        # neighbouring as printed: "212.6" → "216.2" swaps digits across the point, no typo
        a, b = old.text, new.text
        if old.kind != "money" or new.kind != "money" or len(a) != len(b):
            return None
        swaps = [
            i
            for i in range(len(a) - 1)
            if a[i : i + 2].isdigit() and a[i] == b[i + 1] and a[i + 1] == b[i] != a[i]
        ]
        if (
            len(swaps) != 1
            or a[: swaps[0]] + a[swaps[0] + 2 :] != b[: swaps[0]] + b[swaps[0] + 2 :]
        ):
            return None
    return ", ".join(once(f"{old.text} → {new.text}" for old, new in pairs))


_FEW_WORDS = 10  # changed words, at most, in a correction (as many as a reason shows)
_ONE_WORD = compiled(r"[A-Za-z][a-z'’]*")


@cache
def _confused() -> frozenset[frozenset[str]]:
    """Pairs of real words one is often typed for the other ("principle" for "principal"):
    put right, a correction all the same (rules.toml [clarifying] confused)."""
    from amendtool.core.materiality_rules import house_table

    pairs = (house_table("clarifying") or {}).get("confused", [])
    return frozenset(frozenset(str(w).casefold() for w in pair) for pair in pairs)


def corrected_spelling(change: Change) -> str | None:
    """'“memebers” → “members”' when every changed word is a misspelling put right: the old
    word is no English word, the new one is, and they differ by at most two letters (one
    swapped pair, one letter missing, doubled or mistyped). Two real words that look alike
    ("accept" and "except", "eligible" and "ineligible") are never a correction."""
    old, new = change.removed_words, change.added_words
    if len(change.words) > _FEW_WORDS:
        return None  # a rewrite is no typing error, and diffing it again as printed is slow
    if old and len(old) != len(new):
        # a misspelt word read as a cross-reference once put right ("Secton 10" → "Section
        # 10"): the edits as printed, when each is one word for one word
        edits = change.edits
        if not all(_ONE_WORD.fullmatch(a) and _ONE_WORD.fullmatch(b) for a, b in edits):
            return None
        old, new = [a.lower() for a, _ in edits], [b.lower() for _, b in edits]
    if not old or len(old) != len(new):
        return None
    from amendtool.core.syllables import is_word

    for a, b in zip(old, new, strict=True):
        if len(b) < 4 or a == b or edit_distance(a, b) > (1 if len(b) < 6 else 2):
            return None
        if (is_word(a) or not is_word(b)) and frozenset((a, b)) not in _confused():
            return None
    return ", ".join(once(f"“{a}” → “{b}”" for a, b in zip(old, new, strict=True)))


def letters_apart(a: str, b: str) -> int:
    """Edits between two words (a misspelt name put right is a few letters apart)."""
    return edit_distance(a, b)


def corrected_reference(change: Change) -> tuple[str, str] | None:
    """('Section 9', 'Section 1') when the change only points a cross-reference elsewhere:
    no word, amount or date changes, only the sections, pages or rules it cites."""
    if change.facts or change.words or change.old_refs == change.new_refs:
        return None
    old = ", ".join(r for r in change.old_refs if r not in change.new_refs)
    new = ", ".join(r for r in change.new_refs if r not in change.old_refs)
    return old, new
