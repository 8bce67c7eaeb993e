"""Items about tables: a change to a table restates it whole (but for prose in the cells of a
text table, cells.py, and rows added or taken out, rows.py); a table added or taken out
likewise."""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.row_edges import rows_beside_their_table
from amendtool.core.drafting.row_notes import RowNotes
from amendtool.core.drafting.rows import RowItems
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import CELL_BREAK
from amendtool.core.row_names import row_names


class TableItems(RowNotes, RowItems):
    # --- tables -------------------------------------------------------------------------
    def _rows_beside_their_table(self, old: TextSection, new: TextSection, ops: list[Op]) -> None:
        """Deleted rows beside their table, new text beside them (`row_edges`)."""
        rows_beside_their_table(ops, lambda op: self._is_row(old, new, op))

    def _changed_table(
        self, old: TextSection, new: TextSection, ops: list[Op], start: int
    ) -> tuple[list[Op], int]:
        """The run of table-row operations starting here when anything in it changed, and
        the index up to which no changed table can start."""
        run: list[Op] = []
        position = start
        while position < len(ops):
            if self._is_row(old, new, ops[position]):
                run.append(ops[position])
                position += 1
                continue
            # a note whose mark is in a row (kept, changed, added or taken out) is printed
            # apart: the rows on either side of it are one table
            following = position
            while following < len(ops) and self._note_op(old, new, ops[following]):
                following += 1
            between = run and position < following < len(ops)
            if between and self._is_row(old, new, ops[following]):
                run += ops[position:following]
                position = following
                continue
            # text put between two rows of the table splits it: restate it with the text;
            # a note added to a row does not (it is added to the row, printed apart)
            following = position
            while following < len(ops) and ops[following].kind == "insert":
                if self._new_note(new, ops[following]):
                    break
                following += 1
            if not run or following == position or following == len(ops):
                break
            if not self._is_row(old, new, ops[following]):
                break
            run += ops[position:following]
            position = following
        if not run:
            return [], start + 1
        if all(op.kind == "keep" for op in run):
            return [], start + len(run)
        section = self.working.section(old.id)
        keys = [old.origins[op.old] for op in run if op.old is not None]
        place_of = {k: i for i, k in reversed(list(enumerate(section.origins)))}
        places = [place_of[k] for k in keys if k in place_of]
        together = places == list(range(places[0], places[0] + len(places))) if places else True
        if len(places) != len(keys) or not together:
            return [], start + 1  # rows no longer side by side: cite them one by one
        rows = [op for op in run if not self._note_op(old, new, op)]
        cited = len(rows) == len(run) or self._rows_cited_apart(old, new, rows)
        if not cited and not self._rows_named(old, new, rows):
            # restated whole, a table would quote its notes as rows: the rows up to the
            # first note are restated on their own (check says so: review_check)
            notes = (k for k, op in enumerate(run) if self._note_op(old, new, op))
            run = run[: next(notes)]
        return run, start + len(run)

    def _note_op(self, old: TextSection, new: TextSection, op: Op) -> bool:
        """Whether `op` keeps, changes, puts in or takes out a footnote or endnote."""
        if op.kind not in ("keep", "modify", "insert", "delete"):
            return False
        if op.old_span > 1 or op.new_span > 1:
            return False
        olds = op.old is None or old.origins[op.old] in self.notes_by_key
        news = op.new is None or f"rev:{new.id}:{op.new}" in self.notes_by_key
        return olds and news

    def _rows_cited_apart(self, old: TextSection, new: TextSection, rows: list[Op]) -> bool:
        """Whether the table's changed rows are cited cell by cell or row by row."""
        return self._cell_plan(old, new, rows) is not None or self._rows_only(old, new, rows)

    def _rows_named(self, old: TextSection, new: TextSection, rows: list[Op]) -> bool:
        """Rows kept or changed in place, one each, every row named once: each changed
        row can be cited by its name."""
        if any(op.kind not in ("keep", "modify") or op.old_span + op.new_span > 2 for op in rows):
            return False
        names = row_names([old.paragraphs[op.old] for op in rows if op.old is not None])
        named = [n for n in names if n is not None]
        return len(named) == len(names) == len(set(named))

    def _rows_restated(
        self, old: TextSection, new: TextSection, rows: list[Op], origin_of_new: dict[int, str]
    ) -> None:
        """Every row of a table holding notes changed in place: each run of changed rows
        restated by its first row (the table restated whole would quote its notes as
        rows)."""
        section = self.working.section(old.id)
        index = 0
        while index < len(rows):
            op = rows[index]
            assert op.old is not None and op.new is not None
            if op.kind == "keep":
                origin_of_new[op.new] = old.origins[op.old] or ""
                index += 1
                continue
            changed = [op]
            while index + 1 < len(rows) and rows[index + 1].kind == "modify":
                index += 1
                changed.append(rows[index])
                if rows[index].old != (changed[-2].old or 0) + 1:
                    changed.pop()  # a note between them: the next run
                    index -= 1
                    break
            keys = self._replace_rows(section, new, changed, old)
            for o, key in zip(changed, keys, strict=True):
                assert o.new is not None
                origin_of_new[o.new] = key
            index += 1

    def _table(
        self, old: TextSection, new: TextSection, run: list[Op], origin_of_new: dict[int, str]
    ) -> None:
        notes = [op for op in run if self._note_op(old, new, op)]
        if notes:  # the rows cited apart (_changed_table), then their notes
            row_ops = [op for op in run if not self._note_op(old, new, op)]
            if self._cell_items(old, new, row_ops, origin_of_new):
                pass
            elif not self._row_items(old, new, row_ops, origin_of_new):
                self._rows_restated(old, new, row_ops, origin_of_new)
            self._row_notes(old, new, notes, origin_of_new)
            return
        if self._cell_items(old, new, run, origin_of_new):
            return
        if self._row_items(old, new, run, origin_of_new):
            return
        section = self.working.section(old.id)
        keys = [old.origins[op.old] or "" for op in run if op.old is not None]
        new_indices = [op.new for op in run if op.new is not None]
        rows = [new.paragraphs[j] for j in new_indices]
        new_keys = [f"rev:{new.id}:{j}" for j in new_indices]
        if keys:
            start = section.origins.index(keys[0])
            locator = self._paragraph_locator(section, start)
            locator.table, locator.table_count = self._cite_table(locator, section, start)
            kind = ItemKind.REPLACE_TABLE if rows else ItemKind.DELETE_TABLE
            page, last_page = self._page(keys[0]), self._page(keys[-1])
        else:
            start = self._anchor(old.id, origin_of_new, new_indices[0])
            locator = self._anchor_locator(section, start)
            kind, page = ItemKind.INSERT_TABLE, self._anchor_page(section, start)
            last_page = None
        self._emit(
            AmendmentItem(
                kind,
                locator,
                page=page,
                last_page=last_page if last_page != page else None,
                old_text="\n".join(section.paragraphs[start : start + len(keys)]),
                new_text="\n".join(rows),
                new_paragraphs=rows,
            )
        )
        section.origins[start : start + len(rows)] = new_keys
        self.row_keys.update(new_keys)
        for j, key in zip(new_indices, new_keys, strict=True):
            origin_of_new[j] = key

    def _row_alone(
        self, old: TextSection, new: TextSection, op: Op, origin_of_new: dict[int, str]
    ) -> bool:
        """A row changed in place while rows around it moved (so cited on its own, not with
        its table): its text cell's prose cited in its cell ("the paragraph in the row
        entitled …"), or the row restated by its name, as counsel cite a row; False for a
        row no name can cite, which is cited by its words."""
        if op.old is None or op.new is None or old.origins[op.old] not in self.row_keys:
            return False
        key = old.origins[op.old] or ""
        edit = self._prose_edit(old, new, op)
        if edit:
            self._cell_edits(old, edit)
            origin_of_new[op.new] = key
            return True
        section = self.working.section(old.id)
        at = section.origins.index(key)
        start = at
        while start > 0 and section.origins[start - 1] in self.row_keys:
            start -= 1
        end = at
        while end + 1 < len(section.origins) and section.origins[end + 1] in self.row_keys:
            end += 1
        names = row_names(section.paragraphs[start : end + 1])
        named = [n for n in names if n is not None]
        if names[at - start] is None or len(set(named)) != len(named):
            return False  # a row without a name, or two rows of one name
        if CELL_BREAK not in new.paragraphs[op.new]:
            return False
        origin_of_new[op.new] = self._replace_rows(section, new, [op], old)[0]
        return True
