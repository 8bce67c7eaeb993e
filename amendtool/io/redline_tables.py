"""Tables in the redline: rows kept stay clean, a row changed in place has only the words of
its changed cell paragraphs marked, other rows are struck or inserted as rows."""

from __future__ import annotations

from lxml import etree

from amendtool.core.apply import apply_item, cell_piece
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import cell_paragraphs
from amendtool.core.row_pairing import row_steps
from amendtool.core.typography import collapse_spaces
from amendtool.core.unit_alignment import aligned_opcodes
from amendtool.io._oxml_revisions import accepted_text
from amendtool.io.redline_blocks import is_row
from amendtool.io.redline_pieces import (
    W_P,
    W_TR,
    RedlineBase,
    RedlineError,
    changes,
    edits_of,
    in_word,
)
from amendtool.io.word_xml import grid_cells


class TableMarking(RedlineBase):
    """Table items, and the table rows of any restated text."""

    def _table(self, item: AmendmentItem) -> None:
        """Old rows struck through and marked deleted, the new rows inserted after them; a
        table in a text-only original is a run of tab-separated paragraphs."""
        section = self.working.section(item.locator.section_id)
        count = len(item.old_text.split("\n")) if item.old_text else 0
        if item.kind is ItemKind.INSERT_ROW:
            return self._insert_rows(item)
        if item.kind is ItemKind.INSERT_TABLE:
            start = item.locator.paragraph or 0
            anchor = self._anchor(section.id, start, rows=True)
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

    def _insert_rows(self, item: AmendmentItem) -> None:
        """New rows put into the table after (or, at its top, before) the row they name,
        each shaped like that row."""
        section = self.working.section(item.locator.section_id)
        named = self._element(section.origins[(item.locator.paragraph or 1) - 1], row_ok=True)
        if named.tag != W_TR:
            raise RedlineError(f"{item.locator.section_name}: the row is not in the Word file")
        self._made = []
        anchor = named
        for text in item.new_paragraphs:
            row = self.revisions.insert_row_after(anchor, text.split("\t"), named)
            if item.locator.row_before and anchor is named:
                named.addprevious(row)  # the top of the table: before the row it names
            self._made.append(self._remember(row))
            anchor = row
        self._after(item, section.id)

    def _replace_mixed(
        self, section_id: str, old: list[etree._Element], texts: list[str]
    ) -> list[str]:
        """Paragraphs and table rows restated together (a note or a clause moved across a
        table): rows struck as rows and paragraphs as paragraphs, then the new text put
        after them, each row into a table and each paragraph between blocks, in the
        revision's order. Returns the keys of what was inserted."""
        for element in old:
            if element.tag == W_TR:
                self.revisions.delete_row(element)
            else:
                self.revisions.delete_paragraph(element)
        self._insert(section_id, (old[-1], False), texts)
        return list(self._made)

    def _edit_rows(
        self, old_keys: list[str], old_texts: list[str], item: AmendmentItem
    ) -> list[str]:
        """Only what changed is marked: rows kept as they were stay clean, a row that is
        still the same row (`row_steps`: its words, else its name) has its cells edited,
        others are struck where they stood, and new text is inserted where the revision puts
        it, a row as a row and a paragraph between rows as a paragraph (the table split
        there). Returns the keys of the table's text as it now stands."""
        rows = [self.elements[k] for k in old_keys]
        new_texts = list(item.new_paragraphs)
        section_id = item.locator.section_id
        keys: list[str] = []
        anchor, before = rows[0], True  # new text before the first row, until one is passed
        for i, j in row_steps(old_texts, new_texts):
            if j is None:
                assert i is not None
                self.revisions.delete_row(rows[i])
                anchor, before = rows[i], False
                continue
            text = new_texts[j]
            if i is None:
                self._insert(section_id, (anchor, before), [text])
                keys += self._made
                anchor, before = self.elements[self._made[-1]], False
                continue
            row, anchor, before = rows[i], rows[i], False
            if collapse_spaces(old_texts[i]) == collapse_spaces(text) or (
                is_row(text) and self._edit_cells(row, old_texts[i], text)
            ):
                keys.append(old_keys[i])
                continue
            self.revisions.delete_row(row)
            self._insert(section_id, (row, False), [text])
            keys += self._made
            anchor = self.elements[self._made[-1]]
        return keys

    def _row_edited(self, item: AmendmentItem) -> bool:
        """An item that changes a row's words as a paragraph's (rows around it moved, so it
        is cited one by one): the row's cells are edited, or the row struck and given again
        when its cells changed shape. Applies the item; False when it is no row's."""
        section = self.working.section(item.locator.section_id)
        index = (item.locator.paragraph or 1) - 1
        key = section.origins[index] if 0 <= index < len(section.origins) else None
        if key is None or key not in self.elements or self.elements[key].tag != W_TR:
            return False
        count = len(section.paragraphs)
        old = section.paragraphs[index]
        apply_item(self.working, item)
        if len(section.paragraphs) != count:
            raise RedlineError(f"{item.locator.section_name}: the row is not in the Word file")
        section.origins[index] = self._row_changed(key, old, section.paragraphs[index])
        return True

    def _row_changed(self, key: str, old: str, new: str) -> str:
        """Returns the key of the row that now stands for the row `key`."""
        row = self.elements[key]
        if collapse_spaces(old) == collapse_spaces(new) or self._edit_cells(row, old, new):
            return key
        self.revisions.delete_row(row)
        return self._remember(self.revisions.insert_row_after(row, new.split("\t"), row))

    def _edit_cells(self, row: etree._Element, old: str, new: str) -> bool:
        """Edit a row cell by cell when it keeps its cells, and a cell paragraph by
        paragraph: a paragraph still there has only its changed words marked, one taken out
        is struck and one put in is inserted, in that cell. False when the row cannot be
        edited so (its cells changed, or a cell does not hold the old text as written)."""
        cells = grid_cells(row)  # a cell spanning columns stands at its first
        old_cells, new_cells = old.split("\t"), new.split("\t")
        if not (len(cells) == len(old_cells) == len(new_cells)):
            return False
        pending = []
        for cell, before, after in zip(cells, old_cells, new_cells, strict=True):
            if collapse_spaces(before) == collapse_spaces(after):
                continue
            if cell is None:
                return False  # words put into a column a cell spans: the row is restated
            paragraphs = [p for p in cell.iterchildren(W_P) if accepted_text(p).strip()]
            olds = [collapse_spaces(t) for t in cell_paragraphs(before)]
            news = [t for t in (collapse_spaces(t) for t in cell_paragraphs(after)) if t]
            written = [collapse_spaces(accepted_text(p)) for p in paragraphs]
            if not paragraphs or not news or written != olds:
                return False
            pending.append((paragraphs, olds, news))
        for paragraphs, olds, news in pending:
            self._edit_cell_paragraphs(paragraphs, olds, news)
        return True

    def _edit_cell_paragraphs(
        self, paragraphs: list[etree._Element], olds: list[str], news: list[str]
    ) -> None:
        """The paragraphs of one cell edited into `news`, as the rows of a table are."""
        anchor, before = paragraphs[0], True  # new text before the first, until one is passed
        for tag, i1, i2, j1, j2 in aligned_opcodes(olds, news):
            if tag == "equal":
                anchor, before = paragraphs[i2 - 1], False
                continue
            paired = min(i2 - i1, j2 - j1) if tag == "replace" else 0
            for offset in range(paired):
                anchor, before = paragraphs[i1 + offset], False
                self.revisions.edit(anchor, changes(olds[i1 + offset], news[j1 + offset]))
            for paragraph in paragraphs[i1 + paired : i2]:
                self.revisions.delete_paragraph(paragraph)
                anchor, before = paragraph, False
            for text in news[j1 + paired : j2]:
                anchor = self.revisions.insert_paragraph_after(anchor, text, anchor, before)
                before = False

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
            cells = grid_cells(element)
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
        moved = in_word(element, collapse_spaces(text), edits)
        if moved is None:
            raise RedlineError(
                f"{item.locator.section_name}: the Word cell no longer holds the text the item "
                "changes"
            )
        self.revisions.edit(element, moved)
