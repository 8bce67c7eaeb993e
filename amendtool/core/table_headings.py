"""A table's row of column headings ("", "HIGH", "LOW"): words or years over the columns,
told apart from a term sheet's first row, a term with its day and a party with its name, so
that a row restated alone is quoted under the headings that say what its figures are."""

from __future__ import annotations

import re

from amendtool.core.model import row_cells
from amendtool.core.pattern_store import compiled

# a figure a row of column headings never holds: an amount, a percentage, a decimal
_AMOUNT = compiled(r"[$€£%]|\d\.\d")
# a column's name is never a sentence: words ending in a full stop
_SENTENCE = compiled(r"^\S+(?:\s+\S+){2,}[.!?]$")


_DATE_ALONE = compiled(  # a day as a term sheet prints it, and nothing else
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
    r"\s+\d{1,2},?\s+\d{4}\.?",
    re.IGNORECASE,
)


_ENTITY_NAME = compiled(  # a company's name as a value, never a column's name
    r"\b(?:Inc|Corp|Co|Ltd|L\.P|LLC|N\.A|plc)\.?$|\b(?:Corporation|Company|Trust|Bank|"
    r"Partners|Holdings|Incorporated|Limited)$"
)


def is_heading_row(row: str) -> bool:
    """A row of column headings: words or years over the columns ("", "HIGH", "LOW"; "",
    "2023", "2022"), no amount among them."""
    cells = row_cells(row)
    heads = [c.strip() for c in cells[1:] if c.strip()]
    if any(_SENTENCE.search(c.strip()) for c in cells):
        return False  # a term sheet's first row ("Securities Sought" | "Up to … Shares.")
    if cells[0].strip() and heads and all(_DATE_ALONE.fullmatch(c) for c in heads):
        return False  # a term with its day ("Record date" | "February 1, 2023")
    if cells[0].strip() and any(_ENTITY_NAME.search(c) for c in heads):
        return False  # a party with its name ("Offeror" | "Hollis Bay Marine Corporation")
    figures = [without_unit(c) for c in cells]
    return len(cells) > 1 and bool(heads) and not any(_AMOUNT.search(c) for c in figures)


# the unit a price of notes is headed in ("Purchase Price per $1,000 Principal Amount"): the
# amount names the unit, it is no figure of the row
_PER_UNIT = compiled(
    r"\b(?:per|for\s+each)\s+(?:U\.S\.\s*)?\$\s?1,000\s+(?:in\s+)?(?:aggregate\s+)?"
    r"(?:original\s+)?principal\s+amount\b(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*)?",
    re.IGNORECASE,
)


def without_unit(heading: str) -> str:
    """A heading without the unit notes are priced in ("per $1,000 Principal Amount"): what
    is left is read for figures, which no row of headings holds."""
    return _PER_UNIT.sub("", heading)


# a word a column's name writes with a capital ("Term", "Cash Payment per RSU"); the words
# between ("of", "per", "each") are fewer than the capitalised ones
_SMALL_WORD = compiled(r"[a-z][a-z'’-]{3,}")
_LABEL_WORDS = 10  # a column's name is a label of a few words, never a clause
# a cell that is a figure and nothing else ("$31.50", "12.5%", "(1,200)"), as a column of
# prices or counts prints it
_FIGURE = compiled(r"[\s($€£]*\d[\d,.]*\s*%?\)?\s*(?:\(\d{1,2}\)|[*†‡]+)?\s*")


def _reads_as_labels(cells: list[str]) -> bool:
    """Every cell a short label in capitals or title case ("Term" | "Description"), never
    a term sheet's caption and its text ("Eligible participants" | "Current employees …")."""
    for cell in (" ".join(c.strip("()").split()) for c in cells if c.strip()):
        words = [w.strip("()") for w in cell.split()]
        small = sum(1 for w in words if _SMALL_WORD.fullmatch(w))
        if len(words) > _LABEL_WORDS or "," in cell or small >= len(words) - small:
            return False
    return True


def _over_figures(top: list[str], body: list[str]) -> bool:
    """Words over columns in which every row below prints a figure ("Quarter" | "High" |
    "Low" over "First Quarter" | "$31.50" | "$18.25"): the body reads unlike its top row.
    A row blank under those columns ("2025" over its quarters) captions a group of rows,
    and is read as none of them."""
    columns = [n for n in range(1, len(top)) if top[n].strip()]
    filled = [
        cells
        for cells in (row_cells(r) for r in body if r.strip())
        if any(n < len(cells) and cells[n].strip() for n in columns)
    ]
    if not filled or not columns:
        return False
    return all(
        any(n < len(cells) and _FIGURE.fullmatch(cells[n]) for n in columns) for cells in filled
    )


def reads_as_heading(rows: list[str]) -> bool:
    """Whether a table's first row (`rows` are the table's rows, top first) is a row of
    column headings: a row of words over the columns with no caption of its own ("",
    "HIGH", "LOW"); or, captioned like the rows below, one that reads unlike them, short
    labels or words over their figures. A caption | text table (a term sheet's "Eligible
    participants" | "Current employees …") has no heading row: its first row is a term."""
    if not rows or not is_heading_row(rows[0]):
        return False
    top = row_cells(rows[0])
    if not top[0].strip():
        return True
    return _reads_as_labels(top) or _over_figures(top, rows[1:])


def heading_rows(rows: list[str]) -> int:
    """How many rows at the top of a table are its column headings: the first, when it is
    one, and each row under it that names the columns a heading above spans ("Cash Payment"
    set over "Employees" and "Officers"), its first cell empty, carried down, or naming the
    first column the row above left blank ("Quarter" under ""). `rows` runs
    to the table's end (or at least past its headings) so the first row can be read against
    the rows below it."""
    if not reads_as_heading(rows):
        return 0
    top = row_cells(rows[0])
    count = 1
    for index, row in enumerate(rows[1:], start=2):
        cells = row_cells(row)
        under_span = any(
            n < len(top) and not top[n].strip() and cells[n].strip() for n in range(1, len(cells))
        )
        first = cells[0].strip()
        # the first column named under a top row that left it blank ("Quarter" | "High" |
        # "Low" under "" | "Sales price"), over rows of figures
        names_first = not top[0].strip() and _over_figures(cells, rows[index:])
        carried = first in ("", top[0].strip()) or names_first
        if not (is_heading_row(row) and under_span and carried):
            break
        count += 1
    return count


def column_title(headings: list[str], column: int) -> tuple[str, str]:
    """The heading over `column` of a table whose headings are the rows `headings`: the
    top row's words (a heading spanning columns stands over each of them), and the words of
    the lowest row under it when they differ ("Cash Payment per RSU", "Employees")."""
    if not headings:
        return "", ""
    top = row_cells(headings[0])
    title = top[column].strip() if column < len(top) else ""
    if len(headings) > 1:  # under a heading spanning columns: the cells it spans are empty
        for n in range(min(column, len(top) - 1), 0, -1):  # never the rows' own names
            if top[n].strip():
                title = top[n].strip()
                break
    low = row_cells(headings[-1])
    sub = low[column].strip() if len(headings) > 1 and column < len(low) else ""
    return title, sub if sub != title else ""
