"""The notice on rows moved between changes: told once, as a move, where the row now stands.

A row taken out by one change and put in word for word by another (moved_rows.py) was
told twice, as a row added and as a row taken out: employees read that a director joined
the table and left it. The change that puts the row in now tells the move ("We moved the
row for "Ivanova, Katya" to the top of the table"); the change that takes it out says
nothing of it when it changes other rows, and only where the row stood when that is all
it does. The words are [plain_notice] `row_moved_here`, `row_place_*`, `row_moved_away`."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.moved_rows import moved_rows, place_in, row_key, row_name, rows_out_and_in
from amendtool.core.templates import fill

if TYPE_CHECKING:
    from amendtool.core.plain_fact_sentences import Voice
    from amendtool.core.plain_summary import PlainSummary  # which imports this module
    from amendtool.core.plain_table_rows import RowsChanged

_CITED = (ItemKind.INSERT_ROW, ItemKind.DELETE_ROW)


def moved_here(row: str, w: dict[str, Any], voice: Voice) -> str:
    """The sentence telling a row moved, by where it now stands in its table."""
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
    return fill(str(w["row_moved_here"]), row=row_name(row), place=where)


def cited_rows_moved(
    item: AmendmentItem, w: dict[str, Any], voice: Voice | None
) -> PlainSummary | None:
    """The paragraph on rows put in or taken out (cited alone) of which some only moved;
    None for any other item."""
    from amendtool.core.plain_summary import PlainSummary, summary_text

    if voice is None or item.kind not in _CITED or "row_moved_here" not in w:
        return None
    out, put = moved_rows(item, voice.document, voice.revised)
    if not (out or put):
        return None
    taken, added = rows_out_and_in(item)
    moved = {row_key(r) for r in out + put}
    sentences = [moved_here(r, w, voice) for r in put]
    if item.kind is ItemKind.DELETE_ROW:
        sentences += [fill(str(w["row_moved_away"]), row=row_name(r)) for r in out]
    for key, rows in (("table_row_added", added), ("table_row_removed", taken)):
        sentences += [fill(str(w[key]), row=row_name(r)) for r in rows if row_key(r) not in moved]
    complete = len(out) == len(taken) and len(put) == len(added)
    if not complete:  # a row that came or went: what it means is counsel's to say
        sentences.append(str(w["placeholder"]))
    return PlainSummary(summary_text(sentences), False, (), complete)


def restated_rows_moved(
    item: AmendmentItem, shifted: RowsChanged, w: dict[str, Any], voice: Voice | None
) -> tuple[RowsChanged, list[str]]:
    """A restatement's rows added or taken out, without those moved from or to another
    change, and the sentences telling the moves put in here (those taken out are told
    where they now stand)."""
    if voice is None or "row_moved_here" not in w:
        return shifted, []
    out, put = moved_rows(item, voice.document, voice.revised)
    if not (out or put):
        return shifted, []
    gone = {row_name(r).casefold() for r in out}
    came = {row_name(r).casefold(): r for r in put}
    added = [r for r in shifted.added if r.casefold() not in came]
    removed = [r for r in shifted.removed if r.casefold() not in gone]
    said = [moved_here(came[r.casefold()], w, voice) for r in shifted.added if r.casefold() in came]
    rest = shifted.reworded or bool(added or removed)
    kept = dataclasses.replace(shifted, added=added, removed=removed, rest_changed=rest)
    return kept, said
