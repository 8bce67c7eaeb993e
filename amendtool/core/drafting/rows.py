"""Rows added to a table or taken out of it, each its own item as counsel write it: "The
following row has been inserted immediately after the row entitled "…"" (before the first
row, at the top of the table), "The row entitled "…" has been deleted". Only where every
other row of the table stays as it was, and every row can be named by its first cell; else
the table is restated (tables.py)."""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.cells import CellItems
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import row_caption, row_cells


class RowItems(CellItems):
    def _is_row(self, old: TextSection, new: TextSection, op: Op) -> bool:
        if op.kind == "move_in":
            return False
        if op.old is not None and old.origins[op.old] in self.row_keys:
            return True
        return op.new is not None and op.new in self.rev_rows.get(new.id, set())

    def _row_items(
        self, old: TextSection, new: TextSection, run: list[Op], origin_of_new: dict[int, str]
    ) -> bool:
        """One item for each row taken out and for each run of rows put in; False (nothing
        emitted) when the table is to be restated whole."""
        if not self._rows_only(old, new, run):
            return False
        section = self.working.section(old.id)
        previous: str | None = None  # the row new rows follow, as the table now stands
        index = 0
        while index < len(run):
            op = run[index]
            if op.kind == "keep":
                assert op.old is not None and op.new is not None
                previous = old.origins[op.old] or ""
                origin_of_new[op.new] = previous
            elif op.kind == "delete":
                assert op.old is not None
                self._delete_row(section, old.origins[op.old] or "")
            else:
                added = [op]
                while index + 1 < len(run) and run[index + 1].kind == "insert":
                    index += 1
                    added.append(run[index])
                named = previous
                if named is None:  # the top of the table: before the first row kept
                    following = next(o for o in run[index + 1 :] if o.kind == "keep")
                    assert following.old is not None
                    named = old.origins[following.old] or ""
                keys = self._insert_rows(section, new, added, named, before=previous is None)
                for o, key in zip(added, keys, strict=True):
                    assert o.new is not None
                    origin_of_new[o.new] = key
                previous = keys[-1]
            index += 1
        return True

    def _rows_only(self, old: TextSection, new: TextSection, run: list[Op]) -> bool:
        """Rows kept, put in or taken out, and nothing else; every row named once."""
        kinds = {op.kind for op in run}
        if not kinds <= {"keep", "insert", "delete"} or "keep" not in kinds or len(kinds) < 2:
            return False
        if not all(self._is_row(old, new, op) for op in run):
            return False  # text put between two rows
        olds = [old.paragraphs[op.old] for op in run if op.old is not None]
        news = [new.paragraphs[op.new] for op in run if op.new is not None]
        width = {len(row_cells(row)) for row in olds + news}
        for rows in (olds, news):
            captions = [row_caption(row) for row in rows]
            if None in captions or len(set(captions)) != len(captions):
                return False
        return len(width) == 1

    def _delete_row(self, section: TextSection, key: str) -> None:
        at = section.origins.index(key)
        locator = self._paragraph_locator(section, at)
        locator.table, locator.table_count = self._cite_table(locator, section, at)
        locator.row_caption = row_caption(section.paragraphs[at])
        locator.printed = locator.printed_count = None
        self._emit(
            AmendmentItem(
                ItemKind.DELETE_ROW, locator, page=self._page(key), old_text=section.paragraphs[at]
            )
        )

    def _insert_rows(
        self, section: TextSection, new: TextSection, added: list[Op], named: str, before: bool
    ) -> list[str]:
        """The rows of `added` put in after the row `named` (before it, at the table's
        top); returns the keys they stand under."""
        at = section.origins.index(named)
        locator = self._paragraph_locator(section, at)
        locator.table, locator.table_count = self._cite_table(locator, section, at)
        locator.row_caption = row_caption(section.paragraphs[at])
        locator.row_before = before
        locator.printed = locator.printed_count = None
        rows = [new.paragraphs[o.new] for o in added if o.new is not None]
        keys = [f"rev:{new.id}:{o.new}" for o in added if o.new is not None]
        self._emit(
            AmendmentItem(
                ItemKind.INSERT_ROW,
                locator,
                page=self._page(named),
                new_text="\n".join(rows),
                new_paragraphs=rows,
            )
        )
        start = at if before else at + 1
        section.origins[start : start + len(keys)] = keys
        self.row_keys.update(keys)
        return keys
