"""A footnote and a paragraph of the body are different things in a filing: a note that
became body text (or body text made a note) at the same place is never one paragraph
"amended and restated" (that would leave the new words a note, or the note's words in the
body). Counsel delete the one and add the other, and the redline shows the same."""

from __future__ import annotations

from collections.abc import Callable

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import Kind, Op

# the kind of note a paragraph is (by its key), or None for body text
NoteOf = Callable[[str], str | None]


def old_note(old: TextSection, note_of: NoteOf) -> Kind:
    """The note kind of the original section's paragraph at an index."""
    return lambda index: note_of(old.origins[index] or "")


def new_note(new: TextSection, note_of: NoteOf) -> Kind:
    """The note kind of the revised section's paragraph at an index."""
    return lambda index: note_of(f"rev:{new.id}:{index}")


def kinds(
    old: TextSection,
    new: TextSection,
    note_of: NoteOf,
    rows: tuple[set[str], set[int]] = (set(), set()),
) -> tuple[Kind, Kind]:
    """The kind of the original's and of the revision's paragraph at an index (None for
    body text, "row" for a table row: `rows` holds the original's row keys and the revised
    section's row indices): only paragraphs of one kind replace each other. A paragraph
    put in where a row was taken out is no restatement of the row, and would carry the
    table's restatement with it as text between rows."""
    of_old, of_new = old_note(old, note_of), new_note(new, note_of)
    old_rows, new_rows = rows
    return (
        lambda i: "row" if old.origins[i] in old_rows else of_old(i),
        lambda j: "row" if j in new_rows else of_new(j),
    )


def keep_notes_apart(ops: list[Op], old: TextSection, new: TextSection, note_of: NoteOf) -> None:
    """Each op that pairs original and revised paragraphs of different kinds (a note and
    body text, a footnote and an endnote), kept, edited, split or merged, becomes the
    deletion of the one and the insertion of the other; ops stay in document order."""
    of_old, of_new = old_note(old, note_of), new_note(new, note_of)
    index = 0
    while index < len(ops):
        op = ops[index]
        if op.kind not in ("keep", "modify") or op.old is None or op.new is None:
            index += 1
            continue
        kinds = {of_old(i) for i in range(op.old, op.old + op.old_span)}
        kinds |= {of_new(j) for j in range(op.new, op.new + op.new_span)}
        if len(kinds) == 1:
            index += 1
            continue
        apart = [Op("delete", i) for i in range(op.old, op.old + op.old_span)]
        apart += [Op("insert", None, j) for j in range(op.new, op.new + op.new_span)]
        ops[index : index + 1] = apart
        index += len(apart)
