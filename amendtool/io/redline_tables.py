"""Tables in the redline: rows kept stay clean, a row changed in place has only the words of
its changed cell paragraphs marked, other rows are struck or inserted as rows."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.apply import apply_item, cell_piece
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import cell_paragraphs
from amendtool.core.typography import collapse_spaces
from amendtool.io._oxml_revisions import accepted_text
from amendtool.io.redline_pieces import (
    W_P,
    W_TR,
    RedlineBase,
    RedlineError,
    changes,
    edits_of,
    outside_table,
)
from amendtool.io.redline_restate import Restated


@dataclass
class RowPlace:
    """Where restated text goes next: a paragraph after `last` (never inside a table), a new
    row after `row` while the last thing passed is a row of a table."""

    last: etree._Element
    row: etree._Element | None = None

    def passed(self, element: etree._Element) -> None:
        if element.tag == W_TR:
            self.row, self.last = element, outside_table(element)
        else:
            self.row, self.last = None, element


class TableMarking(RedlineBase):
    """Table items, and the table rows of any restated text."""

    def _table(self, item: AmendmentItem) -> None:
        """Old rows struck through and marked deleted, the new rows inserted after them; a
        table in a text-only original is a run of tab-separated paragraphs."""
        section = self.working.section(item.locator.section_id)
        count = len(item.old_text.split("\n")) if item.old_text else 0
        if item.kind is ItemKind.INSERT_TABLE:
            start = item.locator.paragraph or 0
            anchor = self._anchor(section.id, start)
            self._insert(section.id, anchor, item.new_paragraphs)
            return self._after(item, section.id)
        start = (item.locator.paragraph or 1) - 1
        keys = [k for k in section.origins[start : start + count] if k in self.elements]
        if len(keys) != count:
            raise RedlineError(f"{item.locator.section_name}: the table is not in the Word file")
        old = [self.elements[k] for k in keys]
        if all(e.tag == W_TR for e in old):
            self._made = self._edit_rows(keys, section.paragraphs[start : start + count], item)
        else:
            self._made = self._replace_mixed(section.id, old, item.new_paragraphs)
        apply_item(self.working, item)
        section.origins[start : start + len(item.new_paragraphs)] = list(self._made)

    def _replace_mixed(
        self, section_id: str, old: list[etree._Element], texts: list[str]
    ) -> list[str]:
        """Paragraphs and table rows restated together (a note or a clause moved across a
        table): rows struck as rows and paragraphs as paragraphs; new rows go into the old
        table after its last row, new paragraphs before or after the table, each where the
        revision puts it. Returns the keys of what was inserted, in the revision's order."""
        rows = [e for e in old if e.tag == W_TR]
        for element in old:
            if element.tag == W_TR:
                self.revisions.delete_row(element)
            else:
                self.revisions.delete_paragraph(element)
        if not rows:
            self._insert(section_id, (old[-1], False), texts)
            return list(self._made)
        model_row = rows[-1]
        table = outside_table(model_row)
        section = self.working.section(section_id)
        paragraphs = (self.elements[k] for k in section.origins if k in self.elements)
        like = next((e for e in paragraphs if e.tag != W_TR), self.body_like)
        keys: list[str] = []
        row_anchor: etree._Element | None = model_row  # new rows follow the old ones
        leading = True  # paragraphs before the first new row go before the table
        after: etree._Element = table
        for text in texts:
            if "\t" in text and row_anchor is not None:
                row = self.revisions.insert_row_after(row_anchor, text.split("\t"), model_row)
                keys.append(self._remember(row))
                row_anchor, leading = row, False
                continue
            if leading:
                element = self.revisions.insert_paragraph_after(table, text, like, before=True)
            else:
                element = self.revisions.insert_paragraph_after(after, text, like)
                after = element
                row_anchor = None  # rows after a paragraph that follows the table: paragraphs
            keys.append(self._remember(element))
        return keys

    def _edit_rows(
        self, old_keys: list[str], old_texts: list[str], item: AmendmentItem
    ) -> list[str]:
        """Only what changed is marked: rows kept as they were stay clean, a row changed in
        place has its cells edited, others are struck or inserted whole. Returns the keys of
        the table's rows as it now stands."""
        rows = [self.elements[k] for k in old_keys]
        new_texts = list(item.new_paragraphs)
        matcher = difflib.SequenceMatcher(
            None, [collapse_spaces(t) for t in old_texts], [collapse_spaces(t) for t in new_texts]
        )
        keys: list[str] = []
        last = rows[-1]
        previous: etree._Element | None = None
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                keys += old_keys[i1:i2]
                previous = rows[i2 - 1] if i2 > i1 else previous
                continue
            paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for offset in range(paired):
                row, text = rows[i1 + offset], new_texts[j1 + offset]
                if not self._edit_cells(row, old_texts[i1 + offset], text):
                    self.revisions.delete_row(row)
                    row = self.revisions.insert_row_after(row, text.split("\t"), row)
                    keys.append(self._remember(row))
                else:
                    keys.append(old_keys[i1 + offset])
                previous = row
            for row in rows[i1 + paired : i2]:
                self.revisions.delete_row(row)
                previous = row
            anchor = previous if previous is not None else None
            for text in new_texts[j1 + paired : j2]:
                if anchor is None:
                    row = self.revisions.insert_row_after(rows[0], text.split("\t"), rows[0])
                    rows[0].addprevious(row)  # before the first row: move it up
                else:
                    row = self.revisions.insert_row_after(anchor, text.split("\t"), last)
                keys.append(self._remember(row))
                anchor = row
            previous = anchor
        return keys

    def _edit_cells(self, row: etree._Element, old: str, new: str) -> bool:
        """Edit a row cell by cell (and a cell paragraph by paragraph) when it keeps its
        cells and paragraphs; False when it cannot be."""
        cells = list(row.iterchildren(qn("w:tc")))
        old_cells, new_cells = old.split("\t"), new.split("\t")
        if not (len(cells) == len(old_cells) == len(new_cells)):
            return False
        pending = []
        for cell, before, after in zip(cells, old_cells, new_cells, strict=True):
            if collapse_spaces(before) == collapse_spaces(after):
                continue
            paragraphs = [p for p in cell.iterchildren(W_P) if accepted_text(p).strip()]
            olds, news = cell_paragraphs(before), cell_paragraphs(after)
            if not (len(paragraphs) == len(olds) == len(news)):
                return False
            for paragraph, old_text, new_text in zip(paragraphs, olds, news, strict=True):
                text = collapse_spaces(accepted_text(paragraph))
                if text != collapse_spaces(old_text):
                    return False
                if text != collapse_spaces(new_text):
                    pending.append((paragraph, text, collapse_spaces(new_text)))
        for paragraph, text, after_text in pending:
            self.revisions.edit(paragraph, changes(text, after_text))
        return True

    def _edit_cell(self, item: AmendmentItem) -> None:
        """A paragraph inside a table cell: its words marked in that cell's paragraph (or,
        where the table is set as text, at its place in the row's line)."""
        section = self.working.section(item.locator.section_id)
        index = (item.locator.paragraph or 1) - 1
        element = self._element(section.origins[index], row_ok=True)
        row = section.paragraphs[index]
        start, end = cell_piece(row, item.locator.cell or 0, item.locator.cell_paragraph or 1)
        text = row[start:end]
        edits = edits_of(item, text)
        if element.tag == W_TR:
            cells = list(element.iterchildren(qn("w:tc")))
            target = cells[item.locator.cell or 0] if item.locator.cell is not None else None
            paragraphs = [
                p
                for p in (target.iterchildren(W_P) if target is not None else [])
                if collapse_spaces(accepted_text(p))
            ]
            number = (item.locator.cell_paragraph or 1) - 1
            if number >= len(paragraphs):
                raise RedlineError(f"{item.locator.section_name}: the cell is not in the Word file")
            element, start = paragraphs[number], 0
        base = collapse_spaces(accepted_text(element)).find(collapse_spaces(text))
        if base < 0:
            raise RedlineError(
                f"{item.locator.section_name}: the Word cell no longer holds the text the item "
                "changes"
            )
        self.revisions.edit(element, [(base + s, base + e, new) for s, e, new in edits])

    # --- the rows of a restated section -----------------------------------------------------
    def _restate_row(
        self,
        step: Restated,
        row: etree._Element,
        key: str | None,
        olds: list[str],
        news: list[str],
        place: RowPlace,
    ) -> list[str | None]:
        """A row kept clean, edited cell by cell (or struck and given again when its cells
        changed shape), or struck. Returns the key of the row that now stands for it."""
        if step.kind == "keep":
            place.passed(row)
            return [key]
        if step.kind == "edit" and step.old is not None and step.new is not None:
            if self._edit_cells(row, olds[step.old], news[step.new]):
                place.passed(row)
                return [key]
            self.revisions.delete_row(row)
            new_row = self.revisions.insert_row_after(row, news[step.new].split("\t"), row)
            place.passed(new_row)
            return [self._remember(new_row)]
        self.revisions.delete_row(row)
        place.passed(row)
        return []

    def _insert_restated(
        self, section_id: str, text: str, place: RowPlace, following: etree._Element | None
    ) -> str:
        """New text of a restated section: a row goes into the table it stands in (after
        the row passed, or before the row that follows); a paragraph after the table."""
        if "\t" in text and (place.row is not None or following is not None):
            anchor = place.row if place.row is not None else following
            assert anchor is not None
            row = self.revisions.insert_row_after(anchor, text.split("\t"), anchor)
            if place.row is None:
                anchor.addprevious(row)  # before the first row kept: move it up
            place.passed(row)
            return self._remember(row)
        self._insert(section_id, (place.last, False), [text])
        key = self._made[0]
        place.passed(self.elements[key])
        return key

    def _next_row(self, steps: Sequence[Restated], keys: list[str | None]) -> etree._Element | None:
        """The row the next old paragraph stands in, if it is a row."""
        for step in steps:
            if step.old is not None:
                key = keys[step.old]
                element = self.elements.get(key) if key else None
                return element if element is not None and element.tag == W_TR else None
        return None

    def _rows_placeable(
        self, steps: list[Restated], keys: list[str | None], news: list[str]
    ) -> bool:
        """False where a new paragraph would stand between two rows of one table: Word
        cannot hold it there, so the section is restated whole."""
        table: etree._Element | None = None  # the table of the row last passed
        for number, step in enumerate(steps):
            if step.old is not None:
                key = keys[step.old]
                element = self.elements.get(key) if key else None
                is_row = element is not None and element.tag == W_TR
                table = element.getparent() if element is not None and is_row else None
                continue
            if step.new is None:
                continue
            following = self._next_row(steps[number + 1 :], keys)
            if "\t" in news[step.new]:
                if table is None and following is not None:
                    table = following.getparent()
                continue
            if table is not None and following is not None and following.getparent() is table:
                return False
            table = None
        return True
