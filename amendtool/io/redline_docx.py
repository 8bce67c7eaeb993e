"""The redline (the original with every item as a Word tracked change) and the conformed copy.

Revisions are written straight from the items — each knows its place, its old and its new
text — onto the original .docx, so the original's formatting is kept. An original read from
EDGAR text or HTML is first set in the house style.
"""

from __future__ import annotations

import datetime as dt
import difflib
import io
from dataclasses import dataclass, field, replace
from typing import cast

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.amendment import Amendment
from amendtool.core.apply import (
    TextDocument,
    TextSection,
    apply_item,
    apply_sentence_item,
    cell_piece,
)
from amendtool.core.diffing import marked_hunks
from amendtool.core.errors import AmendtoolError
from amendtool.core.items import TABLE_KINDS, AmendmentItem, ItemKind
from amendtool.core.locate import paragraph_label
from amendtool.core.model import Document, cell_paragraphs
from amendtool.core.segment import split_sentences
from amendtool.core.typography import collapse_spaces
from amendtool.io._oxml_revisions import Revisions, accept_all, accepted_text
from amendtool.io.docx_notes import notes_roots
from amendtool.io.redline_base import base_document
from amendtool.io.redline_restate import Restated, restated_steps

Edit = tuple[int, int, str]
W_TR, W_P = qn("w:tr"), qn("w:p")


@dataclass
class ReviewDocuments:
    redline: bytes
    conformed: bytes
    notes: list[str] = field(default_factory=list)


class RedlineError(AmendtoolError):
    """An item whose place cannot be found in the Word file."""


def build_review_documents(
    amendment: Amendment, author: str | None = None, when: dt.datetime | None = None
) -> ReviewDocuments:
    """`author`: who Word names for each revision (counsel's name and firm, from the app's
    Preferences); without one, the issuer and the amendment. `when`: the time of export.
    In a series, the redline is the offer as amended by the earlier amendments (their
    changes accepted) with this amendment's changes tracked."""
    filing = amendment.filing
    number = filing.amendment_number
    if not author:
        author = f"{filing.issuer_short_name or filing.issuer_name} (Amendment No. {number})"
    moment = when or dt.datetime.now(dt.UTC)
    earlier = amendment.series.earlier if amendment.series is not None else []
    steps = [Step(author, _midnight(e.date), e.items, accepted=True) for e in earlier]
    steps.append(Step(author, moment, amendment.change_items))
    filed = amendment.series.filed if amendment.series is not None else amendment.original
    word, notes = replay(filed, steps)
    word.core_properties.title = (
        f"{filing.document_title} (redline, Amendment No. {filing.amendment_number})"
    )
    redline = _save(word)
    conformed_word = docx.Document(io.BytesIO(redline))
    accept_all(conformed_word.element.body)
    for notes_part in notes_roots(conformed_word):
        accept_all(notes_part)
    conformed_word.core_properties.title = (
        f"{filing.document_title}, as amended through Amendment No. {filing.amendment_number}"
    )
    return ReviewDocuments(redline, _save(conformed_word), notes)


@dataclass
class Step:
    """One amendment's items, applied as tracked changes by `author` at `when`, then
    accepted (an earlier amendment whose text is taken as it now reads) or left tracked."""

    author: str
    when: dt.datetime
    items: list[AmendmentItem]
    accepted: bool = False


def replay(filed: Document, steps: list[Step]) -> tuple[WordDocument, list[str]]:
    """The offer as filed (its own Word file where it is one) with each step's items
    applied in turn; every change not accepted is a revision of its step's author."""
    word, mapped, notes = base_document(filed)
    body = word.element.body
    first = steps[0] if steps else Step("", dt.datetime.now(dt.UTC), [])
    writer = _RedlineWriter(mapped, Revisions(first.author, first.when), body)
    for index, step in enumerate(steps):
        writer.revisions = Revisions(step.author, step.when, first_id=writer.revisions.next_id)
        for item in step.items:
            if item.kind is not ItemKind.FILE_EXHIBIT:
                writer.apply(item)
        if step.accepted and all(s.accepted for s in steps[: index + 1]):
            accept_all(body)
            for notes_part in notes_roots(word):
                accept_all(notes_part)
    return word, notes


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _save(document: WordDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class _RedlineWriter:
    def __init__(self, mapped: Document, revisions: Revisions, body: etree._Element) -> None:
        self.revisions = revisions
        body_end = body.find(qn("w:sectPr"))
        if body_end is None:
            body_end = body.makeelement(qn("w:sectPr"), {})
            body.append(body_end)
        self.body_end: etree._Element = body_end
        self.working = TextDocument.from_document(mapped)
        # the reader keeps each paragraph's w:p (or table row) as its source
        # (a footnote's text lives in the notes part, not the body: it has no element here)
        self.elements: dict[str, etree._Element] = {
            p.id: cast(etree._Element, p.source)
            for s in mapped.sections
            for p in s.paragraphs
            if p.source is not None
        }
        self.headings: dict[str, etree._Element] = {
            s.id: cast(etree._Element, s.heading_source)
            for s in mapped.sections
            if s.heading_source is not None
        }
        bodies = [
            self.elements[p.id]
            for s in mapped.sections
            for p in s.paragraphs
            if p.kind.value == "body"
        ]
        self.body_like = bodies[0] if bodies else None
        self.heading_like = next(iter(self.headings.values()), None)
        self.fresh = 0

    # --- dispatch ---------------------------------------------------------------------------
    def apply(self, item: AmendmentItem) -> None:
        kind = item.kind
        if kind is ItemKind.ADD_SECTION:
            return self._add_section(item)  # applies the item itself
        if kind is ItemKind.REPLACE_SECTION:
            return self._replace_section(item)  # applies the item itself
        if kind is ItemKind.DELETE_SECTION:
            section = self.working.section(item.locator.section_id)
            for key in section.origins:
                self._strike(key)
            self.revisions.delete_paragraph(self._heading(section.id))
        elif kind is ItemKind.RETITLE_SECTION:
            self._retitle(item)
        elif kind is ItemKind.RENUMBER_SECTIONS:
            for new in item.renumbered:
                self._retitle(
                    item.__class__(
                        ItemKind.RETITLE_SECTION,
                        replace(item.locator, section_id=new.id),
                        new_text=new.heading,
                    )
                )
        elif kind in TABLE_KINDS:
            return self._table(item)
        elif kind is ItemKind.RENUMBER_PARAGRAPHS:
            self._relabel(item)
        elif kind is ItemKind.INSERT_PARAGRAPH:
            section = self.working.section(item.locator.section_id)
            anchor = self._anchor(section.id, item.locator.paragraph or 0)
            self._insert(section.id, anchor, item.new_paragraphs)
            return self._after(item, section.id)
        elif kind is ItemKind.DELETE_PARAGRAPH:
            section = self.working.section(item.locator.section_id)
            start = (item.locator.paragraph or 1) - 1
            for key in section.origins[start : start + len(item.old_text.split("\n\n"))]:
                self._strike(key)
        elif kind is ItemKind.MOVE_PARAGRAPH:
            return self._move(item)
        elif item.locator.cell is not None:
            self._edit_cell(item)
        elif kind is ItemKind.REPLACE_PARAGRAPH and (
            "\n\n" in item.old_text or len(item.new_paragraphs) > 1
        ):
            return self._replace_span(item)
        else:
            self._edit_paragraph(item)
        apply_item(self.working, item)

    def _after(self, item: AmendmentItem, section_id: str) -> None:
        """Apply to the working text and name the new paragraphs by the elements made."""
        apply_item(self.working, item)
        section = self.working.section(section_id)
        pending = list(self._made)
        for index, key in enumerate(section.origins):
            if key is None and pending:
                section.origins[index] = pending.pop(0)

    # --- pieces ---------------------------------------------------------------------------
    def _element(self, key: str | None, row_ok: bool = False) -> etree._Element:
        if key is None or key not in self.elements:
            raise RedlineError(f"paragraph {key} is not in the Word file")
        element = self.elements[key]
        if element.tag == W_TR and not row_ok:
            raise RedlineError("a table row changed on its own is not redlined; edit it in Word")
        return element

    def _strike(self, key: str | None) -> None:
        """Mark a paragraph, or a table row, deleted."""
        element = self._element(key, row_ok=True)
        if element.tag == W_TR:
            self.revisions.delete_row(element)
        else:
            self.revisions.delete_paragraph(element)

    def _heading(self, section_id: str) -> etree._Element:
        if section_id not in self.headings:
            raise RedlineError(f"section {section_id} has no heading in the Word file")
        return self.headings[section_id]

    def _anchor(self, section_id: str, position: int) -> tuple[etree._Element, bool]:
        """The element new text goes after, or (when nothing precedes it) before."""
        section = self.working.section(section_id)
        while position > 0 and section.origins[position - 1] not in self.elements:
            position -= 1  # after a note: after the paragraph it belongs to
        if position > 0:
            return _outside_table(self._element(section.origins[position - 1], row_ok=True)), False
        if section_id in self.headings:
            return self.headings[section_id], False
        index = self.working.index_of(section_id)
        for earlier in reversed(self.working.sections[:index]):
            last = self._last_element(earlier)
            if last is not None:
                return last, False
        for later in self.working.sections[index:]:
            first = self.headings.get(later.id)
            if first is None:
                first = next((self.elements[k] for k in later.origins if k in self.elements), None)
            if first is not None:
                return first, True
        return self.body_end, True

    def _last_element(self, section: TextSection) -> etree._Element | None:
        for key in reversed(section.origins):
            if key in self.elements:
                return _outside_table(self.elements[key])
        return self.headings.get(section.id)

    def _insert(
        self, section_id: str, anchor: tuple[etree._Element, bool], texts: list[str]
    ) -> None:
        section = self.working.section(section_id)
        paragraphs = (self.elements[k] for k in section.origins if k in self.elements)
        like = next((e for e in paragraphs if e.tag != W_TR), self.body_like)
        self._made = []
        element, before = anchor
        for text in texts:
            model, label = like, paragraph_label(text)
            if label and _word_numbered(element):
                # a clause in a list Word numbers itself: numbered like its neighbour, so the
                # label is Word's and the rest of the list renumbers itself
                model, text = element, text[len(label) :].lstrip()
            element = self.revisions.insert_paragraph_after(element, text, model, before)
            before = False
            self.fresh += 1
            key = f"new:{self.fresh}"
            self.elements[key] = element
            self._made.append(key)

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
        table = _outside_table(model_row)
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

    def _relabel(self, item: AmendmentItem) -> None:
        """Each paragraph's old number struck and its new one inserted."""
        section = self.working.section(item.locator.section_id)
        for position, new in zip(item.positions, item.new_paragraphs, strict=True):
            element = self._element(section.origins[position - 1])
            text = section.paragraphs[position - 1]
            written = collapse_spaces(accepted_text(element))
            base = written.find(text)
            if base < 0:
                label = paragraph_label(text) or ""
                if label and written.startswith(collapse_spaces(text[len(label) :])):
                    continue  # Word's list numbering prints the label and renumbers it itself
                raise RedlineError(
                    f"{item.locator.section_name}: the Word paragraph no longer holds its text"
                )
            self.revisions.edit(element, _changes(text, new, base))

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
        changes = []
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
                    changes.append((paragraph, text, collapse_spaces(new_text)))
        for paragraph, text, after_text in changes:
            self.revisions.edit(paragraph, _changes(text, after_text))
        return True

    def _remember(self, element: etree._Element) -> str:
        self.fresh += 1
        self.elements[f"new:{self.fresh}"] = element
        return f"new:{self.fresh}"

    def _edit_paragraph(self, item: AmendmentItem) -> None:
        section = self.working.section(item.locator.section_id)
        index = (item.locator.paragraph or 1) - 1
        key = section.origins[index]
        element = self._element(key)
        text = section.paragraphs[index]
        base = collapse_spaces(accepted_text(element)).find(text)
        if base < 0:
            raise RedlineError(
                f"{item.locator.section_name}: the Word paragraph no longer "
                "holds the text the item changes"
            )
        edits = [(base + s, base + e, new) for s, e, new in _edits(item, text)]
        self.revisions.edit(element, edits)

    def _edit_cell(self, item: AmendmentItem) -> None:
        """A paragraph inside a table cell: its words marked in that cell's paragraph (or,
        where the table is set as text, at its place in the row's line)."""
        section = self.working.section(item.locator.section_id)
        index = (item.locator.paragraph or 1) - 1
        element = self._element(section.origins[index], row_ok=True)
        row = section.paragraphs[index]
        start, end = cell_piece(row, item.locator.cell or 0, item.locator.cell_paragraph or 1)
        text = row[start:end]
        edits = _edits(item, text)
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

    def _replace_span(self, item: AmendmentItem) -> None:
        """Paragraphs merged into one, or one split into several: the first paragraph is
        edited into the first new one, the other old ones struck, the other new ones
        inserted after it."""
        section = self.working.section(item.locator.section_id)
        start = (item.locator.paragraph or 1) - 1
        count = len(item.old_text.split("\n\n"))
        keys = section.origins[start : start + count]
        first = self._element(keys[0])
        text = section.paragraphs[start]
        news = list(item.new_paragraphs)
        base = collapse_spaces(accepted_text(first)).find(text)
        if base < 0:
            raise RedlineError(
                f"{item.locator.section_name}: the Word paragraph no longer "
                "holds the text the item changes"
            )
        self.revisions.edit(first, _changes(text, news[0], base))
        for key in keys[1:]:
            self._strike(key)
        last = _outside_table(self._element(keys[-1], row_ok=True))
        self._made = []
        if news[1:]:
            self._insert(section.id, (last, False), news[1:])
        made = list(self._made)
        apply_item(self.working, item)
        section.origins[start : start + len(news)] = [keys[0], *made]

    def _retitle(self, item: AmendmentItem) -> None:
        """Only what changed in the heading is marked ("4." struck, "5." inserted)."""
        element = self._heading(item.locator.section_id)
        old = collapse_spaces(accepted_text(element))
        new = collapse_spaces(item.new_text)
        if old == new:
            return  # e.g. a number Word's list numbering prints and updates by itself
        self.revisions.edit(element, _changes(old, new))

    def _replace_section(self, item: AmendmentItem) -> None:
        """A restated section marked as Word's Compare marks it: each paragraph that is still
        the same paragraph edited in place, word by word; the others struck or inserted."""
        section = self.working.section(item.locator.section_id)
        if item.new_section is not None:
            self._retitle(
                item.__class__(
                    ItemKind.RETITLE_SECTION, item.locator, new_text=item.new_section.heading
                )
            )
        news = list(item.new_paragraphs)
        steps = restated_steps(section, news)
        if steps is None:
            return self._restate_whole(item)
        keys, olds = list(section.origins), list(section.paragraphs)
        last = self._heading(section.id)
        made: list[str | None] = []
        for step in steps:
            key = keys[step.old] if step.old is not None else None
            if step.kind == "keep":
                made.append(key)
                last = self._after_element(key, last)
                continue
            if step.kind != "insert":
                element = self._element(key)
                last = element
                if step.kind == "edit" and self._edit_in_place(element, olds, news, step):
                    made.append(key)
                    continue
                self._strike(key)
            if step.new is not None:
                self._insert(section.id, (last, False), [news[step.new]])
                made.append(self._made[0])
                last = self.elements[self._made[0]]
        apply_item(self.working, item)
        section.origins[:] = made

    def _after_element(self, key: str | None, last: etree._Element) -> etree._Element:
        """What new text goes after once paragraph `key` is passed (a note has no element
        in the body: the paragraph before it)."""
        if key is None or key not in self.elements:
            return last
        return _outside_table(self.elements[key])

    def _edit_in_place(
        self, element: etree._Element, olds: list[str], news: list[str], step: Restated
    ) -> bool:
        """Mark only the words that changed; False where the Word paragraph does not hold
        the old text as written (Word's own numbering in front of it)."""
        if element.tag != W_P or step.old is None or step.new is None:
            return False
        old, new = olds[step.old], news[step.new]
        base = collapse_spaces(accepted_text(element)).find(old)
        if base < 0:
            return False
        self.revisions.edit(element, _changes(old, new, base))
        return True

    def _restate_whole(self, item: AmendmentItem) -> None:
        """Every old paragraph (and table row) struck, every new one inserted after them."""
        section = self.working.section(item.locator.section_id)
        last = self._heading(section.id)
        for key in section.origins:
            self._strike(key)
            last = _outside_table(self._element(key, row_ok=True))
        self._insert(section.id, (last, False), item.new_paragraphs)
        apply_item(self.working, item)
        section.origins[:] = list(self._made)

    def _add_section(self, item: AmendmentItem) -> None:
        new = item.new_section
        assert new is not None
        after = item.locator.after_section_id
        if after:
            previous = self.working.section(after)
            last = self._last_element(previous)
            place = (last, False) if last is not None else self._anchor(after, 0)
        else:
            place = (
                self._anchor(self.working.sections[0].id, 0)
                if self.working.sections
                else (self.body_end, True)
            )
            if self.working.sections and self.working.sections[0].id in self.headings:
                place = (self.headings[self.working.sections[0].id], True)
        anchor = place[0]
        like = self.heading_like if self.heading_like is not None else anchor
        heading = self.revisions.insert_paragraph_after(anchor, new.heading, like, place[1])
        self.headings[new.id] = heading
        apply_item(self.working, item)
        section = self.working.section(new.id)
        section.origins[:] = []
        section.paragraphs[:] = []
        self._insert(new.id, (heading, False), item.new_paragraphs)
        section.paragraphs[:] = list(item.new_paragraphs)
        section.origins[:] = list(self._made)

    def _move(self, item: AmendmentItem) -> None:
        source = self.working.section(item.locator.section_id)
        key = source.origins[(item.locator.paragraph or 1) - 1]
        self.revisions.delete_paragraph(self._element(key))
        self.elements.pop(key or "", None)  # struck through where it was: no anchor for new text
        apply_item(self.working, item)
        target_id = item.locator.to_section_id or item.locator.section_id
        target = self.working.section(target_id)
        position = item.locator.to_paragraph or 0
        anchor = self._anchor(target_id, position)
        self._insert(target_id, anchor, [item.old_text])
        target.origins[position] = self._made[0]


def _edits(item: AmendmentItem, text: str) -> list[Edit]:
    """The item as (start, end, new text) edits of the paragraph's text."""
    kind = item.kind
    if kind is ItemKind.REPLACE_PARAGRAPH:
        return _changes(text, item.new_text)
    spans = split_sentences(text)
    number = item.locator.sentence or 0
    if kind is ItemKind.INSERT_SENTENCE:
        if number == 0:
            return [(0, 0, item.new_text + " ")]
        end = spans[number - 1][1]
        return [(end, end, " " + item.new_text)]
    start, end = spans[number - 1]
    if kind is ItemKind.DELETE_SENTENCE:
        if number < len(spans):
            return [(start, spans[number][0], "")]
        previous_end = spans[number - 2][1] if number > 1 else start
        return [(previous_end, end, "")]
    if kind is ItemKind.REPLACE_WORDS:
        old_sentence = text[start:end]
        edits = [
            (start + h.start, start + h.end, h.new)
            for h in marked_hunks(old_sentence, item.new_text)
        ]
        trial = text
        for s, e, new in sorted(edits, reverse=True):
            trial = trial[:s] + new + trial[e:]
        if collapse_spaces(trial) == collapse_spaces(apply_sentence_item(text, item)):
            return edits
    return _changes(text[start:end], item.new_text, start)


def _outside_table(element: etree._Element) -> etree._Element:
    """New paragraphs go after (or before) a table, never inside one of its rows."""
    if element.tag != W_TR:
        return element
    table = element.getparent()
    while table is not None and table.tag != qn("w:tbl"):
        table = table.getparent()
    return table if table is not None else element


def _word_numbered(element: etree._Element) -> bool:
    properties = element.find(qn("w:pPr")) if element.tag == W_P else None
    return properties is not None and properties.find(qn("w:numPr")) is not None


def _changes(old: str, new: str, base: int = 0) -> list[Edit]:
    """Only the words that changed, as edits of `old` (which starts at `base`); the whole
    text replaced when the word changes would not give `new` exactly."""
    edits = [(h.start, h.end, h.new) for h in marked_hunks(old, new)]
    trial = old
    for start, end, text in sorted(edits, reverse=True):
        trial = trial[:start] + text + trial[end:]
    if trial != new:
        edits = [(0, len(old), new)]
    return [(base + start, base + end, text) for start, end, text in edits]
