"""Sections in the redline: a restated section marked as Word's Compare marks it, a section
added or retitled."""

from __future__ import annotations

from itertools import groupby

from lxml import etree

from amendtool.core.apply import apply_item
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.typography import collapse_spaces
from amendtool.io._oxml_revisions import accepted_text
from amendtool.io.redline_notes import NoteMarking
from amendtool.io.redline_pieces import W_P, W_TR, changes, in_word, outside_table
from amendtool.io.redline_restated import Restated, RestatedRows, RowPlace, restated_steps


class SectionMarking(RestatedRows, NoteMarking):
    """Section items (restated, added, retitled)."""

    def _heading_mark(self, item: AmendmentItem) -> None:
        """A paragraph made a heading, or a heading made a paragraph: the words stay as they
        are in the Word file; the working text and the places of headings follow."""
        loc = item.locator
        if item.kind is ItemKind.MAKE_HEADING and item.new_section is not None:
            section = self.working.section(loc.section_id)
            key = section.origins[(loc.paragraph or 1) - 1]
            apply_item(self.working, item)
            element = self._element(key)
            self.revisions.restyle(element, self.heading_like)  # set as the headings are
            self._reword(element, item)
            self.headings[item.new_section.id] = element
            return
        element = self._heading(loc.section_id)
        self.revisions.restyle(element, self.body_like)  # set as the text is
        self._reword(element, item)
        position = self.working.index_of(loc.section_id)
        before = self.working.sections[position - 1]
        start = len(before.paragraphs)
        apply_item(self.working, item)
        key = f"heading:{loc.section_id}"
        self.elements[key] = element
        before.origins[start] = key

    def _reword(self, element: etree._Element, item: AmendmentItem) -> None:
        """A heading mark whose words counsel changed too: only what changed is marked."""
        old = collapse_spaces(accepted_text(element))
        new = collapse_spaces(item.new_text or old)
        if old != new:
            self.revisions.edit(element, changes(old, new))

    def _retitle(self, item: AmendmentItem) -> None:
        """Only what changed in the heading is marked ("4." struck, "5." inserted)."""
        element = self._heading(item.locator.section_id)
        old = collapse_spaces(accepted_text(element))
        new = collapse_spaces(item.new_text)
        if old == new:
            return  # e.g. a number Word's list numbering prints and updates by itself
        self.revisions.edit(element, changes(old, new))

    def _replace_section(self, item: AmendmentItem) -> None:
        """A restated section marked as Word's Compare marks it: each paragraph that is still
        the same paragraph edited in place, word by word, and each table row that is still
        the same row edited cell by cell; the others struck or inserted (a new row in its
        table). Restated whole only where new text would stand between two rows of a table."""
        section = self.working.section(item.locator.section_id)
        if item.new_section is not None:
            self._retitle(
                item.__class__(
                    ItemKind.RETITLE_SECTION, item.locator, new_text=item.new_section.heading
                )
            )
        news = list(item.new_paragraphs)
        steps = restated_steps(section, news)
        keys, olds = list(section.origins), list(section.paragraphs)
        if not self._rows_placeable(steps, keys, news):
            return self._restate_whole(item)
        place = RowPlace(self._heading(section.id))
        rows_after = self._rows_after(steps, keys)
        made: list[str | None] = []
        carrier = place.last  # the text a new note's mark follows: the last text kept or put in
        for number, step in enumerate(steps):
            key = keys[step.old] if step.old is not None else None
            element = self.elements.get(key) if key is not None else None
            if element is not None and element.tag == W_TR:
                made += self._restate_row(step, element, key, olds, news, place)
                carrier = _last_paragraph(self.elements[made[-1] or ""]) if step.new else carrier
                continue
            if step.kind == "keep":
                made.append(key)
                place.passed(self._after_element(key, place.last))
                carrier = element if self._in_body(key) and element is not None else carrier
                continue
            if step.kind != "insert":
                element = self._element(key)
                place.passed(self._after_element(key, place.last))  # never into the notes
                if (
                    step.kind == "edit"
                    and not self._note_made_body(key, news, step)
                    and self._edit_in_place(element, olds, news, step)
                ):
                    made.append(key)
                    carrier = element if self._in_body(key) else carrier
                    continue
                self._strike(key)
            if step.new is None:
                continue
            text = news[step.new]
            if self.printed_notes is not None and text in self.printed_notes:
                notes = self._restated_note(item, text, carrier, (place.last, False))
                made += notes
                if self._in_body(notes[-1]):
                    place.passed(self.elements[notes[-1]])  # a note set in the body
                continue
            key = self._insert_restated(section.id, text, place, rows_after[number])
            made.append(key)
            carrier = _last_paragraph(self.elements[key])
        apply_item(self.working, item)
        section.origins[:] = made

    def _after_element(self, key: str | None, last: etree._Element) -> etree._Element:
        """What new text goes after once paragraph `key` is passed (a note has no element
        in the body: the paragraph before it)."""
        if not self._in_body(key):
            return last
        return outside_table(self.elements[key])

    def _note_made_body(self, key: str | None, news: list[str], step: Restated) -> bool:
        """A note whose place the amended offer gives to text of its body (the note gone, or
        its words now in a paragraph of the body): struck from the notes and the text put in
        the body, never the note's words edited into the body's."""
        if key not in self.notes or step.new is None or self.printed_notes is None:
            return False
        return news[step.new] not in self.printed_notes

    def _edit_in_place(
        self, element: etree._Element, olds: list[str], news: list[str], step: Restated
    ) -> bool:
        """Mark only the words that changed; False where the Word paragraph does not hold
        the old text as written (Word's own numbering in front of it)."""
        if element.tag != W_P or step.old is None or step.new is None:
            return False
        old, new = olds[step.old], news[step.new]
        edits = in_word(element, old, changes(old, new))
        if edits is None:
            return False
        self.revisions.edit(element, edits)
        return True

    def _restate_whole(self, item: AmendmentItem) -> None:
        """Every old paragraph (and table row) struck, every new one inserted after them: a
        row into a table, a note as a note (its mark after the text before it, the heading
        when it opens the section), the rest as paragraphs of the body."""
        section = self.working.section(item.locator.section_id)
        last = self._heading(section.id)
        for key in section.origins:
            self._strike(key)
            if self._in_body(key):  # a note's paragraph is in the notes: never after it
                last = outside_table(self._element(key, row_ok=True))
        carrier = self._heading(section.id)  # the text a new note's mark follows
        made: list[str] = []
        for note, run in groupby(item.new_paragraphs, key=self._printed_as_note):
            texts = list(run)
            if note:
                for text in texts:
                    made += self._restated_note(item, text, carrier, (last, False))
                    if self._in_body(made[-1]):  # a note set in the body
                        last = self.elements[made[-1]]
                continue
            self._insert(section.id, (last, False), texts)
            made += self._made
            last = outside_table(self.elements[made[-1]])
            carrier = _last_paragraph(self.elements[made[-1]])
        apply_item(self.working, item)
        section.origins[:] = made

    def _printed_as_note(self, text: str) -> bool:
        return self.printed_notes is not None and text in self.printed_notes

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
        if new.heading:  # a section with no heading (the cover) gets no empty heading line
            like = self._heading_of_kind(new.kind, after)
            like = like if like is not None else place[0]
            heading = self.revisions.insert_paragraph_after(place[0], new.heading, like, place[1])
            self.headings[new.id] = heading
            place = (heading, False)
        apply_item(self.working, item)
        section = self.working.section(new.id)
        section.origins[:] = []
        section.paragraphs[:] = []
        self._insert(new.id, place, item.new_paragraphs)
        section.paragraphs[:] = list(item.new_paragraphs)
        section.origins[:] = list(self._made)

    def _heading_of_kind(self, kind: str, after: str | None) -> etree._Element | None:
        """The heading a new section's is set like: that of the nearest section of its kind
        at or before where it goes (a "Section 11." among Heading 2 sections, not the
        Heading 1 of the offer's first part), else of any of its kind, else the first."""
        sections = self.working.sections
        stop = self.working.index_of(after) + 1 if after else 0
        ordered = [*reversed(sections[:stop]), *sections[stop:]]
        for section in ordered:
            if section.kind == kind and section.id in self.headings:
                return self.headings[section.id]
        return self.heading_like


def _last_paragraph(element: etree._Element) -> etree._Element:
    """The paragraph a note's mark goes in: a row's last."""
    return list(element.iter(W_P))[-1] if element.tag == W_TR else element
