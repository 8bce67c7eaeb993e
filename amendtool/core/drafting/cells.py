"""Changes inside the cells of a text table, cited as counsel cite them: "the paragraph in the
row entitled "Source and Amount of Funds"", on the row's own page.

A tabular summary term sheet (caption cell | text cell, a table a page) is prose set in a
table: a sentence added to one cell is one sentence item, not the whole summary restated.
A row whose caption stays and whose text cell's prose alone changed is cited this way, also
beside rows added or taken out (rows.py), each its own item; a changed figure or caption
restates its row, or the table when most of it changed (tables.py).
"""

from __future__ import annotations

from amendtool.core.apply import TextSection, cell_piece
from amendtool.core.drafting.align import Op
from amendtool.core.drafting.units import SentenceItems
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.model import CELL_BREAK, cell_paragraphs, row_caption
from amendtool.core.row_names import PROSE_WORDS
from amendtool.core.typography import fold_typography


def _same(a: str, b: str) -> bool:
    return fold_typography(a) == fold_typography(b)


def _set_line_by_line(lines: list[str], before: str, after: str) -> bool:
    """A short line of a cell set line by line (an address: "P.O. Box 43011" among the
    Depositary's lines), words on both sides: counsel replace its words in the row, as in
    prose, not restate the row; a figure alone on its line still restates it."""
    words = sum(len(line.split()) for line in lines)
    return (
        len(lines) > 1
        and words >= PROSE_WORDS
        and all(any(c.isalpha() for c in side) for side in (before, after))
    )


class CellItems(SentenceItems):
    def _cell_items(
        self, old: TextSection, new: TextSection, run: list[Op], origin_of_new: dict[int, str]
    ) -> bool:
        """Cite each changed cell paragraph of the table in `run` by its row; False (nothing
        emitted) when the table is to be restated whole."""
        plan = self._cell_plan(old, new, run)
        if plan is None:
            return False
        for edit in plan:
            self._cell_edits(old, edit)
        for op in run:
            assert op.old is not None and op.new is not None
            origin_of_new[op.new] = old.origins[op.old] or ""
        return True

    def _prose_edit(
        self, old: TextSection, new: TextSection, op: Op
    ) -> tuple[str, str, list[tuple[int, int, int, str, str]]] | None:
        """A row changed in its text cell's prose alone, its caption kept (key, caption,
        changed cell paragraphs): cited by its cell paragraphs whatever else the table's
        other rows do; None for any other change of a row."""
        if op.kind != "modify" or op.old_span > 1 or op.new_span > 1:
            return None
        plan = self._cell_plan(old, new, [op])
        return plan[0] if plan else None

    def _cell_edits(
        self, old: TextSection, edit: tuple[str, str, list[tuple[int, int, int, str, str]]]
    ) -> None:
        """The items of one row's prose edit (_prose_edit), each on the row's own page."""
        section = self.working.section(old.id)
        key, caption, changes = edit
        for cell, number, count, before, after in changes:
            index = section.origins.index(key)
            self._cell_item(section, index, key, caption, cell, number, count, before, after)

    def _cell_plan(
        self, old: TextSection, new: TextSection, run: list[Op]
    ) -> list[tuple[str, str, list[tuple[int, int, int, str, str]]]] | None:
        """For each changed row: its key, caption and changed cell paragraphs (cell, number,
        count, old text, new text); None when the table does not qualify."""
        if any(op.kind not in ("keep", "modify") or op.old is None for op in run):
            return None
        rows = [old.paragraphs[op.old] for op in run if op.old is not None]
        captions = [row_caption(row) for row in rows]
        if None in captions or len(set(captions)) != len(captions):
            return None  # rows a reader cannot name, or two rows of one name
        plan = []
        for op, caption in zip(run, captions, strict=True):
            assert op.old is not None and op.new is not None and caption is not None
            before, after = old.paragraphs[op.old], new.paragraphs[op.new]
            if op.kind == "keep" or _same(before, after):
                continue
            old_cells, new_cells = before.split(CELL_BREAK), after.split(CELL_BREAK)
            if (
                len(old_cells) != 2
                or len(new_cells) != 2
                or not _same(*[old_cells[0], new_cells[0]])
            ):
                return None  # more than one text cell, or the caption changed
            olds, news = cell_paragraphs(old_cells[1]), cell_paragraphs(new_cells[1])
            if len(olds) != len(news):
                return None
            changes = []
            for number, (a, b) in enumerate(zip(olds, news, strict=True), start=1):
                if _same(a, b):
                    continue
                if max(len(a.split()), len(b.split())) < PROSE_WORDS and not _set_line_by_line(
                    olds, a, b
                ):
                    return None  # a figure changed: the table is restated
                changes.append((1, number, len(olds), a, b))
            plan.append((old.origins[op.old] or "", caption, changes))
        return plan

    def _cell_item(
        self,
        section: TextSection,
        index: int,
        key: str,
        caption: str,
        cell: int,
        number: int,
        count: int,
        before: str,
        after: str,
    ) -> None:
        def cite() -> Locator:
            locator = self._paragraph_locator(section, index)
            locator.row_caption, locator.cell = caption, cell
            locator.cell_paragraph, locator.cell_paragraph_count = number, count
            locator.printed = locator.printed_count = None
            locator.question = None
            return locator

        offset = cell_piece(section.paragraphs[index], cell, number)[0]
        items = self._sentence_items(section, index, before, after, key, cite, offset)
        if items is None:
            items = [
                AmendmentItem(
                    ItemKind.REPLACE_PARAGRAPH,
                    cite(),
                    page=self._page(key, offset),
                    old_text=before,
                    new_text=after,
                    new_paragraphs=[after],
                )
            ]
        for item in items:
            self._emit(item)
