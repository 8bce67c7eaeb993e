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

from amendtool.core.plain_facts import FactChange, fact_changes
from amendtool.core.table_headings import is_heading_row


@dataclass(frozen=True)
class RowsChanged:
    """What the notice can say of a restated table whose rows were added or taken out."""

    changes: list[FactChange]  # the facts changed in the rows kept, each named by its row
    rest_changed: bool  # words the facts do not tell changed (or rows came or went)
    added: list[str]  # the names of the rows put in, in order
    removed: list[str]  # the names of the rows taken out, in order
    reworded: bool = False  # a row kept changed words its facts do not tell


def _rows(text: str) -> list[list[str]]:
    return [[" ".join(c.split()) for c in r.split("\t")] for r in text.split("\n") if r.strip()]


def _name(row: list[str]) -> str:
    return row[0].casefold()


def rows_added_or_removed(old: str, new: str) -> RowsChanged | None:
    """The rows of a table restated whole, paired by name, when rows were added or taken
    out; None when every row keeps its place (a row renamed in place, "$20.00 to $29.99"
    to "$20.00 to $24.99", pairs by its place, as cells_changed reads it)."""
    before, after = _rows(old), _rows(new)
    if len(before) < 2 or len(after) < 2:
        return None
    head: list[str] = []
    if before[0] == after[0] and is_heading_row("\t".join(before[0])):
        head, before, after = before[0], before[1:], after[1:]
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
        if tag == "equal" or renamed:
            pairs += list(zip(olds, news, strict=True))
            continue
        removed += [r[0] for r in olds]
        added += [r[0] for r in news]
    if not added and not removed:
        return None
    changes: list[FactChange] = []
    rest_changed = True  # a row came or went: what it means is counsel's to say
    reworded = False
    for was, now in pairs:
        if was == now:
            continue
        over = ["\t".join(head)] if head else []
        found, rest = fact_changes(
            "\n".join([*over, "\t".join(was)]), "\n".join([*over, "\t".join(now)])
        )
        kept = [c for c in found if c.row]  # a figure not named by its row: the words
        changes += kept
        reworded = reworded or rest or len(kept) < len(found)
    return RowsChanged(changes, rest_changed, added, removed, reworded)
