"""Which changes the plain notice says in one paragraph: one paragraph per change.

A change made the same way in several places ("$20.00" to "$17.50" on the cover, in the
summary and in Section 1) is one paragraph naming every place, even where one of those
places changes something else too: that other change has its own paragraph, and the first
is never said twice. An item may so belong to more than one paragraph, one per change it
makes; every item belongs to at least one.
"""

from __future__ import annotations

from dataclasses import dataclass

from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.plain_facts import FactChange
from amendtool.core.plain_summary import PlainSummary

FactKey = tuple[str, str, str]


@dataclass(frozen=True)
class Group:
    """The items one paragraph speaks for; `keys`: the changes of facts it says, when it says
    only some of its item's (None: the item's whole paragraph)."""

    items: tuple[int, ...]
    keys: tuple[FactKey, ...] | None = None
    wording: bool = False  # corrections of wording or typography alone, said together


def fact_key(item: AmendmentItem, change: FactChange) -> FactKey:
    """What a change of a fact is, wherever it is made: a deadline moved as part of an
    extension is said with the expiration."""
    extension = item.materiality is Materiality.EXTENSION
    kind = "deadline" if extension and change.kind == "date" else change.kind
    if not extension and change.kind == "deadline" and change.label != "deadline":
        # a date the offer names (an Early Tender Date, the withdrawal deadline) is another
        # fact than the deadline that moved to the same day and hour
        kind = f"deadline: {change.label}"
    return (kind, change.old, change.new)


def change_groups(summaries: list[PlainSummary], items: list[AmendmentItem]) -> list[Group]:
    """The paragraphs of the notice, in the order their first item comes."""
    told = [i for i, s in enumerate(summaries) if s.facts and not s.counsel and not s.wording_only]
    makers: dict[FactKey, list[int]] = {}
    for i in told:
        for change in summaries[i].facts:
            listed = makers.setdefault(fact_key(items[i], change), [])
            if i not in listed:
                listed.append(i)
    out: list[Group] = []
    wording: list[int] = []
    wording_at = -1
    shared_done: set[tuple[int, ...]] = set()
    for index, summary in enumerate(summaries):
        if summary.wording_only:
            wording_at = len(out) if wording_at < 0 else wording_at
            wording.append(index)
            if len(wording) == 1:
                out.append(Group(()))  # filled in below, where the first correction is
            continue
        if index not in told:
            out.append(Group((index,)))
            continue
        keys = list(dict.fromkeys(fact_key(items[index], c) for c in summary.facts))
        own = [k for k in keys if len(makers[k]) == 1]
        for makers_of in dict.fromkeys(tuple(makers[k]) for k in keys if len(makers[k]) > 1):
            if makers_of not in shared_done:
                shared_done.add(makers_of)
                said = tuple(k for k in keys if tuple(makers[k]) == makers_of)
                out.append(Group(makers_of, said))
        if own or not summary.complete:  # what else changed there is said there
            out.append(Group((index,), None if len(own) == len(keys) else tuple(own)))
    if wording:
        out[wording_at] = Group(tuple(wording), wording=True)
    return out
