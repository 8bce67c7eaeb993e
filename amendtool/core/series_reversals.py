"""An amendment that takes back what an earlier amendment of the series did.

A revision drafted from the offer as filed, not as amended, deletes the words an earlier
amendment put in and puts back the words it took out: filed, it withdraws that amendment's
disclosure. Each such item is named with the earlier amendment's item it undoes, so counsel
sees the stale copy before anything is filed (or confirms the amendment means to undo it).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from amendtool.core.figure_words import figure_words
from amendtool.core.findings import ERROR, WARNING, Finding, item_runs
from amendtool.core.items import AmendmentItem, ItemKind, letter
from amendtool.core.lineage import Earlier

# a run of words this long is the earlier amendment's own wording, not a common phrase
# ("of the Offer") two unrelated changes share; a shorter change counts only undone exactly
LONG_RUN = 5

SAME_PLACE = 0.6  # the share of words two texts of the same paragraph have in common

Run = tuple[str, ...]


def _words(text: str) -> list[str]:
    """Each figure one word of its value: an extension to a later day at an earlier hour
    turns no part of an earlier extension back."""
    return figure_words(text)


def _sides(item: AmendmentItem) -> tuple[str, str]:
    """The text the item takes out and the text it leaves."""
    old = item.old_text or item.old_words
    new = item.new_text or "\n".join(item.new_paragraphs) or item.new_words
    return old, new


def changes(item: AmendmentItem) -> list[tuple[Run, Run]]:
    """Each run of words the item changes: (taken out, put in)."""
    old, new = (_words(side) for side in _sides(item))
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        (tuple(old[i1:i2]), tuple(new[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _within(run: Run, runs: Iterable[Run]) -> bool:
    said = f" {' '.join(run)} "
    return any(said in f" {' '.join(other)} " for other in runs)


def _same_place(later: AmendmentItem, earlier: AmendmentItem) -> bool:
    """The later item changes the paragraph as the earlier one left it (a short change
    undone anywhere else is a coincidence of wording)."""
    left, found = _words(_sides(earlier)[1]), _words(_sides(later)[0])
    return difflib.SequenceMatcher(None, left, found, autojunk=False).ratio() >= SAME_PLACE


def undoes(later: AmendmentItem, earlier: AmendmentItem) -> bool:
    """`later` takes out a long run `earlier` put in, or puts back a long run it took out, or
    exactly reverses one of its changes: as a copy of the offer from before `earlier` would.
    Words `earlier` put in place of others, taken out with the others not put back, are a
    change of their own (the offer before it held those others)."""
    done, undone = changes(earlier), changes(later)
    if any((put, out) in undone for out, put in done if out or put) and _same_place(later, earlier):
        return True
    taken = [out for out, _ in undone if out]
    given = [put for _, put in undone if put]
    for out, put in done:
        took_back = len(put) >= LONG_RUN and _within(put, taken)
        gave_back = len(out) >= LONG_RUN and _within(out, given)
        if took_back and (not out or _within(out, given)):
            return True
        if gave_back and (not put or _within(put, taken)):
            return True
    return False


def reversals(
    items: list[AmendmentItem], earlier: list[Earlier]
) -> list[tuple[int, int, list[int]]]:
    """(item index, earlier amendment number, its item indexes) for each item that undoes
    what an earlier amendment did."""
    found: list[tuple[int, int, list[int]]] = []
    for index, item in enumerate(items):
        for amendment in earlier:
            done = [i for i in amendment.items if i.kind is not ItemKind.FILE_EXHIBIT]
            undone = [n for n, each in enumerate(done) if undoes(item, each)]
            if undone:
                found.append((index, amendment.number, undone))
    return found


def reversal_message(number: int, undone: list[int], verb: str = "reverses") -> str:
    named = item_runs([letter(n) for n in undone])
    return (
        f"{verb} what Amendment No. {number} did (its item{'s' if len(undone) > 1 else ''} "
        f"{named}): was the revision made from the offer as filed, not as amended by "
        f"Amendment No. {number}? Draft from the offer as amended, or confirm the amendment "
        "is meant to undo it"
    )


def reversal_findings(
    items: list[AmendmentItem], earlier: list[Earlier], confirmed: bool = False
) -> list[Finding]:
    """An error until counsel confirms the amendment is meant to undo it; then a warning,
    so the reversal stays in view until it is filed."""
    return [
        Finding(
            WARNING if confirmed else ERROR,
            "reverses_earlier",
            f"item {letter(index)}: "
            + (
                f"undoes what Amendment No. {number} did (its "
                f"item{'s' if len(undone) > 1 else ''} {item_runs([letter(n) for n in undone])}),"
                " as counsel confirmed"
                if confirmed
                else reversal_message(number, undone)
            ),
            index,
        )
        for index, number, undone in reversals(items, earlier)
    ]
