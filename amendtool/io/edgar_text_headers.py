"""The column names over an EDGAR text table, read into one header row.

Filers stack a column's name on two or three lines ("PRINCIPAL" / "AMOUNT" /
"OUTSTANDING") and set each line loosely over its column: centred, flush left over
right-aligned figures, or flush right. A name's words belong to the column they stand
over, which is where the column's own cells print; read by their order instead, the
words of a short upper line slide into the wrong columns ("PRINCIPAL FIXED") and the
restated row, the conformed copy and the notice name the wrong column."""

from __future__ import annotations

import re

from amendtool.core.pattern_store import compiled

_CHUNK = compiled(r"\S+(?: \S+)*")  # words one space apart: one column's words on a line
# digits in a line of column names: a note mark "(1)" is allowed, a figure is a row
_NAME_DIGITS = compiled(r"\(\d{1,2}\)|\d")


def names_line(line: str) -> bool:
    """A further line of column names: capitals, or words each with a capital but for the
    small words of a name ("Amount of Notes"); figures only in a note mark ("(1)")."""
    words = re.findall(r"[A-Za-z][A-Za-z.'’&-]*", line)
    if not words or any(m.group(0).isdigit() for m in _NAME_DIGITS.finditer(line)):
        return False
    return all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


_SMALL_WORDS = frozenset("a an and as at by due for in of on or per the to under with".split())


def extents(lines: list[str], starts: list[int]) -> list[tuple[int, int] | None]:
    """Where each column's cells print: the span of the words the rows put in it (rows
    of two or more cells: a row group's caption may run across the columns)."""
    spans: list[tuple[int, int] | None] = [None] * len(starts)
    for line in lines:
        chunks = list(_CHUNK.finditer(line))
        if len(chunks) < 2:
            continue
        for number, m in enumerate(chunks):
            column = column_of(m.start(), m.end(), starts, first=number == 0)
            end = m.end()
            if column + 1 < len(starts):  # a label run on over the next column spans it
                end = max(m.start() + 1, min(end, starts[column + 1] - 1))
            held = spans[column]
            low, high = (m.start(), end) if held is None else held
            spans[column] = (min(low, m.start()), max(high, end))
    return spans


def column_of(start: int, end: int, starts: list[int], first: bool) -> int:
    """The column of a cell's words on a row's line: the last whose <C> mark stands at or
    before them (a figure may stand a little left of its mark, right-aligned in a narrower
    column); a later cell that runs across a mark set at its column's right (a CUSIP under
    "<C>" set over right-aligned figures) is in that mark's column. The row's name, first
    on the line, is never pushed right by running long."""
    reach = start + 3 if first else max(start + 3, end - 1)
    return max((i for i, s in enumerate(starts) if s <= reach), default=0)


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
