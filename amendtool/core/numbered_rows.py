"""A table whose first column numbers its rows ("No." over 1, 2, 3 …).

A row put in or taken out renumbers every row below it, so the number names no row and
pairs no row with the row it still is: read by their numbers, a holder put in at No. 4 was
told as "a row for "11"" added, and each holder below as changed into the one above. Such
a table's rows are named, paired and told by the columns after the number, as a reader
finds a holder; the restated table and the redline still print and mark the numbers."""

from __future__ import annotations

from amendtool.core.model import CELL_BREAK, numbered_as, row_cells

_FIRST_YEAR = 1900  # numbers counting up from a start past it are years, not row numbers


def numbers_rows(rows: list[str]) -> bool:
    """Whether the table's first column numbers its rows: under its heading rows (whose
    first cell is no number), every row opens with the next number and has words in the
    cell after it. The rows an item changes may start anywhere in the count; a column of
    years ("2021", "2022") is read as years, and a caption ("Tier 1") is words: each names
    its row."""
    numbers: list[int] = []
    for row in rows:
        if not row.strip():
            continue
        cells = row_cells(row)
        number = numbered_as(cells[0]) if len(cells) > 1 else None
        if number is None:
            if numbers:
                return False  # a row without its number among the numbered ones
            continue  # a row of column headings over them
        if not any(c.isalpha() for c in cells[1]):
            return False
        numbers.append(number)
    start = numbers[0] if numbers else 0
    counted = numbers == list(range(start, start + len(numbers)))
    return len(numbers) >= 2 and counted and (start == 1 or numbers[-1] < _FIRST_YEAR)


def without_numbers(rows: list[str]) -> list[str]:
    """The rows with their first column left out when it numbers them; else as they are."""
    if not numbers_rows(rows):
        return rows
    return [CELL_BREAK.join(row_cells(row)[1:]) if row.strip() else row for row in rows]


def only_renumbered(old: str, new: str) -> bool:
    """Rows restated where only their numbers changed (the rows below a row put in or taken
    out): the same rows, in the same order, each with another number."""
    before = [r for r in old.split("\n") if r.strip()]
    after = [r for r in new.split("\n") if r.strip()]
    if before == after or not (numbers_rows(before) and numbers_rows(after)):
        return False
    return without_numbers(before) == without_numbers(after)
