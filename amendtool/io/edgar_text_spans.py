"""A cell merged across columns in an EDGAR text table, read from the layout as an HTML
colspan or a Word gridSpan is read (`Paragraph.spans`): a row's label whose words or leader
dots run on over the columns after it, empty in that row ("Total shares traded ......
1,200"), or a column name over a dashed rule drawn across two columns ("PER SHARE" over
"HIGH" and "LOW"). The text stands once, at its first column, and the row keeps how many
columns it spans, so the house-style copy merges the cell and the filing quotes the row as
the offer sets it, not as the value and blank padding cells."""

from __future__ import annotations

from amendtool.core.pattern_store import compiled
from amendtool.io.edgar_text_headers import column_of

_CHUNK = compiled(r"\S+(?: \S+)*")
_DOTS = compiled(r" ?\.{3,}")  # leader dots running on from a label
_DASHES = compiled(r"[-=_]{3,}")

Region = tuple[int, int]


def regions(starts: list[int], extents: list[Region | None], width: int) -> list[Region]:
    """Where each column prints: where its cells print, else from its mark to the next."""
    out = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else max(width, start + 1)
        out.append(extents[index] or (start, end))
    return out


def row_spans(
    line: str, cells: list[str], starts: list[int], columns: list[Region]
) -> tuple[int, ...] | None:
    """The spans of a row set on one line (`line` as printed, leader dots and all): a cell
    spans the empty columns after it that its words or dots reach into."""
    reaches: dict[int, int] = {}
    for number, m in enumerate(_CHUNK.finditer(line)):
        words = _DOTS.sub("", m.group(0)).strip()
        if not words:
            continue
        column = column_of(m.start(), m.start() + len(words), starts, first=number == 0)
        if cells[column]:
            reaches[column] = max(reaches.get(column, 0), m.end())
    return _spans(cells, columns, reaches)


def header_spans(
    lines: list[str], header: list[str], columns: list[Region]
) -> tuple[int, ...] | None:
    """The spans of the column names: a name over a dashed rule drawn under it across
    several columns spans those of them that hold no name of their own."""
    reaches: dict[int, int] = {}
    for number, line in enumerate(lines):
        rules = [
            (r.start(), r.end())
            for below in lines[number + 1 : number + 2]
            for r in _DASHES.finditer(below)
        ]
        for m in _CHUNK.finditer(line):
            if _DASHES.fullmatch(m.group(0)):
                continue
            under = [r for r in rules if r[0] <= m.end() and r[1] >= m.start()]
            if len(under) != 1 or under[0][1] - under[0][0] <= m.end() - m.start():
                continue  # a rule only under its own words is no span
            column = _holding(header, m.group(0))
            if column is not None:
                reaches[column] = max(reaches.get(column, 0), under[0][1])
    return _spans(header, columns, reaches)


def _holding(cells: list[str], words: str) -> int | None:
    """The column whose text holds `words` (a cell's text may join several lines)."""
    return next((i for i, cell in enumerate(cells) if words in cell), None)


def _spans(
    cells: list[str], columns: list[Region], reaches: dict[int, int]
) -> tuple[int, ...] | None:
    spans = [1] * len(cells)
    for column, reach in sorted(reaches.items()):
        if spans[column] == 0:
            continue
        end = column + 1
        while end < len(cells) and not cells[end] and columns[end][0] < reach:
            end += 1
        if end - column > 1:
            spans[column] = end - column
            for covered in range(column + 1, end):
                spans[covered] = 0
    return tuple(spans) if any(s != 1 for s in spans) else None


def continued_spans(spans: tuple[int, ...] | None, cells: list[str]) -> tuple[int, ...] | None:
    """A row's spans once a wrapped line is added: none if it put words in a spanned column."""
    if spans is None or any(s == 0 and cells[i] for i, s in enumerate(spans)):
        return None
    return spans
