"""A table row taken out where text was put in, at the edge of the table: the row goes with
its table, the new text before (or after) it.

Deleted text has no place in the revision, so the order of a run of deletions and
insertions is free. Read the other way, a note moved to the top of a section over a table's
deleted first row looks like text put between two rows: the drafting would restate the
table with the note's words among its rows as body text, and the redline would find no
place for the note in Word's table. The same order serves both."""

from __future__ import annotations

from collections.abc import Callable

from amendtool.core.drafting.align import Op


def rows_beside_their_table(ops: list[Op], is_row: Callable[[Op], bool]) -> None:
    """In each run of deletions and insertions with a table on one side only, each deleted
    row is carried past the inserted text beside it, towards the table."""
    index = 0
    while index < len(ops):
        end = index
        while end < len(ops) and ops[end].kind in ("delete", "insert"):
            end += 1
        if end == index:
            index += 1
            continue
        before = index > 0 and is_row(ops[index - 1])
        after = end < len(ops) and is_row(ops[end])
        if before != after:
            run = ops[index:end]
            rows = [op.kind == "delete" and is_row(op) for op in run]
            text = [op.kind == "insert" and not is_row(op) for op in run]
            ops[index:end] = _rows_moved(run, rows, text, to_end=after)
        index = end


def _rows_moved(run: list[Op], rows: list[bool], text: list[bool], to_end: bool) -> list[Op]:
    """The run with each deleted row (`rows`) carried past the inserted text (`text`) beside
    it: to the run's end when the table follows, else to its start."""
    order = list(range(len(run)))
    if not to_end:
        order.reverse()
    moved = True
    while moved:
        moved = False
        for k in range(len(order) - 1):
            if rows[order[k]] and text[order[k + 1]]:
                order[k], order[k + 1] = order[k + 1], order[k]
                moved = True
    if not to_end:
        order.reverse()
    return [run[k] for k in order]
