"""Rows of a table that only moved: taken out by one item and put in, word for word, by
another (a holder moved to the top of the insiders' table, cited as a row put in before the
first row and a restatement of the rows around the old place). Read item by item, each half
looked like a row of its own: the notice told employees a director was added, and taken
out, for a revision that only moved her row; the proposals classed each half by the
figures it "added" or "took out".

A row moved is one whose words stand once in the original and once in the revised offer
(read from the two documents, as a moved section is) or, for the proposals, once among
the rows the items take out and once among those they put in. An item whose every change
is such a move is proposed clarifying, naming the other half."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from amendtool.core.built_once import built_value
from amendtool.core.item_kinds import letter
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.model import CELL_BREAK, Document, ParagraphKind, row_caption, row_cells
from amendtool.core.table_headings import is_heading_row
from amendtool.core.typography import fold_typography

# the items that cite rows (a table put in or taken out whole is a table, not rows moved)
_ROW_KINDS = frozenset(
    {ItemKind.INSERT_ROW, ItemKind.DELETE_ROW, ItemKind.REPLACE_ROW, ItemKind.REPLACE_TABLE}
)
MOVED_ROW = (
    "Moves table rows, word for word, and changes nothing else ({moves}); clarifying "
    "unless counsel decides otherwise"
)


def row_key(row: str) -> str:
    """A row's words, cell by cell, without regard to spacing, typography or capitals."""
    return CELL_BREAK.join(" ".join(fold_typography(c).split()) for c in row_cells(row)).casefold()


def _rows(text: str) -> list[str]:
    return [r for r in (text or "").split("\n") if CELL_BREAK in r and r.strip()]


def rows_out_and_in(item: AmendmentItem) -> tuple[list[str], list[str]]:
    """The rows (as printed) the item takes out and those it puts in; a row in both its
    texts stays (a heading row, a row it restates unchanged). ([], []) for an item that
    changes no table's rows."""
    if item.kind not in _ROW_KINDS:
        return [], []
    old, new = _rows(item.old_text), _rows(item.new_text)
    kept = Counter(row_key(r) for r in old) & Counter(row_key(r) for r in new)
    out: list[str] = []
    put: list[str] = []
    for rows, into in ((old, out), (new, put)):
        left = Counter(kept)
        for row in rows:
            if left[row_key(row)] > 0:
                left[row_key(row)] -= 1
            else:
                into.append(row)
    return out, put


def _count(moved: int) -> str:
    return "a row" if moved == 1 else f"{moved} rows"


def moved_row_reasons(items: list[AmendmentItem]) -> dict[int, tuple[Materiality, str]]:
    """By index in `items`: the items whose every row taken out is put in, word for word,
    by another item, and every row put in taken out by another (each row once among all
    the items'), and which change nothing else; with the other halves' letters."""
    lettered = [i for i in items if i.kind is not ItemKind.FILE_EXHIBIT]
    letters = {id(item): letter(n) for n, item in enumerate(lettered)}
    changed = {n: rows_out_and_in(item) for n, item in enumerate(items)}
    outs = Counter(row_key(r) for out, _ in changed.values() for r in out)
    ins = Counter(row_key(r) for _, put in changed.values() for r in put)
    taken = {row_key(r): n for n, (out, _) in changed.items() for r in out}
    put_by = {row_key(r): n for n, (_, put) in changed.items() for r in put}
    found: dict[int, tuple[Materiality, str]] = {}
    for n, (out, put) in changed.items():
        keys = [row_key(r) for r in out + put]
        if not keys or any(outs[k] != 1 or ins[k] != 1 for k in keys):
            continue
        to = [put_by[row_key(r)] for r in out]
        at = [taken[row_key(r)] for r in put]
        if n in to or n in at:
            continue
        to_l = [letters.get(id(items[o]), "?") for o in to]
        at_l = [letters.get(id(items[o]), "?") for o in at]
        moves = [f"{_count(to_l.count(x))} to item {x}" for x in dict.fromkeys(to_l)]
        moves += [f"{_count(at_l.count(x))} from item {x}" for x in dict.fromkeys(at_l)]
        found[n] = (Materiality.CLARIFYING, MOVED_ROW.format(moves=", ".join(moves)))
    return found


@dataclass(frozen=True)
class RowPlace:
    """Where a moved row now stands among its table's rows (headings aside)."""

    top: bool
    bottom: bool
    above: str  # the caption of the row now below it ("" at the bottom, or none)


def _table_rows(document: Document) -> dict[str, list[tuple[str, list[str]]]]:
    """By row key: each table row of the document with the rows of its table. A table is a
    run of rows with one id, or, where the reader gives none (Word), a run of rows no other
    paragraph parts: two tables of one section, each under its own lead-in, are two."""
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for section in document.sections:
        tables: dict[object, list[str]] = {}
        run: list[str] | None = None
        for p in section.paragraphs:
            if p.kind is ParagraphKind.TABLE_ROW and p.table is not None:
                tables.setdefault(p.table, []).append(p.text)
            elif p.kind is ParagraphKind.TABLE_ROW:
                if run is None:
                    run = tables.setdefault(("run", len(tables)), [])
                run.append(p.text)
            elif p.kind is not ParagraphKind.FOOTNOTE:
                run = None
        for rows in tables.values():
            for row in rows:
                out.setdefault(row_key(row), []).append((row, rows))
    return out


def _rows_of(document: Document) -> dict[str, list[tuple[str, list[str]]]]:
    return built_value(document, "moved_rows:table_rows", lambda: _table_rows(document))


def same_table(was: str, original: Document, now: str, revised: Document) -> bool:
    """Whether a row that stood as `was` in the original and stands as `now` in the revised
    offer stayed in its table: the two tables share another row (by its name), or neither
    has another."""
    before = _rows_of(original).get(row_key(was), [])
    after = _rows_of(revised).get(row_key(now), [])
    if len(before) != 1 or len(after) != 1:
        return True  # not found once: nothing to say otherwise

    def others(rows: list[str], row: str) -> set[str]:
        kept = [r for r in rows if row_key(r) != row_key(row) and not is_heading_row(r)]
        return {row_name(r).casefold() for r in kept}

    old, new = others(before[0][1], was), others(after[0][1], now)
    return bool(old & new) or not (old or new)


def moved_rows(
    item: AmendmentItem, original: Document | None, revised: Document | None
) -> tuple[list[str], list[str]]:
    """The rows the item takes out, and those it puts in, that stand word for word once in
    each document: moved, not taken out or added."""
    out, put = rows_out_and_in(item)
    if original is None or revised is None or not (out or put):
        return [], []
    before, after = _rows_of(original), _rows_of(revised)

    def moved(row: str) -> bool:
        key = row_key(row)
        return len(before.get(key, [])) == 1 and len(after.get(key, [])) == 1

    return [r for r in out if moved(r)], [r for r in put if moved(r)]


def place_in(row: str, revised: Document) -> RowPlace | None:
    """Where `row` stands in its table of the revised offer; None when it is not there once."""
    found = _rows_of(revised).get(row_key(row), [])
    if len(found) != 1:
        return None
    rows = list(found[0][1])
    while len(rows) > 1 and is_heading_row(rows[0]):
        rows = rows[1:]
    keys = [row_key(r) for r in rows]
    if row_key(row) not in keys:
        return None
    at = keys.index(row_key(row))
    below = (row_caption(rows[at + 1]) or "") if at + 1 < len(rows) else ""
    return RowPlace(at == 0, at == len(rows) - 1, below)


def row_name(row: str) -> str:
    """A row as the notice names it: its caption, else its first cell."""
    return row_caption(row) or " ".join(row_cells(row)[0].split())
