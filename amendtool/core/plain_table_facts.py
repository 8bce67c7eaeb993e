"""What counsel's plain paragraph on a restated table is read against: the table's changes
row by row, never its figures pooled across the table (plain_contradictions.py reads each
figure's role against them; plain_row_pairs.py judges each pair of figures said whole)."""

from __future__ import annotations

from amendtool.core.items import AmendmentItem
from amendtool.core.plain_contradictions import Rows
from amendtool.core.plain_row_changes import row_changes, rows_shown
from amendtool.core.plain_row_pairs import judged_figures, table_pairs


def table_rows(item: AmendmentItem, paragraph: str) -> Rows | None:
    """The rows' changes for reading `paragraph` on `item`; None for an item that is no
    table of rows (its texts are read whole)."""
    changes = row_changes(item)
    if not changes:
        return None
    pairs = tuple((c.old, c.new) for c in changes)
    return Rows(pairs, rows_shown(changes), judged_figures(paragraph, table_pairs(item)))
