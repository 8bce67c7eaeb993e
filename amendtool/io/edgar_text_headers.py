"""The column names over an EDGAR text table, read into one header row.

Filers stack a column's name on two or three lines ("PRINCIPAL" / "AMOUNT" /
"OUTSTANDING") and set each line loosely over its column: centred, flush left over
right-aligned figures, or flush right. A name's words belong to the column they stand
over, which is where the column's own cells print; read by their order instead, the
words of a short upper line slide into the wrong columns ("PRINCIPAL FIXED") and the
restated row, the conformed copy and the notice name the wrong column."""

from __future__ import annotations

import re

_CHUNK = re.compile(r"\S+(?: \S+)*")  # words one space apart: one column's words on a line
# digits in a line of column names: a note mark "(1)" is allowed, a figure is a row
_NAME_DIGITS = re.compile(r"\(\d{1,2}\)|\d")


def names_line(line: str) -> bool:
    """A further line of column names: capitals, figures only in a note mark ("(1)")."""
    letters = [c for c in line if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return False
    return not any(m.group(0).isdigit() for m in _NAME_DIGITS.finditer(line))


def extents(lines: list[str], starts: list[int]) -> list[tuple[int, int] | None]:
    """Where each column's cells print: the span of the words the rows put in it (rows
    of two or more cells: a row group's caption may run across the columns)."""
    spans: list[tuple[int, int] | None] = [None] * len(starts)
    for line in lines:
        chunks = list(_CHUNK.finditer(line))
        if len(chunks) < 2:
            continue
        for m in chunks:
            # a figure may stand a little left of its <C>: right-aligned in a narrower column
            column = max((i for i, s in enumerate(starts) if s <= m.start() + 3), default=0)
            held = spans[column]
            low, high = (m.start(), m.end()) if held is None else held
            spans[column] = (min(low, m.start()), max(high, m.end()))
    return spans


def placed_by_position(
    line: str, starts: list[int], spans: list[tuple[int, int] | None]
) -> list[tuple[int, str]]:
    """(column, words) for each run of words on a line of column names: the column whose
    cells it stands over most, or the nearest, when it stands over none."""
    bounds = []
    for index, start in enumerate(starts):
        span = spans[index]
        end = starts[index + 1] if index + 1 < len(starts) else start + 12
        bounds.append(span if span is not None else (start, end))
    out = []
    for m in _CHUNK.finditer(line):

        def distance(index: int, m: re.Match[str] = m) -> tuple[int, int]:
            low, high = bounds[index]
            overlap = min(m.end(), high) - max(m.start(), low)
            gap = max(low - m.end(), m.start() - high, 0)
            return (-overlap if overlap > 0 else 0, gap)

        out.append((min(range(len(bounds)), key=distance), m.group(0)))
    return out
