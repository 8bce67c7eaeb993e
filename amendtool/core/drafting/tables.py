"""Items about tables: a change to a table restates it whole (but for prose in the cells of a
text table, cells.py, and rows added or taken out, rows.py); a table added or taken out
likewise."""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.row_edges import rows_beside_their_table
from amendtool.core.drafting.rows import RowItems
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import CELL_BREAK
from amendtool.core.row_names import row_names


class TableItems(RowItems):
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
        return run, start + len(run)

    def _new_note(self, new: TextSection, op: Op) -> bool:
        """Whether `op` puts in a footnote or endnote of the revision."""
        return op.new is not None and f"rev:{new.id}:{op.new}" in self.notes_by_key

    def _table(
        self, old: TextSection, new: TextSection, run: list[Op], origin_of_new: dict[int, str]
    ) -> None:
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
