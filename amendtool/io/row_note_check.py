"""Notes on table rows the items cannot cite faithfully, said by `check` naming the item: a
table restated in its entirety where a note on one of its rows splits it (the item quotes
only the rows on one side of the note: rows no name can cite one by one), and a note added
to a row no name cites (the item adds it to the table)."""

from __future__ import annotations

from amendtool.core.amendment import Amendment
from amendtool.core.apply import TextDocument
from amendtool.core.findings import WARNING, Finding
from amendtool.core.items import AmendmentItem, ItemKind, letter
from amendtool.core.model import NOTE_KINDS, Document, ParagraphKind

NOTE_ADDED = "note-added"  # review_check's code: a note counsel must set by hand
_TABLES = (ItemKind.REPLACE_TABLE, ItemKind.DELETE_TABLE, ItemKind.INSERT_TABLE)


def row_note_findings(amendment: Amendment) -> list[Finding]:
    """One warning for each item that cites a table split by a note on its rows, or adds a
    note to a row it cannot name."""
    split = _rows_beside_notes(amendment.original) | _rows_beside_notes(amendment.revised)
    out = []
    for index, item in enumerate(amendment.change_items):
        why = _why(item, split)
        if why:
            out.append(Finding(WARNING, NOTE_ADDED, f"item {letter(index)}: {why}", index))
    return out


def _why(item: AmendmentItem, split: set[tuple[str, str]]) -> str | None:
    loc = item.locator
    if item.kind in _TABLES:
        rows = (item.old_text + "\n" + item.new_text).split("\n")
        if any((loc.section_id, row) in split for row in rows if row):
            return (
                "a footnote or endnote on a row of this table is printed between its rows; "
                "the item restates only the rows on one side of it, yet says the table is "
                "restated in its entirety: word the item by hand, citing the rows it restates"
            )
    added = item.kind is ItemKind.INSERT_PARAGRAPH and loc.added_note
    if added and loc.after_table and loc.row_caption is None:
        return (
            f"the {loc.added_note} is added to a row of a table that no caption names once, "
            "and the item cites it as added to the table: word the item by hand, citing the "
            "row that prints its mark"
        )
    return None


def _rows_beside_notes(document: Document) -> set[tuple[str, str]]:
    """(section id, row text as compared) of each row next to a note that stands between
    two rows of a table."""
    text = TextDocument.from_document(document)
    out: set[tuple[str, str]] = set()
    for section, source in zip(text.sections, document.sections, strict=True):
        kinds = [p.kind for p in source.paragraphs]
        for at, kind in enumerate(kinds):
            if kind not in NOTE_KINDS:
                continue
            before = next((k for k in range(at - 1, -1, -1) if kinds[k] not in NOTE_KINDS), None)
            after = next((k for k in range(at + 1, len(kinds)) if kinds[k] not in NOTE_KINDS), None)
            ends = [k for k in (before, after) if k is not None]
            if len(ends) == 2 and all(kinds[k] is ParagraphKind.TABLE_ROW for k in ends):
                out.update((section.id, section.paragraphs[k]) for k in ends)
    return out
