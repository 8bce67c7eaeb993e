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


def leading_names(body: list[str], starts: list[int]) -> int:
    """How many of the first lines name the columns: lines of names only (capitalised
    words, no figure) over a row that prints a figure, naming a column past the first (a
    caption of a group of rows stands in the first alone); none when no such row follows
    (a table of names alone has no lines to tell its names from its rows by)."""
    lead = 0
    while lead < min(len(body), 4) and names_line(body[lead]):
        lead += 1
    if lead == 0 or lead >= len(body) or not re.search(r"\d", body[lead]) or len(starts) < 2:
        return 0
    past_first = any(
        m.start() >= starts[1] - 3 for line in body[:lead] for m in _CHUNK.finditer(line)
    )
    return lead if past_first else 0


_CELL = compiled(r"\S+(?: \S+)*")  # a cell's words: apart from the next cell by two spaces
# what a row of figures holds: an amount, a percentage, a number with a comma or a point
_FIGURE_CELL = compiled(r"[$%]|\d,\d|\d\.\d")
_SENTENCE_END = (".", ":", ";", ",")


def stands_over(line: str, rows: list[str]) -> bool:
    """Column names over `rows` with no rule or <S>/<C> marks under them: words, no figure,
    one of them over a column past the first, and each where a row's cell starts or ends
    (set flush left or flush right over it), or the line a names line ("Eligible Options
    Held"). A first row of figures never is: it holds the figures the names are over."""
    cells = _over_the_rows(line, rows)
    if cells is None:
        return False
    edges = _cell_edges(rows)
    aligned = all(m.start() in edges[0] or m.end() in edges[1] for m in cells)
    return aligned or names_line(line)


def may_stand_over(line: str, rows: list[str]) -> bool:
    """Words apart by a column's gap over `rows`, no figure among them, that neither stand
    where the rows' cells do nor read as names: the reader cannot tell them from text."""
    cells = _over_the_rows(line, rows)
    return cells is not None and len(cells) >= 2 and not stands_over(line, rows)


def _over_the_rows(line: str, rows: list[str]) -> list[re.Match[str]] | None:
    """The cells of a line that may name the columns of `rows`; None when it cannot: no
    words, a figure, a sentence's end, or nothing past the rows' first column."""
    text = line.strip()
    if not text or text.endswith(_SENTENCE_END) or not re.search(r"[A-Za-z]", text):
        return None
    cells = [m for m in _CELL.finditer(line.rstrip())]
    if any(m.group(0).isdigit() for m in _NAME_DIGITS.finditer(line)):
        return None  # a figure or a date: a row's (a note mark "(1)" is a name's)
    seconds = [c[1].start() for row in rows if len(c := list(_CELL.finditer(row))) >= 2]
    if not seconds or not any(m.end() > min(seconds) for m in cells):
        return None
    return cells


def _cell_edges(rows: list[str]) -> tuple[set[int], set[int]]:
    """Where the rows' cells start and end, a character either way (a name set a space off)."""
    starts: set[int] = set()
    ends: set[int] = set()
    for row in rows:
        for m in _CELL.finditer(row.rstrip()):
            starts.update((m.start() - 1, m.start(), m.start() + 1))
            ends.update((m.end() - 1, m.end(), m.end() + 1))
    return starts, ends


def unruled_names(lines: list[str]) -> int:
    """How many of a table's first lines (three at most) name its columns with no rule or
    <S>/<C> marks under them: lines standing over the rows (`stands_over`), the first row
    under them holding an amount, a percentage or a number with a comma (a table of words
    and dates, "Offeror ... Hollis Bay Marine Corporation", has nothing to tell its names
    from its rows by)."""
    lead = 0
    while lead < min(3, len(lines) - 1) and stands_over(lines[lead], lines[lead + 1 :]):
        lead += 1
    if lead and not _FIGURE_CELL.search(lines[lead]):
        return 0
    return lead


def unsure_names_notices(text: str, unsure: list[str]) -> list[str]:
    """A notice for each line over a table the reader could not tell from text (kept as
    text, not the table's header), naming the line by its number in the file and its words."""
    numbered = text.expandtabs(8).split("\n")
    out = []
    taken: set[int] = set()
    for line in unsure:
        wanted = line.rstrip()
        number = next(
            (n for n, x in enumerate(numbered, 1) if x.rstrip() == wanted and n not in taken), 0
        )
        taken.add(number)
        where = f"line {number}" if number else "a line"
        out.append(
            f'{where} ("{" ".join(line.split())}") stands over a table\'s columns but neither '
            "lines up with them nor reads as column names; it was read as text, not as the "
            "table's header: check the table's column names"
        )
    return out
