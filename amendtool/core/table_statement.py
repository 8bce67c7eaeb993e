"""Item 4's statement of a table of the terms an item restates, where no other sentence of
Item 4 states what the item changed: the maximum number of New RSUs for each exercise price
range, a band put in or taken out.

Such an item (classed a change in the consideration) was left to the closing "also amended
as set forth in this Amendment": its figures are no price or ratio Item 4 names, nor a
count of what holders tender. Item 4 now states its rows, each by its caption and each
figure under its column's heading as the offer prints them, each row read beside the row it
still is (a band put in at the top changes no band below it); a table with many changes is
said in one clause that names the columns. The words are `[schedule_to]` `table_*`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from amendtool.core.items import TABLE_KINDS, AmendmentItem, ItemKind, Materiality
from amendtool.core.materiality_tables import changed_rows, heading_lines
from amendtool.core.model import row_cells
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_numbers import decimal_of
from amendtool.core.table_headings import column_title, heading_rows
from amendtool.core.templates import fill
from amendtool.core.typography import fold_typography

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment

MOST_SAID = 3  # more changes of one table than this are said in one clause
_CITED_ROWS = (ItemKind.REPLACE_ROW, ItemKind.INSERT_ROW, ItemKind.DELETE_ROW)


def table_clauses(
    amendment: Amendment, said: set[int], figures: set[tuple[str, str]] | None = None
) -> list[tuple[int, int, str]]:
    """(item index, 0, what the amendment did to the item's table) for each item of the
    class "consideration" that changes a table's rows and that no index in `said` (the
    items Item 4's other sentences state) covers. A cell whose figure `figures` holds (old,
    new: said already, "2,000,000" to "3,000,000") is not said again."""
    w = amendment.wording.schedule_to
    if "table_cell" not in w:
        return []
    out = []
    for index, item in enumerate(amendment.change_items):
        if index in said or item.materiality is not Materiality.CONSIDERATION:
            continue
        if item.kind in TABLE_KINDS and (what := _table_said(item, w, figures or set())):
            out.append((index, 0, what))
    return out


def _table_said(item: AmendmentItem, w: dict[str, Any], figures: set[tuple[str, str]]) -> str:
    """The clauses on the item's changed rows, joined ("add …, decrease … and decrease
    …"); "" for a table with no row changed under headings."""
    lines = _headings(item)
    said_figures = {_figure_of(a, b) for a, b in figures} - {None}
    titles = [" ".join(filter(None, column_title(lines, n))) for n in range(_width(item))]
    each = _ordinary(titles[0]) if titles and titles[0] else str(w["table_row"])
    rows: list[str] = []  # clauses on rows put in, taken out or renamed
    cells: list[str] = []  # clauses on the figures of the rows kept
    columns: list[str] = []  # the headings of the columns changed, in order
    for caption, old, new in changed_rows(item):
        if old in lines or new in lines:
            continue  # the headings themselves: the rows are said by them
        if not old or not new:
            key = "table_row_added" if new else "table_row_removed"
            said = _cells(new, titles) if new else ""
            rows.append(fill(str(w[key]), rows=each, row=caption, cells=said))
            continue
        before, after = row_cells(old), row_cells(new)
        if before[0].strip() != after[0].strip():
            was, now = before[0].strip(), after[0].strip()
            rows.append(fill(str(w["table_row_renamed"]), old=was, new=now))
        for n, (a, b) in enumerate(zip(before[1:], after[1:], strict=False), 1):
            if fold_typography(a) == fold_typography(b) or _figure_of(a, b) in said_figures:
                continue
            column = titles[n] if n < len(titles) and titles[n] else str(w["table_figure"])
            columns.append(column)
            values = {"verb": _verb(a, b), "column": column, "row": caption}
            cells.append(fill(str(w["table_cell"]), **values, old=_quoted(a), new=_quoted(b)))
    if len(rows) > MOST_SAID:
        rows = [str(w["table_rows"])]
    if len(cells) > MOST_SAID or len(rows) + len(cells) > MOST_SAID:
        named = " and ".join(f"“{c}”" for c in dict.fromkeys(columns))
        cells = [fill(str(w["table_changes"]), columns=named, rows=each)] if cells else []
    clauses = rows + cells
    if len(clauses) < 2:
        return "".join(clauses)
    return f"{', '.join(clauses[:-1])} and {clauses[-1]}"


def _headings(item: AmendmentItem) -> list[str]:
    """The rows of column headings over the item's rows (none for a table without any)."""
    if item.kind in _CITED_ROWS:
        return [r for r in (item.locator.row_headings or "").split("\n") if r.strip()]
    rows = [r for r in item.old_text.split("\n") if r.strip()]
    return heading_lines(item) if heading_rows(rows) else []


def _width(item: AmendmentItem) -> int:
    rows = [r for r in f"{item.old_text}\n{item.new_text}".split("\n") if r.strip()]
    return max((len(row_cells(r)) for r in rows), default=0)


def _cells(row: str, titles: list[str]) -> str:
    """A row put in, its figures by their columns ("Maximum New RSUs: 300,000")."""
    cells = row_cells(row)[1:]
    named = [
        f"{titles[n] if n < len(titles) and titles[n] else ''}: {c.strip()}".lstrip(": ")
        for n, c in enumerate(cells, 1)
        if c.strip()
    ]
    return "; ".join(named)


def _verb(old: str, new: str) -> str:
    """ "increase" or "decrease" for a figure alone in its cell, else "change"."""
    a, b = decimal_of(old.strip()), decimal_of(new.strip())
    if a is None or b is None or a == b:
        return "change"
    return "increase" if b > a else "decrease"


_NUMBER = compiled(r"\d[\d,]*(?:\.\d+)?")


def _figure_of(old: str, new: str) -> tuple[str, str] | None:
    """The one figure a cell changed ("2,000,000", "3,000,000" of "Up to 2,000,000 Depositary
    Shares."), else None."""
    a, b = _NUMBER.findall(old), _NUMBER.findall(new)
    changed = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    return changed[0] if len(a) == len(b) and len(changed) == 1 else None


def _quoted(cell: str) -> str:
    """A cell's words as they read inside Item 4's sentence: without the full stop that ends
    a term sheet's entry, and with a common word that opens it in small letters ("up to
    3,000,000 Depositary Shares" of "Up to 3,000,000 Depositary Shares.")."""
    said = " ".join(cell.split())
    if said.endswith(".") and not said.endswith(".."):
        said = said[:-1]
    return _ordinary(said)


def _ordinary(heading: str) -> str:
    """A column heading as a noun in a sentence: its first word in small letters unless it
    is a name or capitals ("Exercise price range" → "exercise price range")."""
    first = heading.split()[0] if heading.split() else ""
    if len(first) > 1 and first[1:].islower() and len(heading.split()) > 1:
        second = heading.split()[1]
        if second[:1].islower():
            return heading[:1].lower() + heading[1:]
    return heading
