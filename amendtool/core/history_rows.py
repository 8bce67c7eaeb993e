"""The rows of a table an amendment restates, in the history: an amendment that restates a
table replaces its rows with new ones (new keys), but the filing marks the table cell by
cell, so the history pairs each row taken out with the row that is still that row (by its
words, else its name) and marks only the words that changed. A row is a paragraph whose
cells are separated by tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from amendtool.core.row_pairing import same_rows

if TYPE_CHECKING:
    from amendtool.core.history import Entry, Span

Marker = Callable[[list["Span"], str, int], list["Span"]]


def is_row(entry: Entry | None) -> bool:
    return entry is not None and not entry.heading and "\t" in _written(entry)


def _written(entry: Entry) -> str:
    return "".join(s.text for s in entry.spans)


def paired_rows(
    order: list[str], entries: dict[str, Entry], number: int, marked: Marker
) -> list[str]:
    """`order` with the rows of each passage Amendment No. `number` took out and put back
    rewritten (a run of entries it took out followed at once by a run it put in: a restated
    table, or a restated section holding one) paired, each with the row that is still that
    row (`same_rows`), where their cells agree in number. The row put in keeps its key
    (later amendments cite it) and carries the old row's words with the changes marked; the
    old row's key leaves the order. What is not paired keeps its place: taken out before
    put in, so that rejecting every change gives the text as it stood and accepting them
    the text as amended."""
    out: list[str] = []
    at = 0
    while at < len(order):
        gone = _run(order, at, entries, lambda e: e.deleted_by == number)
        added = _run(order, at + len(gone), entries, lambda e: e.inserted_by == number)
        if not gone or not added:
            out.append(order[at])
            at += 1
            continue
        out += _interleaved(gone, added, entries, number, marked)
        at += len(gone) + len(added)
    return [key for key in out if key in entries]


def _interleaved(
    gone: list[str], added: list[str], entries: dict[str, Entry], number: int, marked: Marker
) -> list[str]:
    """The passage's keys: each row still the same row (`same_rows`: its words, else its
    name, never merely its place after rows put in or taken out) where both texts have it,
    what was taken out before it and what was put in before it ahead of it."""
    old_rows = [k for k in gone if is_row(entries[k])]
    new_rows = [k for k in added if is_row(entries[k])]
    out: list[str] = []
    taken = put = 0  # how far into `gone` and `added` the passage is told
    olds = [
        "".join(s.text for s in _restored(entries[k], number) if not s.deleted) for k in old_rows
    ]
    for i, j in same_rows(olds, [entries[k].text for k in new_rows]):
        old_key, new_key = old_rows[i], new_rows[j]
        old, new = entries[old_key], entries[new_key]
        if _cells(_restored(old, number)) != new.text.count("\t"):
            continue  # a row of another shape: taken out and put in whole
        at_old, at_new = gone.index(old_key), added.index(new_key)
        out += gone[taken:at_old] + added[put:at_new]
        new.spans = _by_cell(_restored(old, number), new.text, number, marked)
        new.inserted_by = old.inserted_by  # a row an earlier amendment put in stays its
        del entries[old_key]
        out.append(new_key)
        taken, put = at_old + 1, at_new + 1
    return out + gone[taken:] + added[put:]


def _run(
    order: list[str], start: int, entries: dict[str, Entry], test: Callable[[Entry], bool]
) -> list[str]:
    keys = []
    for key in order[start:]:
        entry = entries.get(key)
        if entry is None or not test(entry):
            break
        keys.append(key)
    return keys


def _by_cell(spans: list[Span], new: str, number: int, marked: Marker) -> list[Span]:
    """The row's words marked cell by cell, as the filing marks a table: a change never
    runs from one cell into the next."""
    from amendtool.core.history import Span

    cells: list[list[Span]] = [[]]
    for span in spans:
        if span.deleted or "\t" not in span.text:
            cells[-1].append(span)
            continue
        first, *rest = span.text.split("\t")
        cells[-1].append(Span(first, span.amendment, span.deleted, span.added_by))
        for piece in rest:
            cells.append([Span(piece, span.amendment, span.deleted, span.added_by)])
    out: list[Span] = []
    for index, (cell, text) in enumerate(zip(cells, new.split("\t"), strict=True)):
        if index:
            out.append(Span("\t"))
        out += marked([s for s in cell if s.text], text, number)
    return out


def _restored(entry: Entry, number: int) -> list[Span]:
    """The row's spans as they stood before Amendment No. `number` took it out."""
    from amendtool.core.history import Span

    return [
        Span(s.text, s.added_by) if s.deleted and s.amendment == number else s for s in entry.spans
    ]


def _cells(spans: list[Span]) -> int:
    return "".join(s.text for s in spans if not s.deleted).count("\t")
