"""A table column whose heading states an exchange ratio, read as the ratio it states.

An offer prints its ratios by price band as a bare figure under a heading that says what
the figure counts and for what: "Eligible Options Exchanged for One New RSU | 3.0", "New
RSUs per Eligible Option | 0.5". Said as "The eligible options exchanged for one new RSU is
now 2.5" the notice loses the offer's defined terms, breaks its grammar and never says which
way holders fare. Read here, the figure becomes the ratio it is ("one for 2.5", received
for given up), so the notice says it as a ratio in a sentence is said ("You will now
receive one New RSU for every 2.5 Eligible Options. It was one for every 3.0."), with its
direction. A heading naming securities on both sides without saying which side is received
("Options for One Option") leaves the figure unread: counsel says which way it moved.
"""

from __future__ import annotations

import dataclasses

from amendtool.core.plain_facts import FactChange
from amendtool.core.ratio_headings import ColumnRatio, bare_figure, column_ratio, per_one_of
from amendtool.core.ratio_reading import read_by_heading
from amendtool.core.table_headings import column_title, heading_rows


def read_by_columns(
    changes: list[FactChange], old_table: str, new_table: str, terms: dict[str, str]
) -> list[FactChange]:
    """A restated table's changes read by its column headings: a bare ratio ("1 for 2") by
    the sides its heading names (ratio_reading.py), a bare figure under a heading that
    states a ratio as that ratio (below)."""
    return read_ratio_columns(read_by_heading(changes, old_table), new_table, terms)


def read_ratio_columns(
    changes: list[FactChange], table: str, terms: dict[str, str]
) -> list[FactChange]:
    """Each bare figure of a table row under a heading that states a ratio, read as that
    ratio (received for given up, with its direction); one whose heading does not say which
    side it counts is left unread, quoted by its heading for counsel."""
    lines = table.split("\n")
    headings = lines[: heading_rows(lines)] or lines[:1]
    out = []
    for change in changes:
        ratio = None
        if change.kind in ("number", "count") and change.row and "\t" in change.sentence:
            heading = _heading_over(change, headings)
            ratio = column_ratio(heading, terms) if heading else None
        if ratio is None:
            out.append(change)
        elif ratio.counts_received is None:
            out.append(dataclasses.replace(change, column=heading, direction=0, unread=True))
        else:
            out.append(_as_ratio(change, ratio) or change)
    return out


def _heading_over(change: FactChange, headings: list[str]) -> str:
    """The heading over the cell of the change's row that holds its new figure."""
    cells = change.sentence.split("\t")
    figure = change.new.split()[0] if change.new.split() else ""
    column = next((i for i, c in enumerate(cells) if i and figure and figure in c), None)
    if column is None or change.sentence in headings:
        return ""
    title, sub = column_title(headings, column)
    return sub or title


def _as_ratio(change: FactChange, ratio: ColumnRatio) -> FactChange | None:
    """The change said as its ratio, "a for b" received for given up, with the words each
    side counts as the heading prints them (so the notice names them)."""
    old, new = bare_figure(change.old), bare_figure(change.new)
    if old is None or new is None:
        return None
    per = ratio.per_count
    if ratio.counts_received:
        received, given = ratio.counted, ratio.per
        was, now = f"{old} for {per}", f"{new} for {per}"
    else:
        received, given = ratio.per, ratio.counted
        was, now = f"{per} for {old}", f"{per} for {new}"
    before, after = per_one_of(was), per_one_of(now)
    if before is None or after is None:
        return None
    a, b = now.split(" for ")
    every = "each" if b == "one" else f"every {b}"
    return dataclasses.replace(
        change,
        kind="ratio",
        old=was,
        new=now,
        label="exchange ratio",
        specific=True,
        direction=(after > before) - (after < before),
        sentence=f"{a} {received} for {every} {given}",  # what each side counts
        column="",
        unread=False,
    )
