"""What every part of the redline writer stands on: the Word element of each paragraph of
the working text, where new text goes, and the words an edit marks."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeGuard, cast

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.apply import (
    TextDocument,
    TextSection,
    apply_item,
)
from amendtool.core.errors import AmendtoolError
from amendtool.core.items import AmendmentItem
from amendtool.core.locate import paragraph_label
from amendtool.core.model import NOTE_KINDS, Document
from amendtool.core.typography import collapse_spaces
from amendtool.io._oxml_revisions import Revisions, accepted_text
from amendtool.io.redline_blocks import is_row, paragraph_place, put_row
from amendtool.io.redline_edits import Edit, changes, edits_of, in_word

__all__ = [
    "W_P",
    "W_TR",
    "Edit",
    "RedlineBase",
    "RedlineError",
    "changes",
    "edits_of",
    "in_word",
    "outside_table",
    "word_numbered",
]

W_TR, W_P, W_DOCUMENT = qn("w:tr"), qn("w:p"), qn("w:document")
# a Word note → the tag of its reference in the body
_NOTE_TAGS = {
    qn("w:footnote"): qn("w:footnoteReference"),
    qn("w:endnote"): qn("w:endnoteReference"),
}


class RedlineError(AmendtoolError):
    """An item whose place cannot be found in the Word file (`item`, once known)."""

    item: AmendmentItem | None = None


class RedlineBase:
    """The working text (the items applied so far) tied to the Word elements it stands in."""

    def __init__(self, mapped: Document, revisions: Revisions, body: etree._Element) -> None:
        self.revisions = revisions
        body_end = body.find(qn("w:sectPr"))
        if body_end is None:
            body_end = body.makeelement(qn("w:sectPr"), {})
            body.append(body_end)
        self.body_end: etree._Element = body_end
        self.working = TextDocument.from_document(mapped)
        # the reader keeps each paragraph's w:p (or table row) as its source; a note's w:p
        # is in the notes part (footnotes.xml), where no body text may go
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
        # paragraphs whose label Word's numbering prints (by their own w:numPr or their
        # style's): the reader's text carries it, the paragraph does not
        self.numbered: set[etree._Element] = {
            self.elements[p.id]
            for s in mapped.sections
            for p in s.paragraphs
            if p.id in self.elements and _label_printed(self.elements[p.id], p.text)
        }
        self.fresh = 0
        # the texts the amended offer prints as notes (None: not known, as for an earlier
        # amendment replayed accepted): a restated section's note is edited only into one
        self.printed_notes: Mapping[str, tuple[str, str | None]] | None = None
        # a Word note's w:p (an original set in the house style prints its notes in the body)
        self.notes: set[str] = {
            p.id
            for s in mapped.sections
            for p in s.paragraphs
            if p.kind in NOTE_KINDS
            and p.id in self.elements
            and self.elements[p.id].getroottree().getroot().tag != W_DOCUMENT
        }
        # notes set in the body (an original from EDGAR prints them there, in the note
        # style): never the look new text of the body takes, which would read as a note
        self.notes_in_body: set[etree._Element] = {
            self.elements[p.id]
            for s in mapped.sections
            for p in s.paragraphs
            if p.kind in NOTE_KINDS and p.id in self.elements and p.id not in self.notes
        }

    def _in_body(self, key: str | None) -> TypeGuard[str]:
        """A paragraph printed in the body: new body text may go after it."""
        return key in self.elements and key not in self.notes

    def _after(self, item: AmendmentItem, section_id: str) -> None:
        """Apply to the working text and name the new paragraphs by the elements made."""
        apply_item(self.working, item)
        section = self.working.section(section_id)
        pending = list(self._made)
        for index, key in enumerate(section.origins):
            if key is None and pending:
                section.origins[index] = pending.pop(0)

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
            self._strike_reference(element)

    def _strike_reference(self, paragraph: etree._Element) -> None:
        """A Word note whose every paragraph is struck takes its reference mark in the
        body with it: the conformed copy has no mark pointing at an empty note."""
        note = paragraph.getparent()
        if note is None or note.tag not in _NOTE_TAGS:
            return
        marked = (p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}") for p in note.iter(W_P))
        if not all(mark is not None for mark in marked):
            return
        body = self.body_end.getparent()
        ident = note.get(qn("w:id"))
        for found in body.iter(_NOTE_TAGS[note.tag]) if body is not None else ():
            run = found.getparent()
            if found.get(qn("w:id")) == ident and run is not None and run.tag == qn("w:r"):
                self.revisions.delete_run(run)

    def _heading(self, section_id: str) -> etree._Element:
        if section_id not in self.headings:
            raise RedlineError(f"section {section_id} has no heading in the Word file")
        return self.headings[section_id]

    def _anchor(
        self, section_id: str, position: int, rows: bool = False
    ) -> tuple[etree._Element, bool]:
        """The element new text goes after, or (when nothing precedes it) before; with
        `rows`, a table row itself (`_insert` puts text beside it by its shape)."""
        section = self.working.section(section_id)
        while position > 0 and not self._in_body(section.origins[position - 1]):
            position -= 1  # after a note: after the paragraph it belongs to
        if position > 0:
            element = self._element(section.origins[position - 1], row_ok=True)
            return (element if rows else outside_table(element)), False
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
                first = next((self.elements[k] for k in later.origins if self._in_body(k)), None)
            if first is not None:
                return outside_table(first), True  # before a table, not inside its row
        return self.body_end, True

    def _last_element(self, section: TextSection) -> etree._Element | None:
        for key in reversed(section.origins):
            if self._in_body(key):
                return outside_table(self.elements[key])
        return self.headings.get(section.id)

    def _insert(
        self, section_id: str, anchor: tuple[etree._Element, bool], texts: list[str]
    ) -> None:
        """Each text inserted in turn after `anchor` (or before it), as what it is: a row
        into a table, a paragraph between blocks (see `redline_blocks`)."""
        section = self.working.section(section_id)
        paragraphs = (self.elements[k] for k in section.origins if self._in_body(k))
        like = next(
            (e for e in paragraphs if e.tag != W_TR and e not in self.notes_in_body),
            self.body_like,
        )
        self._made = []
        element, before = anchor
        for text in texts:
            if is_row(text):
                element = put_row(self.revisions, element, before, text, self._tables())
                before = False
                self._made.append(self._remember(element))
                continue
            element, before = paragraph_place(element, before)
            model, label = like, paragraph_label(text)
            numbered = label and (word_numbered(element) or element in self.numbered)
            if numbered:
                # a clause in a list Word numbers itself: numbered like its neighbour, so the
                # label is Word's and the rest of the list renumbers itself
                model, text = element, text[len(label or "") :].lstrip()
            element = self.revisions.insert_paragraph_after(element, text, model, before)
            if numbered:
                self.numbered.add(element)
            before = False
            self.fresh += 1
            key = f"new:{self.fresh}"
            self.elements[key] = element
            self._made.append(key)

    def _tables(self) -> list[etree._Element]:
        body = self.body_end.getparent()
        return list(body.iterchildren(qn("w:tbl"))) if body is not None else []

    def _remember(self, element: etree._Element) -> str:
        self.fresh += 1
        self.elements[f"new:{self.fresh}"] = element
        return f"new:{self.fresh}"


def outside_table(element: etree._Element) -> etree._Element:
    """New paragraphs go after (or before) a table, never inside one of its rows."""
    if element.tag != W_TR:
        return element
    table = element.getparent()
    while table is not None and table.tag != qn("w:tbl"):
        table = table.getparent()
    return table if table is not None else element


def word_numbered(element: etree._Element) -> bool:
    properties = element.find(qn("w:pPr")) if element.tag == W_P else None
    return properties is not None and properties.find(qn("w:numPr")) is not None


def _label_printed(element: etree._Element, text: str) -> bool:
    label = paragraph_label(text)
    if label is None or element.tag != W_P:
        return False
    return not collapse_spaces(accepted_text(element)).startswith(label)
