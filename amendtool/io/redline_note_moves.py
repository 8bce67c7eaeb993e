"""Moving a note in the redline: a note stays a note where it now stands, never rewritten as
a body paragraph that happens to read the same, and a kept note's mark follows the note to
the paragraph it now reads after."""

from __future__ import annotations

import copy

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.apply import apply_item
from amendtool.core.items import AmendmentItem
from amendtool.io._oxml_revisions import W_R
from amendtool.io.redline_note_runs import (
    _NOTE_KINDS,
    _in_deletion,
    _leads_with_mark,
    _mark_run,
    _struck,
)
from amendtool.io.redline_notes import _PARTS, _W_NS, NoteMarking


class NoteMoving(NoteMarking):
    """Moves the notes an amendment moves."""

    def move_note(self, item: AmendmentItem) -> bool:
        """A Word note moved: its text stays in the notes part and only its reference mark
        moves, struck where it was and put (tracked) in the text the note now follows; a
        note is never rewritten as a body paragraph of the same words. False when the
        paragraph moved is not a Word note."""
        source = self.working.section(item.locator.section_id)
        key = source.origins[(item.locator.paragraph or 1) - 1]
        element = self.elements.get(key) if key is not None else None
        note = element.getparent() if element is not None else None
        body = self.body_end.getparent()
        if element is not None and self._house() and _leads_with_mark(element):
            self._move_house_note(item, element, key or "")
            return True
        if note is None or note.tag not in _NOTE_KINDS or body is None:
            return False
        ident, reference = note.get(qn("w:id")), _NOTE_KINDS[note.tag]
        for mark in [r for r in body.iter(qn(f"w:{reference}")) if r.get(qn("w:id")) == ident]:
            run = mark.getparent()
            if run is not None and run.tag == W_R and not _in_deletion(mark):
                self.revisions.delete_run(run)
        apply_item(self.working, item)
        target_id = item.locator.to_section_id or item.locator.section_id
        target = self.working.section(target_id)
        position = item.locator.to_paragraph or 0
        target.origins[position] = key
        while position > 0 and not self._in_body(target.origins[position - 1]):
            position -= 1  # after other notes: the paragraph they belong to prints the mark
        carrier = self._carrier(target_id, target.origins[position - 1] if position else None)
        run = _mark_run(f"w:{reference}", _PARTS[reference.removesuffix("Reference")][3])
        run[-1].set(qn("w:id"), ident or "")
        self._put_mark(carrier, None, run)
        return True

    def carry_kept_notes(self) -> None:
        """A Word note kept while the paragraph printing its mark is deleted, split or left
        elsewhere: its mark goes (tracked) to the paragraph the note now follows, not lost
        with its paragraph nor printed after the wrong one (Word sets a note after the
        paragraph holding its mark)."""
        body = self.body_end.getparent()
        if self.word is None or body is None:
            return
        for section in self.working.sections:
            carrier: str | None = None
            for key in section.origins:
                if self._in_body(key):
                    carrier = key
                    continue
                element = self.elements.get(key) if key is not None else None
                note = element.getparent() if element is not None else None
                if (
                    element is None
                    or note is None
                    or note.tag not in _NOTE_KINDS
                    or _struck(element)
                ):
                    continue
                ident, reference = note.get(qn("w:id")), _NOTE_KINDS[note.tag]
                marks = [r for r in body.iter(qn(f"w:{reference}")) if r.get(qn("w:id")) == ident]
                live = [m for m in marks if not _in_deletion(m)]
                if not marks:
                    continue
                target = self._carrier(section.id, carrier)
                if live and any(target in m.iterancestors() for m in live):
                    continue  # its mark is where the note now reads
                for mark in live:
                    self._strike_mark(mark)
                run = _mark_run(f"w:{reference}", _PARTS[reference.removesuffix("Reference")][3])
                run[-1].set(qn("w:id"), ident or "")
                self._put_mark(target, None, run)

    def _strike_mark(self, mark: etree._Element) -> None:
        """A note's reference taken out of the paragraph it was in (tracked, or dropped when
        this redline put it there)."""
        run = mark.getparent()
        if run is None or run.tag != W_R:
            return
        holder = run.getparent()
        if holder is not None and holder.tag == qn("w:ins"):
            holder.remove(run)
            return
        self.revisions.delete_run(run)

    def _move_house_note(self, item: AmendmentItem, element: etree._Element, key: str) -> None:
        """A note set in the house style moved: struck where it was and inserted where it
        now stands as a note again (its look and its leading mark), not as body text."""
        lead = copy.deepcopy(next(element.iter(W_R)))
        self.revisions.delete_paragraph(element)
        self.elements.pop(key, None)  # struck where it was: no anchor for where it goes
        apply_item(self.working, item)
        target_id = item.locator.to_section_id or item.locator.section_id
        position = item.locator.to_paragraph or 0
        after, before = self._anchor(target_id, position)
        paragraph = self.revisions.insert_paragraph_after(after, item.old_text, element, before)
        wrapper = self.revisions.mark("w:ins")
        wrapper.append(lead)
        first = paragraph.find(f"{{{_W_NS}}}ins")
        (first if first is not None else paragraph[-1]).addprevious(wrapper)
        self.working.section(target_id).origins[position] = self._remember(paragraph)
