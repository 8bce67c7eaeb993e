"""Table rows named as counsel cite them: by the caption in the first cell, under the row
group printed over them ("Second Quarter" under "Fiscal Year 2002"), or under a caption
merged down the column. Drafting names the rows its items cite by these names, and the
outputs that mark a restated table row by row (row_pairing) tell a row by them."""

from __future__ import annotations

from collections import Counter

from amendtool.core.model import CELL_BREAK, is_row_number, row_caption, row_cells
from amendtool.core.numbered_rows import without_numbers

PROSE_WORDS = 6  # a cell paragraph of fewer words (a figure, a date) is no prose


def row_names(rows: list[str]) -> list[tuple[str, str | None] | None]:
    """Each row's name as counsel cite it: its caption, and the row group it is printed
    under (the last row before it with nothing but its caption, "FISCAL YEAR 2002"); None
    for a row without a caption."""
    rows = without_numbers(rows)  # "No." 1, 2, 3 …: each row named by its holder
    names: list[tuple[str, str | None] | None] = []
    group: str | None = None
    merged = _merged_captions(rows)
    for row, over in zip(rows, merged, strict=True):
        caption = row_caption(row) if len(row_cells(row)) > 1 else None
        cells = row_cells(row)
        if caption is not None and not any(c.strip() for c in cells[1:]):
            group = caption
            names.append((caption, None))
            continue
        if over is not None:  # a caption merged down the column heads this row and others
            names.append((row_caption(CELL_BREAK.join(cells[1:])) or "", over))
            continue
        names.append((caption, group) if caption is not None else None)
    return _untitled(rows, names)


def _untitled(
    rows: list[str], names: list[tuple[str, str | None] | None]
) -> list[tuple[str, str | None] | None]:
    """A title over a term sheet's prose rows ("Key Terms of the Exchange", set across the
    table) is the table's title, not a row group its rows are named under: one caption
    alone, at the top, and under it rows of sentences."""
    alone = [
        i
        for i, row in enumerate(rows)
        if names[i] is not None and not any(c.strip() for c in row_cells(row)[1:])
    ]
    title = names[0][0] if alone == [0] and names[0] is not None else None
    if title is None or len(rows) < 2:
        return names
    if not all(len(" ".join(row_cells(r)[1:]).split()) >= PROSE_WORDS for r in rows[1:]):
        return names
    return [names[0], *[(n[0], None) if n is not None and n[1] == title else n for n in names[1:]]]


def _merged_captions(rows: list[str]) -> list[str | None]:
    """For each row, the caption merged down the column over it (an HTML rowspan read on
    every row it spans, a Word vertical merge read on the first), when that caption heads
    more than one row and the row's second cell names it within them ("Third Quarter"
    under "Fiscal 2022", "Final" under "2017 Notes"); None otherwise."""
    carried: list[str | None] = []
    above: str | None = None
    for row in rows:
        cells = row_cells(row)
        first = cells[0].strip()
        named = len(cells) > 2 and row_caption(CELL_BREAK.join(cells[1:])) is not None
        # a row's number ("No." 4) is no caption, and no caption is merged over it
        above = (first or above) if named and not is_row_number(first) else None
        carried.append(above)
    counts = Counter(c for c in carried if c)  # one pass: a list of 20,000 grants counted once
    return [c if c and counts[c] > 1 else None for c in carried]
