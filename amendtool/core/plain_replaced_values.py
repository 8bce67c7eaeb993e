"""Figures another change of the amendment replaced, stated by counsel's plain paragraph on
an item as if they still held: "… and the price is now $29.00 per Share" in the paragraph on
a deleted condition, where item A raised the price from $29.00 to $31.50. Read against the
old and new text of its own item only, the figure was "one neither text states", a warning;
it is the old price, which no holder may be told is the price."""

from __future__ import annotations

from collections.abc import Sequence

from amendtool.core.changes import item_texts
from amendtool.core.facts import changed_facts, extract
from amendtool.core.items import AmendmentItem
from amendtool.core.plain_contradictions import said_as_past, without_index_names
from amendtool.core.row_facts import compared

Key = tuple[str, str]
_KINDS = frozenset({"money", "percent", "date", "ratio"})


def replaced_values(items: list[AmendmentItem]) -> dict[Key, tuple[int, str]]:
    """Each figure an item takes out and no item puts in: the item, and what it put in its
    place as printed ("$31.50")."""
    replaced: dict[Key, tuple[int, str]] = {}
    put_in: set[Key] = set()
    for index, item in enumerate(items):
        put_in |= {(f.kind, f.value) for f in changed_facts(*item_texts(item))[1]}
        for part in compared(item, taken_out=True):  # a table's cell by cell
            for fact in part.removed:
                if fact.kind in _KINDS:
                    new = next((f.text for f in part.added if f.kind == fact.kind), "nothing")
                    replaced.setdefault((fact.kind, fact.value), (index, new.rstrip(",;.")))
    return {key: value for key, value in replaced.items() if key not in put_in}


def replaced_by_others(
    item: AmendmentItem,
    index: int,
    replaced: dict[Key, tuple[int, str]],
    offer: Sequence[str],
    past_too: bool = False,
) -> dict[str, tuple[int, str]]:
    """The figures counsel's paragraph on `item` states that another item replaced (as
    printed → that item, its new value); not one the item's own texts or the revised offer
    state; told as past ("It was $29.00") only with `past_too`."""
    paragraph = item.plain_summary or ""
    own = {(f.kind, f.value) for text in item_texts(item) for f in extract(text)}
    stated = {
        (f.kind, f.value) for text in offer if "$" in text or "%" in text for f in extract(text)
    }
    out: dict[str, tuple[int, str]] = {}
    for fact in extract(without_index_names(paragraph)):
        key = (fact.kind, fact.value)
        if key not in replaced or key in own or key in stated:
            continue
        other, new = replaced[key]
        if other != index and (past_too or not said_as_past(paragraph, fact.text)):
            out[fact.text.rstrip(",;.")] = (other, new)
    return out
