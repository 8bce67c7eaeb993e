"""Merged cells, read the same way in every format. A cell merged down over several rows
(HTML rowspan, Word vMerge): its text stands in each row it spans, so a caption set once
beside several rows titles every one of them and no row reads as blank where it prints
the merged cell; in a caption | text table the rows one caption spans are one row. A cell
merged across columns (HTML colspan, Word gridSpan): its text stands once, at its first
column, and the row keeps how many columns it spans, so a figure keeps its column and every
table set again (the house-style copy) sets the merged cell as the reader sees it."""

from __future__ import annotations

from amendtool.core.model import CELL_PARAGRAPH_BREAK

# for each row, the columns a cell from a row above spans down into, with that row
Owners = list[dict[int, int]]


def join_captioned_rows(rows: list[list[str]], owners: Owners) -> list[list[str]]:
    """Caption | text: a row whose caption is the merged cell of a row above joins that
    row as its next paragraph, and is left empty (a reader skips empty rows)."""
    if not rows or any(len(row) != 2 for row in rows):
        return rows
    out = [list(row) for row in rows]
    for index, owner in enumerate(owners):
        first = owner.get(0)
        if first is not None and out[index][1]:
            joined = [t for t in (out[first][1], out[index][1]) if t]
            out[first][1] = CELL_PARAGRAPH_BREAK.join(joined)
            out[index] = ["", ""]
    return out


def carried_down(
    rows: list[list[str | None]], merges: list[list[str]]
) -> tuple[list[list[str]], Owners]:
    """Word's rows on the grid (None: a column the cell before spans across) and each cell's
    vertical merge ("restart", "continue" or ""): a continuing cell takes the text of the
    cell that starts the merge above it."""
    above: dict[int, tuple[str, int]] = {}  # column: (text of the merge started, its row)
    out: list[list[str]] = []
    owners: Owners = []
    for index, (cells, states) in enumerate(zip(rows, merges, strict=True)):
        texts: list[str] = []
        owner: dict[int, int] = {}
        for column, (text, state) in enumerate(zip(cells, states, strict=True)):
            if state == "continue" and column in above:
                start_text, start = above[column]
                texts.append(start_text if text is not None else "")
                owner[column] = start
                continue
            if state == "restart":
                above[column] = (text or "", index)
            else:
                above.pop(column, None)
            texts.append(text or "")
        out.append(texts)
        owners.append(owner)
    return out, owners


def spans_of(cells: list[str | None]) -> tuple[int, ...] | None:
    """A row on the grid (None: a column the cell before spans) as spans (model.Paragraph):
    None when no cell spans columns."""
    if None not in cells[1:]:
        return None
    spans: list[int] = []
    for cell in cells:
        if cell is None and spans:
            spans.append(0)
            start = max(i for i, s in enumerate(spans) if s)
            spans[start] += 1
        else:
            spans.append(1)
    return tuple(spans)
