"""The redline (the original with every item as a Word tracked change) and the conformed copy.

Revisions are written straight from the items — each knows its place, its old and its new
text — onto the original .docx, so the original's formatting is kept. An original read from
EDGAR text or HTML is first set in the house style.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from docx.document import Document as WordDocument

from amendtool.core.amendment import Amendment
from amendtool.core.apply import TextDocument, apply_item
from amendtool.core.items import STRUCTURE_KINDS, TABLE_KINDS, AmendmentItem, ItemKind
from amendtool.core.locate import paragraph_label
from amendtool.core.model import NOTE_KINDS, Document
from amendtool.core.typography import collapse_spaces
from amendtool.io._oxml_revisions import Revisions, accept_all, accepted_text
from amendtool.io.docx_notes import notes_roots
from amendtool.io.docx_package import docx_bytes
from amendtool.io.docx_properties import author_of, stamp
from amendtool.io.redline_base import base_document
from amendtool.io.redline_note_moves import NoteMoving
from amendtool.io.redline_pieces import (
    W_TR,
    RedlineError,
    changes,
    edits_of,
    in_word,
)
from amendtool.io.redline_sections import SectionMarking
from amendtool.io.revision_text import _visible_runs

__all__ = [
    "RedlineError",
    "ReviewDocuments",
    "Step",
    "build_review_documents",
    "replay",
    "review_steps",
]


@dataclass
class ReviewDocuments:
    """The redline and the conformed copy as Word files, and what to tell counsel about them."""

    redline: bytes
    conformed: bytes
    notes: list[str] = field(default_factory=list)


def build_review_documents(
    amendment: Amendment, author: str | None = None, when: dt.datetime | None = None
) -> ReviewDocuments:
    """`author`: who Word names for each revision (counsel's name and firm, from the app's
    Preferences); without one, counsel's firm, else the issuer. `when`: the time of export.
    In a series, the redline is the offer as amended by the earlier amendments (their
    changes accepted) with this amendment's changes tracked."""
    from amendtool.io.review_check import replay_for_export

    filing = amendment.filing
    moment = when or dt.datetime.now(dt.UTC)
    word, notes = replay_for_export(amendment, author, moment)
    number = filing.amendment_number
    made_by = author_of(filing, author)
    stamp(word, f"{filing.document_title} (redline, Amendment No. {number})", made_by, moment)
    redline = _save(word)
    # the conformed copy is the redline written, its changes then accepted in place: read
    # back from the bytes just written, a long table's document was parsed a second time
    accept_all(word.element.body)
    for notes_part in notes_roots(word):
        accept_all(notes_part)
    conformed = f"{filing.document_title}, as amended through Amendment No. {number}"
    stamp(word, conformed, made_by, moment)
    return ReviewDocuments(redline, _save(word), notes)


def review_steps(
    amendment: Amendment, author: str | None = None, when: dt.datetime | None = None
) -> tuple[Document, list[Step]]:
    """The offer as filed and the steps the redline replays on it: each earlier amendment
    of a series accepted, then this one tracked."""
    filing = amendment.filing
    author = author_of(filing, author)  # counsel, else the file's own author
    moment = when or dt.datetime.now(dt.UTC)
    earlier = amendment.series.earlier if amendment.series is not None else []
    steps = [Step(author, _midnight(e.date), e.items, accepted=True) for e in earlier]
    steps.append(Step(author, moment, amendment.change_items, notes=note_texts(amendment.revised)))
    filed = amendment.series.filed if amendment.series is not None else amendment.original
    return filed, steps


@dataclass
class Step:
    """One amendment's items, applied as tracked changes by `author` at `when`, then
    accepted (an earlier amendment whose text is taken as it now reads) or left tracked."""

    author: str
    when: dt.datetime
    items: list[AmendmentItem]
    accepted: bool = False
    # the texts the amended offer prints as notes, each with its kind and printed mark
    notes: Mapping[str, tuple[str, str | None]] | None = None


def replay(filed: Document, steps: list[Step]) -> tuple[WordDocument, list[str]]:
    """The offer as filed (its own Word file where it is one) with each step's items
    applied in turn; every change not accepted is a revision of its step's author."""
    word, mapped, notes = base_document(filed)
    body = word.element.body
    first = steps[0] if steps else Step("", dt.datetime.now(dt.UTC), [])
    writer = _RedlineWriter(mapped, Revisions(first.author, first.when), body)
    writer.word = word
    for index, step in enumerate(steps):
        writer.revisions = Revisions(step.author, step.when, first_id=writer.revisions.next_id)
        writer.printed_notes = step.notes
        for item in step.items:
            if item.kind is not ItemKind.FILE_EXHIBIT:
                try:
                    writer.apply(item)
                except RedlineError as exc:
                    exc.item = item  # which change the Word file cannot carry
                    raise
        writer.carry_kept_notes()
        if step.accepted and all(s.accepted for s in steps[: index + 1]):
            accept_all(body)
            for notes_part in notes_roots(word):
                accept_all(notes_part)
    return word, notes


def note_texts(document: Document) -> dict[str, tuple[str, str | None]]:
    """The text of each note of `document`, as the items give it, with its kind
    ("footnote", "endnote") and the mark it prints."""
    text = TextDocument.from_document(document)
    return {
        words: (paragraph.kind.value, paragraph.note)
        for section, source in zip(text.sections, document.sections, strict=True)
        for paragraph, words in zip(source.paragraphs, section.paragraphs, strict=True)
        if paragraph.kind in NOTE_KINDS
    }


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _save(document: WordDocument) -> bytes:
    """The redline and the conformed copy share the original's styles: deflated once."""
    return docx_bytes(document)


class _RedlineWriter(SectionMarking, NoteMoving):
    """Applies each item as tracked changes on the Word file."""

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
        elif kind in STRUCTURE_KINDS:
            return self._heading_mark(item)  # applies the item itself
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
        elif kind is ItemKind.INSERT_PARAGRAPH and item.locator.added_note:
            return self._add_note(item)  # applies the item itself
        elif kind is ItemKind.INSERT_PARAGRAPH:
            section = self.working.section(item.locator.section_id)
            anchor = self._anchor(section.id, item.locator.paragraph or 0, rows=True)
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
        elif self._row_edited(item):
            return None  # a row's words cited as a paragraph's: its cells edited
        else:
            self._edit_paragraph(item)
        apply_item(self.working, item)

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
            self.revisions.edit(element, changes(text, new, base))

    def _edit_paragraph(self, item: AmendmentItem) -> None:
        section = self.working.section(item.locator.section_id)
        index = (item.locator.paragraph or 1) - 1
        key = section.origins[index]
        element = self._element(key)
        text = section.paragraphs[index]
        runs = _visible_runs(element)  # read once: the paragraph's text, then its map
        edits = in_word(element, text, edits_of(item, text), runs)
        if edits is None:
            raise RedlineError(
                f"{item.locator.section_name}: the Word paragraph no longer "
                "holds the text the item changes"
            )
        self.revisions.edit(element, edits, runs)

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
        runs = _visible_runs(first)
        edits = in_word(first, text, changes(text, news[0]), runs)
        if edits is None:
            raise RedlineError(
                f"{item.locator.section_name}: the Word paragraph no longer "
                "holds the text the item changes"
            )
        self.revisions.edit(first, edits, runs)
        for key in keys[1:]:
            self._strike(key)
        last = self._element(keys[-1], row_ok=True)
        self._made = []
        if news[1:]:
            self._insert(section.id, (last, False), news[1:])
        made = list(self._made)
        apply_item(self.working, item)
        section.origins[start : start + len(news)] = [keys[0], *made]

    def _move(self, item: AmendmentItem) -> None:
        if self.move_note(item):
            return
        source = self.working.section(item.locator.section_id)
        first = (item.locator.paragraph or 1) - 1
        texts = item.old_text.split("\n\n")  # one paragraph, or a run moved together
        for key in source.origins[first : first + len(texts)]:
            element = self._element(key, row_ok=True)
            if element.tag == W_TR:
                self.revisions.delete_row(element)  # a row moved goes as a row, and stays one
            else:
                self.revisions.delete_paragraph(element)
            self.elements.pop(key or "", None)  # struck where it was: no anchor for new text
        apply_item(self.working, item)
        target_id = item.locator.to_section_id or item.locator.section_id
        target = self.working.section(target_id)
        position = item.locator.to_paragraph or 0
        anchor = self._anchor(target_id, position, rows=True)
        self._insert(target_id, anchor, texts)
        target.origins[position : position + len(texts)] = self._made[: len(texts)]
