"""Counsel's plain paragraph read against its change's figures, by `check` and under the
Plain tab's editor alike. A restated table's change is read row by row, never its figures
pooled across the table: each figure's role against the rows' figures
(plain_contradictions.py), and each pair of figures said whole against the row it is
(plain_row_pairs.py), so a row's change told backwards is an error naming the row."""

from __future__ import annotations

from collections.abc import Sequence

from amendtool.core.changes import item_texts
from amendtool.core.items import AmendmentItem
from amendtool.core.plain_contradictions import Problem, Rows, problems
from amendtool.core.plain_direction import direction_said
from amendtool.core.plain_polarity import opposite_said
from amendtool.core.plain_row_changes import row_changes, rows_shown
from amendtool.core.plain_row_pairs import judged_figures, pair_problems, table_pairs
from amendtool.core.plain_unchanged_terms import terms_contradicted, zones_said
from amendtool.core.weekday_checks import weekdays_said


def counsel_problems(
    item: AmendmentItem, paragraph: str, known: str = "", offer: Sequence[str] = ()
) -> list[Problem]:
    """What counsel's `paragraph` on `item` states against the change, one problem each.
    `known`: text whose figures it may state too (the offer's deadline); `offer`: the
    offer's paragraphs, whose figures are no stray values either."""
    old, new = item_texts(item)
    rows = table_rows(item, paragraph, offer)
    found = problems(old, new, paragraph, known, offer, rows)
    # "within 15 days after" where the offer, unchanged there, says "within 30 days after"
    contradicted = terms_contradicted(old, new, paragraph, offer)
    for printed, _ in contradicted:  # an error now, never also a warning
        found = [p for p in found if not p.text.startswith(f"states {printed}, which neither")]
    pairs = table_pairs(item)
    wrong = [
        *pair_problems(paragraph, pairs, item, offer),
        # "down from $3.85" of a raise to $4.15: each figure right, the change told backwards
        *direction_said(old, new, paragraph, None if rows is None else rows.pairs),
        *opposite_said(item, paragraph),  # "will now receive" of "will not receive"
        *weekdays_said(paragraph),  # "Thursday, June 26, 2026", a Friday
        *zones_said(paragraph, known, old, new, offer),  # Eastern Time in a Pacific offer
        *(message for _, message in contradicted),
    ]
    return [Problem(text, True) for text in wrong] + found


def table_rows(item: AmendmentItem, paragraph: str, offer: Sequence[str] = ()) -> Rows | None:
    """The rows' changes for reading `paragraph` on `item`; None for an item that is no
    table of rows (its texts are read whole)."""
    changes = row_changes(item)
    if not changes:
        return None
    pairs = tuple((c.old, c.new) for c in changes)
    return Rows(
        pairs, rows_shown(changes), judged_figures(paragraph, table_pairs(item), item, offer)
    )
