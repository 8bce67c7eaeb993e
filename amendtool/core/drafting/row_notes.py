"""The footnotes and endnotes on a table's rows, drafted once the rows are: a note whose mark
is in a row is printed apart from its table, and kept, changed, taken out or added as a note
on a paragraph is (added: cited on the row that prints its mark), never quoted as a row."""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.paragraphs import ParagraphItems


class RowNotes(ParagraphItems):
    def _row_notes(
        self, old: TextSection, new: TextSection, notes: list[Op], origin_of_new: dict[int, str]
    ) -> None:
        """The notes on a table's rows, once its rows are drafted: each kept, changed,
        deleted or added as a note on a paragraph is."""
        index = 0
        while index < len(notes):
            op = notes[index]
            key = old.origins[op.old] or "" if op.old is not None else ""
            if op.kind == "keep" and op.new is not None:
                origin_of_new[op.new] = key
            elif op.kind == "modify" and op.new is not None:
                origin_of_new[op.new] = key
                self._modify(old.id, key, new.paragraphs[op.new])
            elif op.kind == "delete":
                self._delete_paragraph(old.id, key)
            elif op.kind == "insert" and op.new is not None:
                run = [op.new]
                while index + 1 < len(notes) and notes[index + 1].kind == "insert":
                    index += 1
                    run.append(notes[index].new or 0)
                keys = [f"rev:{new.id}:{j}" for j in run]
                anchor = self._anchor(old.id, origin_of_new, run[0])
                for j, made in zip(run, keys, strict=True):
                    origin_of_new[j] = made
                self._insert(old.id, anchor, [new.paragraphs[j] for j in run], keys)
            index += 1

    def _new_note(self, new: TextSection, op: Op) -> bool:
        """Whether `op` puts in a footnote or endnote of the revision."""
        return op.new is not None and f"rev:{new.id}:{op.new}" in self.notes_by_key
