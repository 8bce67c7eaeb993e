"""The notice on rows moved between changes: told once, as a move, where the row now stands.

A row taken out by one change and put in word for word by another (moved_rows.py) was
told twice, as a row added and as a row taken out: employees read that a director joined
the table and left it. The change that puts the row in now tells the move ("We moved the
row for "Ivanova, Katya" to the top of the table"); the change that takes it out says
nothing of it when it changes other rows, and only where the row stood when that is all
it does. The words are [plain_notice] `row_moved_here`, `row_place_*`, `row_moved_away`
(`…_other_table` for a row moved to another table: it did leave its table).
A row moved and changed (moved_changed_rows.py) is told the same way, with what changed in
it said after the move as for a changed row: `row_moved_changed_here`,
`row_moved_changed_away`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from itertools import takewhile
from typing import TYPE_CHECKING, Any

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.moved_changed_rows import RowPair, moved_changed_rows
from amendtool.core.moved_rows import (
    moved_rows,
    place_in,
    row_key,
    row_name,
    rows_out_and_in,
    same_table,
)
from amendtool.core.table_headings import is_heading_row
from amendtool.core.templates import fill

if TYPE_CHECKING:
    from amendtool.core.plain_fact_sentences import Voice
    from amendtool.core.plain_facts import FactChange
    from amendtool.core.plain_summary import PlainSummary  # which imports this module
    from amendtool.core.plain_table_rows import RowsChanged

_CITED = (ItemKind.INSERT_ROW, ItemKind.DELETE_ROW)
# says an item restated: the row changed, read from its two texts
Summarise = Callable[[AmendmentItem], "PlainSummary"]


def moved_here(
    row: str, w: dict[str, Any], voice: Voice, key: str = "row_moved_here", was: str = ""
) -> str:
    """The sentence telling a row moved, by where it now stands in its table, and whether
    it came from another table; `was`: the row as it stood, when its words changed."""
    if not _same_table(was or row, row, voice) and f"{key}_other_table" in w:
        key = f"{key}_other_table"
    place = place_in(row, voice.revised) if voice.revised is not None else None
    if place is None:
        where = str(w["row_place_other"])
    elif place.top:
        where = str(w["row_place_top"])
    elif place.bottom:
        where = str(w["row_place_bottom"])
    elif place.above:
        where = fill(str(w["row_place_above"]), row=place.above)
    else:
        where = str(w["row_place_other"])
    return fill(str(w[key]), row=row_name(row), place=where)


def _same_table(was: str, now: str, voice: Voice) -> bool:
    if voice.document is None or voice.revised is None:
        return True
    return same_table(was, voice.document, now, voice.revised)


def _moved_away(row: str, w: dict[str, Any], voice: Voice) -> str:
    """The sentence on a row taken out of its place that another change puts in, word for
    word, in the same table or another."""
    key = "row_moved_away"
    if not _same_table(row, row, voice) and f"{key}_other_table" in w:
        key = f"{key}_other_table"
    return fill(str(w[key]), row=row_name(row))


@dataclasses.dataclass(frozen=True)
class _Told:
    """A row moved and changed, as the notice tells it where it now stands."""

    sentences: list[str]
    facts: tuple[FactChange, ...]
    complete: bool  # nothing left for counsel to say


def _moved_changed(
    item: AmendmentItem, pair: RowPair, w: dict[str, Any], voice: Voice, summarise: Summarise
) -> _Told:
    """The move, then what changed in the row, read as a row restated in its place."""
    was, now = pair
    locator = item.locator
    if not locator.row_headings:  # a table restated: its own heading rows name the columns
        heads = list(takewhile(is_heading_row, _rows(item.new_text)))
        locator = dataclasses.replace(locator, row_headings="\n".join(heads) or None)
    restated = dataclasses.replace(
        item,
        kind=ItemKind.REPLACE_ROW,
        old_text=was,
        new_text=now,
        new_paragraphs=[now],
        locator=locator,
    )
    told = summarise(restated)
    text = told.text.replace(str(w["placeholder"]), "").strip()
    said = [moved_here(now, w, voice, "row_moved_changed_here", was), *([text] if text else [])]
    return _Told(said, told.facts, told.complete)


def _rows(text: str) -> list[str]:
    return [r for r in text.split("\n") if r.strip()]


def _changed_pairs(
    item: AmendmentItem, w: dict[str, Any], voice: Voice
) -> tuple[list[RowPair], list[RowPair]]:
    if "row_moved_changed_here" not in w or "row_moved_changed_away" not in w:
        return [], []
    return moved_changed_rows(item, voice.document, voice.revised)


def cited_rows_moved(
    item: AmendmentItem, w: dict[str, Any], voice: Voice | None, summarise: Summarise
) -> PlainSummary | None:
    """The paragraph on rows put in or taken out (cited alone) of which some only moved, or
    moved and changed; None for any other item."""
    from amendtool.core.plain_summary import PlainSummary, summary_text

    if voice is None or item.kind not in _CITED or "row_moved_here" not in w:
        return None
    out, put = moved_rows(item, voice.document, voice.revised)
    changed_out, changed_put = _changed_pairs(item, w, voice)
    if not (out or put or changed_out or changed_put):
        return None
    taken, added = rows_out_and_in(item)
    moved = {row_key(r) for r in out + put}
    moved |= {row_key(was) for was, _ in changed_out} | {row_key(now) for _, now in changed_put}
    sentences = [moved_here(r, w, voice) for r in put]
    told = [_moved_changed(item, pair, w, voice, summarise) for pair in changed_put]
    sentences += [s for t in told for s in t.sentences]
    if item.kind is ItemKind.DELETE_ROW:
        sentences += [_moved_away(r, w, voice) for r in out]
        away = str(w["row_moved_changed_away"])
        sentences += [fill(away, row=row_name(was)) for was, _ in changed_out]
    for key, rows in (("table_row_added", added), ("table_row_removed", taken)):
        sentences += [fill(str(w[key]), row=row_name(r)) for r in rows if row_key(r) not in moved]
    complete = len(out) + len(changed_out) == len(taken)
    complete = complete and len(put) + len(changed_put) == len(added)
    complete = complete and all(t.complete for t in told)
    if not complete:  # a row that came or went: what it means is counsel's to say
        sentences.append(str(w["placeholder"]))
    facts = tuple(f for t in told for f in t.facts)
    return PlainSummary(summary_text(sentences), False, facts, complete)


def restated_rows_moved(
    item: AmendmentItem,
    shifted: RowsChanged,
    w: dict[str, Any],
    voice: Voice | None,
    summarise: Summarise,
) -> tuple[RowsChanged, list[str]]:
    """A restatement's rows added or taken out, without those moved from or to another
    change, and the sentences telling the moves put in here (those taken out are told
    where they now stand)."""
    if voice is None or "row_moved_here" not in w:
        return shifted, []
    out, put = moved_rows(item, voice.document, voice.revised)
    changed_out, changed_put = _changed_pairs(item, w, voice)
    if not (out or put or changed_out or changed_put):
        return shifted, []
    gone = {row_name(r).casefold() for r in out + [was for was, _ in changed_out]}
    came = {row_name(r).casefold(): r for r in put}
    changed = {row_name(now).casefold(): (was, now) for was, now in changed_put}
    added = [r for r in shifted.added if r.casefold() not in came and r.casefold() not in changed]
    removed = [r for r in shifted.removed if r.casefold() not in gone]
    said: list[str] = []
    complete = True
    for row in shifted.added:
        if row.casefold() in came:
            said.append(moved_here(came[row.casefold()], w, voice))
        elif row.casefold() in changed:
            told = _moved_changed(item, changed[row.casefold()], w, voice, summarise)
            said += told.sentences
            complete = complete and told.complete
    rest = shifted.reworded or bool(added or removed) or not complete
    kept = dataclasses.replace(shifted, added=added, removed=removed, rest_changed=rest)
    return kept, said
