"""Moved paragraphs: one taken out in one place and put in unchanged in another is a move,
not a deletion and an insertion (a short one only next to where it was)."""

from __future__ import annotations

from amendtool.core.drafting.align import Op
from amendtool.core.drafting.note_places import NoteOf, new_note, old_note
from amendtool.core.drafting.options import DraftOptions
from amendtool.core.typography import fold_typography


def _inside_tables(paragraphs: list[str], ops: list[Op]) -> set[int]:
    """The insert ops (by id) of each run of inserted paragraphs that sits between two rows
    of a table: a run, not only one paragraph, splits the table (tables.py restates it)."""
    inside: set[int] = set()
    position = 0
    while position < len(ops):
        if ops[position].kind != "insert":
            position += 1
            continue
        end = position
        while end + 1 < len(ops) and ops[end + 1].kind == "insert":
            end += 1
        first, last = ops[position].new, ops[end].new
        if (
            first is not None
            and last is not None
            and 0 < first <= last < len(paragraphs) - 1
            and "\t" in paragraphs[first - 1]
            and "\t" in paragraphs[last + 1]
        ):
            inside.update(id(op) for op in ops[position : end + 1])
        position = end + 1
    return inside


def find_moves(  # type: ignore[no-untyped-def]
    plans, options: DraftOptions, note_of: NoteOf = lambda key: None
) -> None:
    """A paragraph deleted in one place and inserted unchanged elsewhere has been moved: a
    move_out where it was, a move_in where it lands; a short one only past a neighbour or two
    in its section (two swapped), as a short line repeated far away may be another line. A
    note's words put in the body (or body text made a note) are not moved: the kind of
    paragraph changed with its place (`note_of`, the note kind of a paragraph's key)."""
    deletes: dict[tuple[str, str | None], list[tuple[list[Op], int, str, int]]] = {}
    for old, _new, ops in plans:
        for position, op in enumerate(ops):
            # a table row (its cells apart by tabs) is never moved: its table is restated
            if op.kind == "delete" and "\t" not in old.paragraphs[op.old]:
                text = fold_typography(old.paragraphs[op.old])
                if any(c.isalnum() for c in text):
                    key = (text, old_note(old, note_of)(op.old))
                    deletes.setdefault(key, []).append((ops, position, old.id, op.old))
    if not deletes:
        return
    for old, new, ops in plans:
        inside = _inside_tables(new.paragraphs, ops)
        for at, op in enumerate(ops):
            if op.kind != "insert" or op.new is None:
                continue
            if id(op) in inside:
                continue  # text put inside a table: the table is restated with it
            text = fold_typography(new.paragraphs[op.new])
            key = (text, new_note(new, note_of)(op.new))
            candidates = deletes.get(key, [])
            if len(text) < options.move_min_chars:
                near = [
                    c for c in candidates if _near(old.paragraphs, c[0], ops, (c[1], at), options)
                ]
                candidates = near
            if candidates:
                deletes[key].remove(found := candidates[0])
                source_ops, position, section_id, index = found
                # the item is drafted where the paragraph was (items follow the original
                # they cite); where it lands only marks its place
                source_ops[position] = Op("move_out", index, target=(old.id, op.new))
                op.kind, op.source = "move_in", (section_id, index)


def _near(
    paragraphs: list[str],
    source: list[Op],
    ops: list[Op],
    ends: tuple[int, int],
    options: DraftOptions,
) -> bool:
    """The paragraph taken out at one op and put in at the other, of the same section,
    passed over at most `move_near` paragraphs that stayed, none a table's row (a line moved
    across a table goes with the table's restatement)."""
    if source is not ops:
        return False
    low, high = sorted(ends)
    passed = [op.old for op in ops[low + 1 : high] if op.old is not None and op.new is not None]
    return len(passed) <= options.move_near and not any("\t" in paragraphs[i] for i in passed)
