"""The figures an item changes, read part by part: a table's rows each beside the row it
still is (`row_pairing`), any other item whole.

Read over a whole restated table, the figures only the old table states and those only the
new one states are paired in order, kind by kind: a band put in at the top of a table of
exercise-price bands paired a payment raised in a band below with the new band's first
figure ("$2.00 to $10.00"), and a band taken out at the top paired its figures with those
of the band changed. Each reader of changed figures (a row of past market prices, the 2%
proviso, a term left at its old value, the same change restated, a figure another item
replaced) pairs an old figure only with a new figure of its own row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from amendtool.core.changes import item_texts
from amendtool.core.facts import Fact, changed_facts
from amendtool.core.items import AmendmentItem
from amendtool.core.materiality_tables import changed_rows, heading_row
from amendtool.core.model import CELL_BREAK, row_cells
from amendtool.core.text_cache import bounded_cache
from amendtool.core.typography import fold_typography

# kinds of figure in the order they are paired (fact_names reads them in this order too)
KINDS = ("ratio", "money", "percent", "schedule", "count", "date", "time", "number", "address")


@dataclass(frozen=True)
class Compared:
    """The figures one part of an item takes out and puts in: a cell of a table's row, a
    row whose cells do not line up, or a text whole. `said`: the new text they are read in
    (a row: its cells as words after the table's column headings, "Shares Sought: …")."""

    removed: tuple[Fact, ...]
    added: tuple[Fact, ...]
    said: str


def compared(item: AmendmentItem, taken_out: bool = False) -> list[Compared]:
    """What an item changes, part by part: in a table, each changed cell of each row kept
    beside the row it still is (a row's cells in another number: the row); any other item
    whole. `taken_out`: a row (or a text) taken out too, its figures replaced by none; a
    row put in replaces no figure."""
    rows = changed_rows(item)
    if not any(CELL_BREAK in row for _, old, new in rows for row in (old, new)):
        old, new = item_texts(item)
        return [_compared(old, new, new)] if old and (new or taken_out) else []
    return list(_table(tuple(rows), heading_row(item), taken_out))


def paired_facts(
    item: AmendmentItem, kinds: tuple[str, ...] = KINDS, keep: Callable[[Fact], bool] | None = None
) -> list[tuple[Fact, Fact]]:
    """Each figure the item changed beside the figure that replaced it in its own cell (or
    row, or text): of one kind, in order, each kind in the order of `kinds`; only figures
    `keep` holds to."""
    pairs: list[tuple[Fact, Fact]] = []
    for part in compared(item):
        for kind in kinds:
            olds = [f for f in part.removed if f.kind == kind and (keep is None or keep(f))]
            news = [f for f in part.added if f.kind == kind and (keep is None or keep(f))]
            pairs += zip(olds, news, strict=False)
    return pairs


def item_fact_pairs(item: AmendmentItem) -> set[tuple[str, str, str]]:
    """(kind, old value, new value) of each changed figure, paired within its cell."""
    return {(old.kind, old.value, new.value) for old, new in paired_facts(item)}


@bounded_cache(256)
def _table(
    rows: tuple[tuple[str, str, str], ...], headings: str, taken_out: bool
) -> tuple[Compared, ...]:
    """Kept for the table: the proposal, the 2% proviso, the terms left standing and the
    figures replaced each ask it of the same item (a list of 20,000 grants)."""
    out: list[Compared] = []
    for _, old, new in rows:
        said = " ".join(filter(None, (f"{headings}:" if headings else "", _words(new))))
        if not old or not (new or taken_out):
            continue
        before, after = row_cells(old), row_cells(new) if new else []
        if len(before) != len(after):
            out.append(_compared(_words(old), _words(new), said))
            continue
        out += [
            _compared(a, b, said)
            for a, b in zip(before, after, strict=True)
            if fold_typography(a) != fold_typography(b)
        ]
    return tuple(out)


def _compared(old: str, new: str, said: str) -> Compared:
    removed, added = changed_facts(old, new)
    return Compared(tuple(removed), tuple(added), said)


def _words(row: str) -> str:
    return row.replace(CELL_BREAK, " ")
