"""The changes of a restated table, row by row, for reading counsel's plain paragraph.

Read across the whole table, old and new figures pair by value: a ratio table with every
tier moved one step ("2.5, 4.0, 6.0, 9.0" to "4.0, 6.0, 9.0, 12.0") changes "2.5 to
12.0", which no row does, and a paragraph telling a row's change right or backwards read
alike. Each row's figure here stands beside the figure that replaced it in its own cell,
named by the row; a figure under a heading that states a ratio ("Eligible Options per New
RSU") is that ratio too, as counsel writes it ("one New RSU for every 4.0")."""

from __future__ import annotations

from dataclasses import dataclass

from amendtool.core.facts import Fact, changed_facts, extract
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.materiality_tables import changed_rows, heading_lines, row_ratios
from amendtool.core.model import CELL_BREAK, is_row_number, row_cells
from amendtool.core.plain_numbers import decimal_of
from amendtool.core.row_facts import KINDS
from amendtool.core.typography import fold_typography

_TABLES = frozenset({ItemKind.REPLACE_TABLE, ItemKind.REPLACE_ROW})


@dataclass(frozen=True)
class RowChange:
    """One figure a row changed: its old figure, the new one in its cell, and the row's
    name (its first cell, as printed)."""

    row: str
    old: Fact
    new: Fact
    heading: bool = False  # the row's figure read as the ratio its column heading states


def is_table_item(item: AmendmentItem) -> bool:
    """An item restating rows of a table (its rows are read one by one)."""
    return item.kind in _TABLES and CELL_BREAK in (item.new_text or "")


def row_changes(item: AmendmentItem) -> list[RowChange]:
    """Every figure each changed row of the item's table changed, by row; [] for an item
    that is no table."""
    if not is_table_item(item):
        return []
    lines = heading_lines(item)
    out: list[RowChange] = []
    for caption, old, new in _with_moved_rows(changed_rows(item)):
        if not old or not new or old in lines:
            continue
        before, after = row_cells(old), row_cells(new)
        if is_row_number(before[0]) and is_row_number(after[0]):
            before, after = before[1:], after[1:]  # "(4)" → "(5)": renumbered, no figure
        parts = (
            [
                (a, b)
                for a, b in zip(before, after, strict=True)
                if fold_typography(a) != fold_typography(b)
            ]
            if len(before) == len(after)
            else [(" ".join(before), " ".join(after))]
        )
        for a, b in parts:
            removed, added = changed_facts(a, b)
            for kind in KINDS:
                olds = [f for f in removed if f.kind == kind]
                news = [f for f in added if f.kind == kind]
                out += [RowChange(caption, o, n) for o, n in zip(olds, news, strict=False)]
    read: set[str] = set()  # the rows whose ratio the heading states whole
    for caption, ratio, _ in row_ratios(item):
        was = [f for f in extract(ratio.old) if f.kind == "ratio"]
        now = [f for f in extract(ratio.new) if f.kind == "ratio"]
        if was and now and ratio.more is not None:
            out.append(RowChange(caption, was[0], now[0], heading=True))
            read.add(caption)
    return out + [r for c in out if c.row not in read for r in _either_way(c)]


def _with_moved_rows(rows: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The changed rows, a row moved and changed (taken out in one place, put in at another,
    under the one caption) as one row changed: "Abernathy, Jonas" moved below the holder
    put in above it and now holding 41,000 changed 40,000 to 41,000."""
    out_rows = [r for r in rows if r[1] and not r[2]]
    in_rows = [r for r in rows if r[2] and not r[1]]
    once = {
        r[0]
        for r in out_rows
        if r[0].strip()
        and sum(1 for o in out_rows if o[0] == r[0]) == 1
        and sum(1 for n in in_rows if n[0] == r[0]) == 1
    }
    moved = {r[0]: r[2] for r in in_rows if r[0] in once}
    paired = [(c, old, moved[c]) for c, old, new in out_rows if c in moved]
    return [r for r in rows if r[0] not in once or (r[1] and r[2])] + paired


def _either_way(change: RowChange) -> list[RowChange]:
    """A bare figure under a heading that does not say which side it counts ("Options per
    New RSU"): the ratio either way ("one New RSU for every 3.0", "3.0 for one")."""
    if change.old.kind != "number" or change.heading:
        return []
    a, b = decimal_of(change.old.text), decimal_of(change.new.text)
    if not a or not b:
        return []
    out = []
    for x, y in ((a, b), (1 / a, 1 / b)):
        old = Fact("ratio", f"{x.normalize():f}", change.old.text)
        new = Fact("ratio", f"{y.normalize():f}", change.new.text)
        out.append(RowChange(change.row, old, new, heading=True))
    return out


def rows_shown(changes: list[RowChange], most: int = 3) -> str:
    """The rows' changes as a message says them: "“$15.00 - $19.99” 2.5 to 4.0, …", the
    figures as the table prints them (a ratio read from its heading is not repeated)."""
    said = list(
        dict.fromkeys(
            f"\u201c{c.row}\u201d {c.old.text} to {c.new.text}" for c in changes if not c.heading
        )
    )
    rest = len(said) - most
    shown = ", ".join(said[:most])
    return f"{shown} and {rest} more" if rest > 0 else shown
