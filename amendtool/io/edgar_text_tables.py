"""EDGAR text tables: <TABLE> … </TABLE>, columns marked by the <S> <C> line, by a dashed
rule under the column names, or by the blank channels between them; a caption over the
columns (or the names over the rule) is the header row."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from amendtool.core.pattern_store import compiled
from amendtool.io.edgar_text_headers import (
    column_of,
    extents,
    leading_names,
    names_line,
    placed_by_position,
    unruled_names,
)
from amendtool.io.edgar_text_spans import continued_spans, header_spans, regions, row_spans
from amendtool.io.pagination import folio_label

TABLE_START = compiled(r"^\s*<TABLE>\s*$", re.IGNORECASE)
TABLE_END = compiled(r"^\s*</TABLE>\s*$", re.IGNORECASE)
_CAPTION_TAG = compiled(r"^\s*</?CAPTION>\s*$", re.IGNORECASE)
_COLUMN_LINE = compiled(r"^\s*<S>", re.IGNORECASE)
_COLUMN_MARK = compiled(r"<[SC]>", re.IGNORECASE)
_RULE = compiled(r"^[\s\-=_]+$")
# "----------      -----------": a rule under each column's name, apart by spaces
_COLUMN_RULE = compiled(r"^\s*[-=]{3,}(?:\s+[-=]{3,})+\s*$")
# "Second Quarter..........   9.85", "Third Quarter ...     $4.12": dots that lead to a column
_LEADER = compiled(r"\.{4,}| \.{3}(?=  |\s*$)")
_CHUNK = compiled(r"\S+(?: \S+)*")  # words one space apart: a cell's text on one line
_DOLLAR_SPACE = compiled(r"\$\s+(?=[\d(.])")  # "$ 15.75" set with a space in the column
_ROW_GAP = compiled(r"\S {3,}\S")  # a line of a table: words apart by a column's gap
_NOTE_LINE = compiled(r"^\s*(?:\(\d{1,2}\)|\([a-z]\)|\*{1,3}|[†‡])\s+\S")


@dataclass
class TextTable:
    """Rows of cells, and any notes set inside the table under its rows (as lines)."""

    rows: list[list[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    header: list[str] | None = None  # the first row, when it names the columns
    spans: dict[int, tuple[int, ...]] = field(default_factory=dict)  # by row: merged cells


def parse_table(lines: list[str]) -> TextTable:
    """The rows of the lines between <TABLE> and </TABLE>."""
    caption: list[str] = []
    body: list[str] = []
    starts: list[int] | None = None
    in_caption = tagged = False
    ruled: list[tuple[int, int]] | None = None  # the dashed rule's runs, under the names
    led_lines: set[int] = set()  # body lines whose name column is leader dots alone
    raw: list[str] = []  # each body line as printed, its leader dots kept
    names: list[str] = []  # the caption's lines with the rules drawn under them
    for line in lines:
        if _COLUMN_RULE.match(line) and not ruled and not in_caption and _before_rows(body):
            ruled = [(m.start(), m.end()) for m in re.finditer(r"[-=]+", line)]
            caption, body, names, raw = caption + body, [], [*names, *raw, line], []
            if starts is None:
                starts = [0, *[start for start, _ in ruled[1:]]]
            continue
        if _CAPTION_TAG.match(line):
            in_caption, tagged = "/" not in line, True
            continue
        if _COLUMN_LINE.match(line):
            starts = [m.start() for m in _COLUMN_MARK.finditer(line)]
            starts[0] = 0
            in_caption = False
            continue
        if not line.strip() or _RULE.match(line):
            if line.strip() and names and not body:
                names.append(line)  # a rule under the names: one drawn across columns spans
            # a caption opened by its tag and never closed ends at the rule under it
            in_caption = in_caption and not (line.strip() and caption)
            continue
        led = bool(_LEADER.match(line.strip()))  # leader dots where the row's name goes
        printed, line = line, _LEADER.sub(lambda m: " " * len(m.group(0)), line)
        if in_caption and caption and not (_is_caption(line) or names_line(line)):
            in_caption = False  # a row (lower case, figures) ends a caption never closed
        if in_caption or (starts is None and not body and not tagged and _is_caption(line)):
            caption.append(line)
            names.append(line)
        else:
            body.append(line)
            raw.append(printed)
            if led:
                led_lines.add(len(body) - 1)
    if not ruled and not tagged and (starts is None or not caption):
        # names with no caption tag or rule under them: after the column marks, or with no
        # marks on their own lines over the rows (where the rows' cells print says the columns)
        lead = leading_names(body, starts) if starts is not None else unruled_names(body)
        caption, names = caption + body[:lead], [*names, *raw[:lead]]
        body, raw = body[lead:], raw[lead:]
        led_lines = {n - lead for n in led_lines if n >= lead}
        starts = _channels(body) if lead and starts is None else starts
    stub = 0  # rows' names left of every rule: a column the rule does not mark
    if ruled and starts == [0, *[start for start, _ in ruled[1:]]]:
        lefts = [m.start() for line in body if (m := _CHUNK.search(line))]
        if lefts and min(lefts) + 3 < ruled[0][0]:
            stub, starts = 1, [0, *[start for start, _ in ruled]]
    if starts is None:
        starts = _channels(caption + body)
    table = TextTable()
    spans = extents(body, starts)
    columns = regions(starts, spans, max((len(line) for line in body), default=0))
    if caption:
        header = [""] * len(starts)
        for line in caption:
            if ruled:
                placed = [(column + stub, text) for column, text in _under_rule(line, ruled)]
            elif any(spans[1:]):  # the rows show where each column prints
                placed = placed_by_position(line, starts, spans)
            else:
                placed = _cells(line, starts, caption=True)
            for column, text in placed:
                header[column] = f"{header[column]} {text}".strip()
        table.rows.append(header)
        table.header = header
        _keep_spans(table, 0, header_spans(names, header, columns))
    for number, line in enumerate(body):
        if table.rows and _NOTE_LINE.match(line) and len(table.rows) > bool(caption):
            table.notes.append(line.strip())
            continue
        if table.notes:
            table.notes[-1] += " " + line.strip()
            continue
        cells = [""] * len(starts)
        for column, text in _cells(line, starts, caption=False):
            cells[column] = f"{cells[column]} {text}".strip()
        previous = table.rows[-1] if len(table.rows) > bool(caption) else None
        led = number in led_lines and not cells[0] and all(cells[1:])
        if previous is not None and not led and _continues(previous, cells):
            for column, text in enumerate(cells):
                if text:
                    previous[column] = f"{previous[column]} {text}".strip()
            last = len(table.rows) - 1
            _keep_spans(table, last, continued_spans(table.spans.get(last), previous))
            continue
        table.rows.append(cells)
        _keep_spans(table, len(table.rows) - 1, row_spans(raw[number], cells, starts, columns))
    return table


def _keep_spans(table: TextTable, row: int, spans: tuple[int, ...] | None) -> None:
    if spans is None:
        table.spans.pop(row, None)
    else:
        table.spans[row] = spans


def _before_rows(body: list[str]) -> bool:
    """Only column names so far: no line yet that holds a figure in a later column."""
    return not any(re.search(r"\d", line[12:]) for line in body)


def _under_rule(line: str, runs: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """A column name goes to the rule it stands over most (the nearest, over none)."""
    out = []
    for m in _CHUNK.finditer(line):

        def distance(run: tuple[int, int], m: re.Match[str] = m) -> tuple[int, int]:
            overlap = min(m.end(), run[1]) - max(m.start(), run[0])
            return (-overlap, abs((m.start() + m.end()) - (run[0] + run[1])))

        column = min(range(len(runs)), key=lambda i: distance(runs[i]))
        out.append((column, m.group(0)))
    return out


def _is_caption(line: str) -> bool:
    """Without an <S> line, a capitalised first line over the columns is the caption."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and line.startswith(" ")


def _continues(previous: list[str], cells: list[str]) -> bool:
    """A line with nothing in the first column (or the first column's text going on in
    lower case) carries on the row above: a wrapped cell."""
    first = cells[0]
    if not any(cells[1:]) and not first:
        return False
    if not first:
        return any(previous[1:]) or not previous[0]
    return first[:1].islower() and bool(previous[0])


def _cells(line: str, starts: list[int], caption: bool) -> list[tuple[int, str]]:
    """(column, text) for each run of words on the line; a lone "$" joins the figure."""
    chunks = [(m.start(), m.end(), m.group(0)) for m in _CHUNK.finditer(line)]
    merged: list[tuple[int, int, str]] = []
    for start, end, text in chunks:
        if merged and merged[-1][2] in ("$", "(", "$(") and not caption:
            previous = merged.pop()
            merged.append((start, end, previous[2] + text))
            continue
        merged.append((start, end, text))
    if caption:
        return _caption_cells(merged, starts)
    out = []
    for number, (start, end, text) in enumerate(merged):
        text = _DOLLAR_SPACE.sub("$", text)
        out.append((column_of(start, end, starts, first=number == 0), text))
    return out


def _caption_cells(chunks: list[tuple[int, int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """A caption's words are set over their columns loosely (centred, or flush left where
    the figures are right-aligned): taken in order, the first column's over the first
    column when it starts the line, the others over the last columns."""
    if len(chunks) >= len(starts):
        ends = [min(len(starts) - 1, i) for i in range(len(chunks))]
        return [(column, text) for column, (_, _, text) in zip(ends, chunks, strict=True)]
    out: list[tuple[int, str]] = []
    rest = chunks
    if chunks and chunks[0][0] < (starts[1] if len(starts) > 1 else 1) // 2:
        out.append((0, chunks[0][2]))
        rest = chunks[1:]
    first = len(starts) - len(rest)
    out += [(first + k, text) for k, (_, _, text) in enumerate(rest)]
    return out


def _channels(lines: list[str]) -> list[int]:
    """Column starts where every line is blank for two or more characters before them; a
    line of fewer cells than the table's fullest rows (a label run on across columns it
    spans) draws no column."""
    width = max((len(line) for line in lines), default=0)
    used = [False] * width
    counts = [len(_CHUNK.findall(line)) for line in lines]
    fullest = max(counts, default=0)
    if counts.count(fullest) >= 2:
        lines = [line for line, count in zip(lines, counts, strict=True) if count == fullest]
    for line in lines:
        for m in _CHUNK.finditer(line):
            for k in range(m.start(), m.end()):
                used[k] = True
    starts = [0]
    gap = 0
    seen = False  # the indent every line shares is no column
    for position, filled in enumerate(used):
        if not filled:
            gap += 1
            continue
        if gap >= 2 and seen:
            starts.append(position)
        gap, seen = 0, True
    return starts


def table_closed(following: Iterable[str]) -> bool:
    """Whether a <TABLE> is closed: a </TABLE> comes before the next <TABLE> or the end."""
    for line in following:
        if TABLE_END.match(line):
            return True
        if TABLE_START.match(line):
            return False
    return False


_HEADING = compiled(r"^\s*(?:SECTION\s+)?(?:\d{1,3}|[IVXL]{1,7})\.\s*[A-Z][^a-z]*$")


def table_ends_at(lines: list[str], index: int, width: int) -> bool:
    """Whether a table never closed ends before lines[index]: at another <TABLE>, a
    numbered heading, or a block of prose (wrapped lines without columns, one of them
    long) starting after a blank line; its rows, row groups and notes stay in it."""
    line = lines[index]
    if TABLE_START.match(line):
        return True
    if not line.strip() or _ROW_GAP.search(line.strip()) or _LEADER.search(line):
        return False
    if _HEADING.match(line):
        return True
    if index > 0 and lines[index - 1].strip():
        return False
    block = []
    for following in lines[index:]:
        if not following.strip():
            break
        block.append(following)
    if any(_ROW_GAP.search(b.strip()) or _LEADER.search(b) for b in block):
        return False
    return any(len(b.rstrip()) >= width * 0.6 and any(c.islower() for c in b) for b in block)


def trailing_folio(lines: list[str]) -> list[str]:
    """The folio under a table that the page break cut, taken off the table's lines."""
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and folio_label(lines[-1]) is not None:
        return [lines.pop()]
    return []
