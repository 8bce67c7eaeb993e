"""Rows of a table moved and changed: taken out by one item and put in by another with some
of its words changed (a holder's row moved from the directors' table to the officers',
her holdings updated). Unlike a row moved word for word (moved_rows.py) the two halves
differ, so they are paired by the row's name: a row whose name (its caption) stands once
among the rows of each offer, with as many cells in each. Read item by item, each half
looked like a row of its own: the notice told employees that a director left and someone
joined, for a revision that moved her row and updated her figures."""

from __future__ import annotations

from amendtool.core.built_once import built_value
from amendtool.core.items import AmendmentItem
from amendtool.core.model import Document, ParagraphKind, row_caption, row_cells
from amendtool.core.moved_rows import row_key, rows_out_and_in
from amendtool.core.table_headings import is_heading_row

# (the row as the original prints it, the row as the revised prints it)
RowPair = tuple[str, str]


def _name(row: str) -> str | None:
    caption = row_caption(row)
    return caption.casefold() if caption else None


def _by_name(document: Document) -> dict[str, list[str]]:
    """The table rows of the document by their names (headings aside)."""

    def build() -> dict[str, list[str]]:
        named: dict[str, list[str]] = {}
        for p in document.paragraphs():
            row = p.kind is ParagraphKind.TABLE_ROW and not is_heading_row(p.text)
            if row and (name := _name(p.text)) is not None:
                named.setdefault(name, []).append(p.text)
        return named

    return built_value(document, "moved_changed_rows:by_name", build)


def moved_changed_rows(
    item: AmendmentItem, original: Document | None, revised: Document | None
) -> tuple[list[RowPair], list[RowPair]]:
    """The rows the item takes out that another item puts in changed, and those it puts in
    that another took out, each as (row before, row after); ([], []) for any other item."""
    out, put = rows_out_and_in(item)
    if original is None or revised is None or not (out or put):
        return [], []
    before, after = _by_name(original), _by_name(revised)
    out_names, put_names = {_name(r) for r in out}, {_name(r) for r in put}

    def pair(row: str, itself: set[str | None], side: int) -> RowPair | None:
        name = _name(row)
        if name is None or name in itself:  # the item restates the row in its place
            return None
        was, now = before.get(name, []), after.get(name, [])
        if len(was) != 1 or len(now) != 1 or row_key((was[0], now[0])[side]) != row_key(row):
            return None
        if row_key(was[0]) == row_key(now[0]) or len(row_cells(was[0])) != len(row_cells(now[0])):
            return None  # moved word for word (moved_rows.py), or another row altogether
        return was[0], now[0]

    taken = [p for r in out if (p := pair(r, put_names, 0)) is not None]
    given = [p for r in put if (p := pair(r, out_names, 1)) is not None]
    return taken, given
