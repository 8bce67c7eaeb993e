"""A table restated whole with rows added or taken out, told in the notice row by row.

Rows pair by their names (their first cells), never by their places: with one row taken
out and another put in, the rows between them keep their count but not their places, and
read by place every row after the first change would be "now" its neighbour ("Tax
Withholding is now How to Elect"). Each row kept is read under the table's column
headings; a row added or taken out is said by its name, and what it means is left to
counsel."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from amendtool.core.numbered_rows import numbers_rows
from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.row_pairing import other_row, row_steps
from amendtool.core.table_headings import is_heading_row


@dataclass(frozen=True)
class RowsChanged:
    """What the notice can say of a restated table whose rows were added or taken out."""

    changes: list[FactChange]  # the facts changed in the rows kept, each named by its row
    rest_changed: bool  # words the facts do not tell changed (or rows came or went)
    added: list[str]  # the names of the rows put in, in order
    removed: list[str]  # the names of the rows taken out, in order
    reworded: bool = False  # a row kept changed words its facts do not tell
    moved: tuple[str, ...] = ()  # the names of the rows put in another place, in order


def _rows(text: str) -> list[list[str]]:
    return [[" ".join(c.split()) for c in r.split("\t")] for r in text.split("\n") if r.strip()]


def _named(old: str, new: str) -> tuple[list[list[str]], list[list[str]]]:
    """Both tables' rows; where both number their rows (1, 2, 3 …), without the numbers:
    a row put in renumbers those below it, and a reader finds a row by what it holds."""
    before, after = _rows(old), _rows(new)
    if numbers_rows(["\t".join(r) for r in before]) and numbers_rows(["\t".join(r) for r in after]):
        return [r[1:] if len(r) > 1 else r for r in before], [
            r[1:] if len(r) > 1 else r for r in after
        ]
    return before, after


def _name(row: list[str]) -> str:
    return row[0].casefold()


def rows_added_or_removed(old: str, new: str) -> RowsChanged | None:
    """The rows of a table restated whole, paired by name, when rows were added or taken
    out; None when every row keeps its place (a row renamed in place, "$20.00 to $29.99"
    to "$20.00 to $24.99", pairs by its place, as cells_changed reads it)."""
    before, after = _named(old, new)
    if len(before) < 2 or len(after) < 2:
        return None
    heads: list[list[str]] = []  # every row of column headings
    while len(before) > 1 and before[0] == after[0] and is_heading_row("\t".join(before[0])):
        heads.append(before[0])
        before, after = before[1:], after[1:]
    old_names, new_names = [_name(r) for r in before], [_name(r) for r in after]
    matcher = SequenceMatcher(None, old_names, new_names, autojunk=False)
    pairs: list[tuple[list[str], list[str]]] = []
    added: list[str] = []
    removed: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        olds, news = before[i1:i2], after[j1:j2]
        renamed = tag == "replace" and len(olds) == len(news)
        renamed = renamed and not any(_name(r) in new_names for r in olds)
        renamed = renamed and not any(_name(r) in old_names for r in news)
        renamed = renamed and not any(map(other_row, olds, news))  # one row put for another
        if tag == "equal" or renamed:
            pairs += list(zip(olds, news, strict=True))
            continue
        removed += [r[0] for r in olds]
        added += [r[0] for r in news]
    moved = [row for row in added if row.casefold() in {r.casefold() for r in removed}]
    for row in reversed(moved):  # taken out in one place, put in at another: one row
        was = next(r for r in before if _name(r) == row.casefold())
        now = next(r for r in after if _name(r) == row.casefold())
        pairs.insert(0, (was, now))  # its changes said first, not counted among the rest
    added = [r for r in added if r not in moved]
    removed = [r for r in removed if r.casefold() not in {m.casefold() for m in moved}]
    if not added and not removed and not moved:
        return None
    changes: list[FactChange] = []
    rest_changed = True  # a row came or went: what it means is counsel's to say
    reworded = False
    for was, now in pairs:
        if was == now:
            continue
        kept, rest = row_changes(heads, was, now)
        changes += kept
        reworded = reworded or rest
    return RowsChanged(changes, rest_changed, added, removed, reworded, tuple(moved))


def rows_kept_changed(old: str, new: str) -> RowsChanged | None:
    """The figures changed in a table restated with every row kept, each row read beside
    the row it still is (`row_pairing`): read over the whole table, old and new figures
    were paired by value and order, so a ratio table with every tier moved one step was
    told as the first tier's old ratio beside the last tier's new one. None when rows came
    or went (`rows_added_or_removed`) or the text is no table of rows."""
    before, after = _named(old, new)
    if len(before) < 2 or len(after) < 2 or not any(len(r) > 1 for r in before):
        return None
    heads: list[list[str]] = []  # every row of column headings ("Cash Amount", then "Staff")
    while len(before) > 1 and before[0] == after[0] and is_heading_row("\t".join(before[0])):
        heads.append(before[0])
        before, after = before[1:], after[1:]
    steps = row_steps(["\t".join(r) for r in before], ["\t".join(r) for r in after])
    if any(i is None or j is None for i, j in steps):
        return None
    changes: list[FactChange] = []
    reworded = False
    for i, j in steps:
        assert i is not None and j is not None
        if before[i] != after[j]:
            kept, rest = row_changes(heads, before[i], after[j])
            changes += kept
            reworded = reworded or rest
    return RowsChanged(changes, reworded, [], [], reworded)


def row_changes(
    heads: list[list[str]], was: list[str], now: list[str]
) -> tuple[list[FactChange], bool]:
    """The figures one row changed, each cell read alone under the column headings (a cell
    whose old figure another cell of the row now holds is no figure kept); and whether
    words the figures do not tell changed."""
    over = ["\t".join(head) for head in heads]
    said = "\n".join([*over, "\t".join(now)])
    if len(was) != len(now):
        parts = [("\n".join([*over, "\t".join(was)]), said)]
    else:  # the row as it is now with this one cell as it was
        parts = [
            ("\n".join([*over, "\t".join([*now[:c], was[c], *now[c + 1 :]])]), said)
            for c in range(len(now))
            if was[c] != now[c]
        ]
    changes: list[FactChange] = []
    reworded = False
    for before, after in parts:
        found, rest = fact_changes(before, after)
        kept = [c for c in found if c.row]  # a figure not named by its row: the words
        changes += kept
        reworded = reworded or rest or len(kept) < len(found)
    return changes, reworded
