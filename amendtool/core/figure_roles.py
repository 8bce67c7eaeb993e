"""Which new figure takes the role of which old one, told by the words around each.

A revision that changes several figures of one kind ("the Tender Offer Consideration of $980"
→ "… of $1,010", beside an unchanged "up to $150,000,000") is described figure by figure, so
each new figure is put beside the old one whose words it shares, not the one printed first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from amendtool.core.words_around import WordsAround

if TYPE_CHECKING:
    from amendtool.core.facts import Fact

WORDS_AROUND = 4  # words either side of a figure that say what it is
# old and new figures of one kind compared for their roles at most (each pair once): past
# it (a long table for another) they keep the order printed, as each pairing compares them all
MOST_PAIRS = 50_000

Placed = tuple[str, Iterable[tuple[tuple[int, int], "Fact"]]]  # a masked text, its facts
Around = dict[int, tuple[set[str], set[str]]]


def by_role(removed: list[Fact], added: list[Fact], old: Placed, new: Placed) -> list[Fact]:
    """`added`, each kind's figures put in the order of the old figures whose roles they
    take, by the words around them; a figure with no old counterpart comes after those that
    have one. Ties keep the order printed. `old` and `new` are each text with its references
    masked and the facts found there with their spans (the facts of `removed` and `added`)."""
    kinds = [f.kind for f in added]
    if all(kinds.count(kind) < 2 for kind in kinds):
        return added  # one new figure of each kind at most: nothing to choose between
    paired: dict[
        str, tuple[list[Fact], list[Fact]]
    ] = {}  # the kinds whose figures are put in order: their old and new figures
    for kind in dict.fromkeys(kinds):
        olds = [f for f in removed if f.kind == kind]
        news = [f for f in added if f.kind == kind]
        if olds and len(news) >= 2 and len(olds) * len(news) <= MOST_PAIRS:
            paired[kind] = (olds, news)  # else a long table against another: no role said
    out = list(added)
    if not paired:
        return out  # the words around no figure are read: a long table's are never asked
    before, after = _around(*old, set(paired)), _around(*new, set(paired))
    for kind, (olds, news) in paired.items():
        order: list[Fact] = []
        # the places in `news` already put in order: by place, not by object, since one
        # figure read twice (two rows printing the same text) may be one object
        taken: set[int] = set()
        for fact in olds:
            left = [i for i in range(len(news)) if i not in taken]
            if not left:
                break
            words = before.get(id(fact), (set(), set()))
            chosen = max(left, key=lambda i: _alike(words, after.get(id(news[i]), (set(), set()))))
            order.append(news[chosen])
            taken.add(chosen)
        order += [f for i, f in enumerate(news) if i not in taken]
        slots = [i for i, f in enumerate(out) if f.kind == kind]
        for slot, fact in zip(slots, order, strict=True):
            out[slot] = fact
    return out


def _alike(a: tuple[set[str], set[str]], b: tuple[set[str], set[str]]) -> int:
    return len(a[0] & b[0]) + len(a[1] & b[1])


def _around(masked: str, placed: Iterable[tuple[tuple[int, int], Fact]], kinds: set[str]) -> Around:
    """For each placed fact of `kinds` (by identity): the words before it and after it."""
    words = WordsAround(masked)  # read once: again for each fact, a long table took minutes
    out = {}
    for (start, end), fact in placed:
        if fact.kind not in kinds:
            continue
        lead = words.before(start, WORDS_AROUND)
        tail = words.after(end, WORDS_AROUND)
        out[id(fact)] = (set(lead), set(tail))
    return out
