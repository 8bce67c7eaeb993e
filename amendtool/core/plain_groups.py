"""Which changes the plain notice says in one paragraph: one paragraph per change.

A change made the same way in several places ("$20.00" to "$17.50" on the cover, in the
summary and in Section 1) is one paragraph naming every place, even where one of those
places changes something else too: that other change has its own paragraph, and the first
is never said twice. An item may so belong to more than one paragraph, one per change of a
fact it makes; every item belongs to at least one. A place whose only other change is one of
wording (no fact of its own) has that said in the shared paragraph, never in a second
paragraph on the same item with only a placeholder for counsel.

Counsel's paragraph on an item speaks for every change the item makes: the same change made
elsewhere (by the tool's words or by counsel's again) is not said a second time, its places
are named under counsel's paragraph. Where counsel wrote on several items making the same
change, the paragraph that covers the most of them speaks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_deadlines import deadline_key
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
    lead: int | None = None  # the item whose counsel's paragraph speaks for all its items
    reworded: tuple[int, ...] = ()  # items of a shared paragraph that also change other words
    renamed: bool = False  # the same defined terms renamed in each place: said once


def fact_key(item: AmendmentItem, change: FactChange) -> FactKey:
    """What a change of a fact is, wherever it is made: a deadline moved as part of an
    extension is said with the expiration, and a deadline or date is the moment or day it
    fixes, however each place prints it."""
    extension = item.materiality is Materiality.EXTENSION
    kind = "deadline" if extension and change.kind == "date" else change.kind
    if not extension and change.kind == "deadline" and change.label != "deadline":
        # a date the offer names (an Early Tender Date, the withdrawal deadline) is another
        # fact than the deadline that moved to the same day and hour
        kind = f"deadline: {change.label}"
    if change.kind == "money":  # "$26.25" and "$26.25 per share": the one price
        return (kind, _amount(change.old), _amount(change.new))
    if kind.startswith("deadline") or kind in ("date", "time"):
        # "MIDNIGHT, EASTERN TIME, ON JULY 24" and "12:00 midnight on Thursday, July 24": one
        return (kind, deadline_key(change.old), deadline_key(change.new))
    return (kind, change.old, change.new)


_AMOUNT = compiled(r"[$€£¥]?\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|thousand))?", re.I)


def _amount(text: str) -> str:
    """The figure a money fact prints, without the words after it ("per share")."""
    found = _AMOUNT.search(text)
    return found.group(0).replace(" ", "") if found else text


def change_groups(
    summaries: list[PlainSummary],
    items: list[AmendmentItem],
    counsel_facts: dict[int, tuple[FactChange, ...]] | None = None,
    unfinished: frozenset[int] = frozenset(),
) -> list[Group]:
    """The paragraphs of the notice, in the order their first item comes. `counsel_facts`:
    for each item counsel wrote on, the facts the tool reads in its change; `unfinished`,
    those whose change the tool's facts do not say whole (counsel's words on it speak first:
    they say the rest too)."""
    counsel_facts = counsel_facts or {}
    keys_of = {
        i: list(dict.fromkeys(fact_key(items[i], c) for c in facts))
        for i, facts in counsel_facts.items()
        if facts and summaries[i].counsel
    }
    speaks: dict[FactKey, int] = {}  # a change counsel's paragraph says, and whose it is
    leads: list[int] = []
    for i in sorted(keys_of, key=lambda i: (-len(keys_of[i]), i not in unfinished, i)):
        if not all(k in speaks for k in keys_of[i]):
            leads.append(i)
            for key in keys_of[i]:
                speaks.setdefault(key, i)
    joined: dict[int, list[int]] = {lead: [lead] for lead in leads}
    for i, keys in keys_of.items():
        if i not in joined:
            for lead in dict.fromkeys(speaks[k] for k in keys):
                joined[lead].append(i)
    told = [i for i, s in enumerate(summaries) if s.facts and not s.counsel and not s.wording_only]
    for i in told:  # a change counsel's paragraph says is named there, not said again
        for lead in dict.fromkeys(
            speaks[k] for c in summaries[i].facts if (k := fact_key(items[i], c)) in speaks
        ):
            joined[lead].append(i)
    reworded: dict[int, list[int]] = {}  # a place whose other words are said under counsel's
    for i in told:
        made = {fact_key(items[i], c) for c in summaries[i].facts}
        whose = {speaks.get(k) for k in made}
        if not summaries[i].complete and len(whose) == 1 and None not in whose:
            reworded.setdefault(speaks[next(iter(made))], []).append(i)
    folded = {i for listed in reworded.values() for i in listed}
    out = _tool_groups(summaries, items, told, set(speaks), set(keys_of) | folded)
    out += [
        Group(tuple(sorted(set(joined[lead]))), lead=lead, reworded=tuple(reworded.get(lead, ())))
        for lead in leads
    ]
    return sorted(out, key=lambda g: min(g.items) if g.items else 0)


def _tool_groups(
    summaries: list[PlainSummary],
    items: list[AmendmentItem],
    told: list[int],
    said: set[FactKey],
    spoken_for: set[int],
) -> list[Group]:
    """The paragraphs in the tool's words (and counsel's on changes no other item makes):
    `said`, the changes counsel's paragraphs say; `spoken_for`, the items counsel wrote on
    whose changes those paragraphs say."""
    makers: dict[FactKey, list[int]] = {}
    for i in told:
        for change in summaries[i].facts:
            key = fact_key(items[i], change)
            listed = makers.setdefault(key, [])
            if i not in listed and key not in said:
                listed.append(i)
    out: list[Group] = []
    wording: list[int] = []
    wording_at = -1
    shared_at: dict[tuple[int, ...], int] = {}  # where each shared paragraph is
    renamed_at: dict[tuple[tuple[str, str], ...], int] = {}  # where each rename is said
    for index, summary in enumerate(summaries):
        if index in spoken_for:
            continue
        if summary.wording_only:
            wording_at = len(out) if wording_at < 0 else wording_at
            wording.append(index)
            if len(wording) == 1:
                out.append(Group(()))  # filled in below, where the first correction is
            continue
        if summary.renamed and summary.renamed in renamed_at:  # said once, every place named
            at = renamed_at[summary.renamed]
            out[at] = replace(out[at], items=(*out[at].items, index))
            continue
        if summary.renamed:
            renamed_at[summary.renamed] = len(out)
            out.append(Group((index,), renamed=True))
            continue
        if index not in told:
            out.append(Group((index,)))
            continue
        every = list(dict.fromkeys(fact_key(items[index], c) for c in summary.facts))
        keys = [k for k in every if k not in said]
        own = [k for k in keys if len(makers[k]) == 1]
        sharing = list(dict.fromkeys(tuple(makers[k]) for k in keys if len(makers[k]) > 1))
        for makers_of in sharing:
            if makers_of not in shared_at:
                shared_at[makers_of] = len(out)
                shared = tuple(k for k in keys if tuple(makers[k]) == makers_of)
                out.append(Group(makers_of, shared))
        if not own and not summary.complete and sharing:
            # its other words are said with its first shared change, never in a paragraph of
            # their own beside the paragraphs that tell its figures
            at = shared_at[sharing[0]]
            out[at] = replace(out[at], reworded=(*out[at].reworded, index))
        elif own or not summary.complete:  # what else changed there is said there
            out.append(Group((index,), None if len(own) == len(every) else tuple(own)))
    if wording:
        out[wording_at] = Group(tuple(wording), wording=True)
    return out
