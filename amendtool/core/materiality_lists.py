"""A list's connective moved on: a clause added at the end of a list of conditions takes
the list's "or" (or "and") from the clause before it, which then ends in a bare semicolon.
Taking the word off one clause and putting the same word on the next clause of the same
list changes no term: proposed clarifying, where taking "or" off alone was proposed material
(and "and" exchanged for "or" still is: whether the clauses apply together changes)."""

from __future__ import annotations

import re

from amendtool.core.item_kinds import ItemKind
from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.materiality_clarifying import Proposal
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import fold_typography

_CONNECTIVE = compiled(r"[;,]\s*(or|and|and/or)$", re.IGNORECASE)
MOVED = "Moves the list's “{word}” on to the clause before its new last one; no term changes"


def _connective_taken(item: AmendmentItem) -> str | None:
    """The connective taken off the end of a clause ("…occurs; or" → "…occurs;")."""
    return _end_change(item.old_text, item.new_text)


def _connective_put(item: AmendmentItem) -> str | None:
    """The connective put at the end of a clause ("…person." → "…person; or")."""
    return _end_change(item.new_text, item.old_text)


def _end_change(longer: str, shorter: str) -> str | None:
    a, b = fold_typography(longer).strip(), fold_typography(shorter).strip()
    found = _CONNECTIVE.search(a)
    if found is None or not b.endswith((";", ".", ",")):
        return None
    if a[: found.start()] != b[:-1]:
        return None
    return found.group(1).lower()


def moved_connectives(items: list[AmendmentItem], proposals: list[Proposal]) -> None:
    """Each item that only takes a list's connective off a clause, where another item of
    the same section puts the same connective on a clause: proposed clarifying."""
    kinds = (ItemKind.REPLACE_WORDS, ItemKind.REPLACE_SENTENCE, ItemKind.REPLACE_PARAGRAPH)
    put = {
        (item.locator.section_id, word)
        for item in items
        if item.kind in kinds and (word := _connective_put(item))
    }
    for index, item in enumerate(items):
        if item.kind not in kinds or proposals[index].materiality is Materiality.CLARIFYING:
            continue
        word = _connective_taken(item)
        if word and (item.locator.section_id, word) in put:
            proposals[index] = Proposal(Materiality.CLARIFYING, MOVED.format(word=word))
