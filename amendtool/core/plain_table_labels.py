"""A figure of a table the offer prints apart from its terms, told by the table's own labels.

A table under a section on something other than the offer's terms (what the executive
officers hold, the company's business) gives the price or number of something else: an
officer's existing exercise price is not "the exercise price" of the offer. The notice says
such a figure as the table prints it ('In the table, "Exercise Price" for "Dennis K.
Abernathy" is now $11.60. It was $11.80.'), never as a term that "is now" different."""

from __future__ import annotations

import dataclasses

from amendtool.core.item_kinds import ItemKind
from amendtool.core.items import AmendmentItem
from amendtool.core.materiality_rules import house_rules
from amendtool.core.materiality_tables import placed_apart_from_terms
from amendtool.core.plain_facts import FactChange
from amendtool.core.table_headings import heading_rows
from amendtool.core.typography import collapse_spaces


def by_table_labels(item: AmendmentItem, changes: list[FactChange]) -> list[FactChange]:
    """`changes`, each figure of a row of a table printed apart from the offer's terms given
    the heading of the column it stands in (so the notice says it by the table's labels)."""
    if not any(c.row and not c.column for c in changes):
        return changes
    if not placed_apart_from_terms(item, house_rules()):
        return changes
    headings = _headings(item)
    rows: dict[str, list[list[str]]] = {}  # by the row's label: each change looks up its own
    for line in item.new_text.split("\n"):
        if "\t" in line:
            cells = line.split("\t")
            rows.setdefault(collapse_spaces(cells[0]), []).append(cells)
    out = []
    for change in changes:
        column = _column_of(change, rows, headings) if change.row and not change.column else ""
        out.append(dataclasses.replace(change, column=column) if column else change)
    return out


def _headings(item: AmendmentItem) -> list[str]:
    """The table's column headings: the row of headings the locator keeps, or the first row
    of a table restated whole when it is a row of headings (a first row of figures names no
    column: "52,000" is Almeida's holding, not the name of the column it stands in)."""
    if item.kind is ItemKind.REPLACE_ROW:
        line = (item.locator.row_headings or "").split("\n")[-1]
    else:
        rows = [r for r in item.old_text.split("\n") if "\t" in r]
        line = rows[0] if heading_rows(rows) else ""
    return [collapse_spaces(cell) for cell in line.split("\t")]


def _column_of(change: FactChange, rows: dict[str, list[list[str]]], headings: list[str]) -> str:
    """The heading over the cell of the change's row that holds its new figure; "" when the
    row, the cell or a heading over it is not found. `rows`: the table's rows by label (each
    change's row looked up, not searched for among every row: a restated table of 4,000 rows
    with 2,000 changed was 8 million comparisons)."""
    for cells in rows.get(collapse_spaces(change.row), []):
        for index, cell in enumerate(cells[1:], start=1):
            if change.new in cell and index < len(headings) and headings[index]:
                return headings[index]
    return ""
