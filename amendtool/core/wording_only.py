"""Several wording-only changes made together in one item: capitals of a defined term, a
misspelling put right, a cross-reference pointed elsewhere. Each alone is clarifying
(materiality_clarifying.py); together they are too, and the reason and the notice name each
once."""

from __future__ import annotations

from dataclasses import dataclass, replace

from amendtool.core.changes import Change
from amendtool.core.corrections import corrected_spelling
from amendtool.core.facts import mask_references
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import fold_typography

_TOKEN = compiled(r"[\w$%§'’-]+")


@dataclass(frozen=True)
class WordingOnly:
    """Several wording-only changes made together: capitals, misspellings put right (the
    words as put in), a cross-reference pointed elsewhere (old, new)."""

    capitals: bool
    spelling: str  # '“withdrawl” → “withdraw”', or ''
    spelled: tuple[str, ...]  # the words put right, as now spelled
    reference: tuple[str, str] | None


def wording_parts(change: Change) -> WordingOnly | None:
    """The wording-only changes an item makes together, when it makes more than one kind and
    nothing else: word for word the same once capitals, punctuation and references are set
    aside and each misspelling is put right; nothing moves, nothing else comes or goes."""
    if change.whole or change.facts:
        return None
    a, b = (_TOKEN.findall(mask_references(fold_typography(t))) for t in (change.old, change.new))
    if len(a) != len(b):
        return None
    differ = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    capitals = any(x.casefold() == y.casefold() for x, y in differ)
    mistyped = [(x.casefold(), y.casefold()) for x, y in differ if x.casefold() != y.casefold()]
    spelling = ""
    if mistyped:
        removed, added = [w for w, _ in mistyped], [w for _, w in mistyped]
        spelling = (
            corrected_spelling(replace(change, removed_words=removed, added_words=added)) or ""
        )
        if not spelling:
            return None
    reference = None
    if change.old_refs != change.new_refs:
        old = ", ".join(r for r in change.old_refs if r not in change.new_refs)
        new = ", ".join(r for r in change.new_refs if r not in change.old_refs)
        reference = (old, new)
    if capitals + bool(spelling) + bool(reference) < 2:
        return None  # one kind alone: its own rule says what it is
    spelled = tuple(y for _, y in mistyped)
    return WordingOnly(capitals, spelling, spelled, reference)


def wording_only(change: Change) -> str | None:
    """'Wording only: capitals, spelling (“withdrawl” → “withdraw”) and a cross-reference
    (Section 5 → Section 6)': the proposal's reason for several wording-only changes."""
    parts = wording_parts(change)
    if parts is None:
        return None
    said = ["capitals"] if parts.capitals else []
    said += [f"spelling ({parts.spelling})"] if parts.spelling else []
    if parts.reference:
        old, new = parts.reference
        said.append(f"a cross-reference ({old or 'none'} → {new or 'none'})")
    joined = ", ".join(said[:-1]) + f" and {said[-1]}"
    return f"Wording only: {joined}; no right, amount or date changes"
