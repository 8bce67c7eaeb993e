"""Rows added to a table, taken out of it or changed in place, each its own item as counsel
write it: "The following row has been inserted immediately after the row entitled "…""
(before the first row, at the top of the table), "The row entitled "…" has been deleted",
"The row entitled "…" under "Fiscal Year 2002" … has been amended and restated". Only where
most rows of the table stay as they were, and every row can be named by its first cell (and
the row group it is printed under); else the table is restated (tables.py). The same for a
table of any source: Word, HTML, or EDGAR text with or without <TABLE> tags."""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.cells import CellItems
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.model import row_caption, row_cells
from amendtool.core.row_names import row_names
from amendtool.core.table_headings import heading_rows


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
        """One item for each row taken out, each run of rows put in and each run of rows
        changed; False (nothing emitted) when the table is to be restated whole."""
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
            elif op.kind == "modify" and (edit := self._prose_edit(old, new, op)):
                assert op.old is not None and op.new is not None
                self._cell_edits(old, edit)  # a sentence of the row's text: cited in its cell
                previous = origin_of_new[op.new] = old.origins[op.old] or ""
            elif op.kind == "modify":
                changed = [op]
                while (
                    index + 1 < len(run)
                    and run[index + 1].kind == "modify"
                    and not self._prose_edit(old, new, run[index + 1])
                ):
                    index += 1
                    changed.append(run[index])
                keys = self._replace_rows(section, new, changed, old)
                for o, key in zip(changed, keys, strict=True):
                    assert o.new is not None
                    origin_of_new[o.new] = key
                previous = keys[-1]
            else:
                added = [op]
                while index + 1 < len(run) and run[index + 1].kind == "insert":
                    index += 1
                    added.append(run[index])
                named = previous
                if named is None:  # the top of the table: before the first row kept
                    following = next(o for o in run[index + 1 :] if o.kind != "insert")
                    assert following.old is not None
                    named = old.origins[following.old] or ""
                keys = self._insert_rows(section, new, added, named, before=previous is None)
                for o, key in zip(added, keys, strict=True):
                    assert o.new is not None
                    origin_of_new[o.new] = key
                previous = keys[-1]
            index += 1
        return True

    def _rows_cited(self, kinds: list[str]) -> bool:
        """Whether the changed rows are cited rather than the table restated: most rows
        kept, or, in a long table, more rows kept than restating would be worth quoting
        again (`table_kept_rows`) with the changes in a few places (`table_runs`)."""
        kept = kinds.count("keep")
        if kept * 2 >= len(kinds):
            return True
        runs = sum(1 for a, b in zip(["keep", *kinds], kinds, strict=False) if a == "keep" != b)
        return kept > self.options.table_kept_rows and runs <= self.options.table_runs

    def _rows_only(self, old: TextSection, new: TextSection, run: list[Op]) -> bool:
        """Rows kept, changed, put in or taken out, and nothing else; most rows kept, and
        every row named once (by its caption and row group)."""
        kinds = [op.kind for op in run]
        if not set(kinds) <= {"keep", "insert", "delete", "modify"} or "keep" not in kinds:
            return False
        # a row whose text gained or lost a sentence is still mostly the row it was
        weighed = ["keep" if self._prose_edit(old, new, op) else op.kind for op in run]
        if len(set(kinds)) < 2 or not self._rows_cited(weighed):
            return False  # most of a short table changed: restated whole
        if not all(self._is_row(old, new, op) for op in run):
            return False  # text put between two rows
        if any(op.kind == "modify" and (op.old_span > 1 or op.new_span > 1) for op in run):
            return False  # rows merged or split
        olds = [old.paragraphs[op.old] for op in run if op.old is not None]
        news = [new.paragraphs[op.new] for op in run if op.new is not None]
        width = {len(row_cells(row)) for row in olds + news}
        for rows in (olds, news):
            names = [n for n in row_names(rows) if n is not None]
            if len(set(names)) != len(names):
                return False  # two rows of one name
        # every row an item names has a name: the rows changed or taken out, and the row
        # new rows follow (or, at the top of the table, precede)
        old_names = iter(row_names(olds))
        for position, op in enumerate(run):
            name = next(old_names) if op.old is not None else None
            if op.old is None:
                continue
            after = position + 1 < len(run) and run[position + 1].kind == "insert"
            top = position > 0 and all(o.kind == "insert" for o in run[:position])
            if name is None and (op.kind != "keep" or after or top):
                return False
        return len(width) == 1

    def _delete_row(self, section: TextSection, key: str) -> None:
        at = section.origins.index(key)
        locator = self._paragraph_locator(section, at)
        locator.table, locator.table_count = self._cite_table(locator, section, at)
        self._name_row(locator, section, at)
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
        if not before and self._first_row_after_headings(section, at):
            at, before = at + 1, True  # a column heading is no row: before the first row
        locator = self._paragraph_locator(section, at)
        locator.table, locator.table_count = self._cite_table(locator, section, at)
        self._name_row(locator, section, at)
        locator.row_before = before
        locator.printed = locator.printed_count = None
        locator.row_headings = self._column_headings(section, at + (not before))
        rows = [new.paragraphs[o.new] for o in added if o.new is not None]
        keys = [f"rev:{new.id}:{o.new}" for o in added if o.new is not None]
        self._emit(
            AmendmentItem(
                ItemKind.INSERT_ROW,
                locator,
                page=self._page(section.origins[at] or named),
                new_text="\n".join(rows),
                new_paragraphs=rows,
            )
        )
        start = at if before else at + 1
        section.origins[start : start + len(keys)] = keys
        self.row_keys.update(keys)
        return keys

    def _replace_rows(
        self, section: TextSection, new: TextSection, changed: list[Op], old: TextSection
    ) -> list[str]:
        """Rows changed in place, restated: cited by the first of them, on its own page."""
        first = changed[0].old
        assert first is not None
        key = old.origins[first] or ""
        at = section.origins.index(key)
        locator = self._paragraph_locator(section, at)
        locator.table, locator.table_count = self._cite_table(locator, section, at)
        self._name_row(locator, section, at)
        locator.printed = locator.printed_count = None
        locator.question = None
        locator.row_headings = self._column_headings(section, at)
        rows = [new.paragraphs[o.new] for o in changed if o.new is not None]
        keys = [f"rev:{new.id}:{o.new}" for o in changed if o.new is not None]
        olds = section.paragraphs[at : at + len(changed)]
        self._emit(
            AmendmentItem(
                ItemKind.REPLACE_ROW,
                locator,
                page=self._page(key),
                old_text="\n".join(olds),
                new_text="\n".join(rows),
                new_paragraphs=rows,
            )
        )
        section.origins[at : at + len(keys)] = keys
        self.row_keys.update(keys)
        return keys

    def _first_row_after_headings(self, section: TextSection, at: int) -> bool:
        """Whether row `at` ends the table's column headings and a named row follows it:
        rows put in after it are cited before that row, the table's first ("Grant Date"
        heads a column; no row bears it)."""
        following = at + 1
        if following >= len(section.origins) or section.origins[following] not in self.row_keys:
            return False
        first = at
        while first > 0 and section.origins[first - 1] in self.row_keys:
            first -= 1
        headings = self._column_headings(section, following)
        if headings is None or len(headings.split("\n")) != following - first:
            return False
        last = following
        while last + 1 < len(section.origins) and section.origins[last + 1] in self.row_keys:
            last += 1
        return row_names(section.paragraphs[first : last + 1])[following - first] is not None

    def _column_headings(self, section: TextSection, at: int) -> str | None:
        """The rows of column headings at the top of the table holding row `at` ("",
        "HIGH", "LOW"; a heading spanning columns over the row that names them), one a
        line, when row `at` is not among them: a row quoted alone is quoted under them. `at`
        may be the place just after the table (a row added at its end): the text after the
        table is no row the headings are read against."""
        first = at
        while first > 0 and section.origins[first - 1] in self.row_keys:
            first -= 1
        if first >= at or first >= len(section.paragraphs):
            return None
        last = at - 1  # the whole table: its first row is read against the rows below it
        while last + 1 < len(section.paragraphs) and section.origins[last + 1] in self.row_keys:
            last += 1
        count = min(heading_rows(section.paragraphs[first : last + 1]), at - first)
        return "\n".join(section.paragraphs[first : first + count]) if count else None

    def _name_row(self, locator: Locator, section: TextSection, at: int) -> bool:
        """The row's caption, and the row group it is printed under ("Second Quarter" under
        "Fiscal Year 2002"): counsel name the group whether or not another row bears the
        caption, since the quarter means nothing without its year. Whether the name is the
        row's alone (the notes on its rows printed apart, the table read past them)."""
        origins = section.origins

        def inside(k: int) -> bool:
            return origins[k] in self.row_keys or origins[k] in self.notes_by_key

        start, end = at, at
        while start > 0 and inside(start - 1):
            start -= 1
        while end + 1 < len(origins) and inside(end + 1):
            end += 1
        places = [k for k in range(start, end + 1) if origins[k] in self.row_keys]
        names = row_names([section.paragraphs[k] for k in places])
        locator.row_caption = row_caption(section.paragraphs[at])
        name = names[places.index(at)]
        if name is not None:
            locator.row_caption, locator.row_group = name[0] or locator.row_caption, name[1]
        named = [n for n in names if n is not None]
        return name is not None and named.count(name) == 1  # a name no other row bears
