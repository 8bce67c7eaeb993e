"""A footnote or endnote the revision adds, set as a note in the redline and the conformed
copy: its reference mark goes in the paragraph after the words the item names, its text in
the notes, both as tracked insertions.

In the original's own Word file the note is a real Word note (footnotes.xml / endnotes.xml,
numbered by Word); where the original was set in the house style (an EDGAR original) its
notes are paragraphs led by their mark, and the new one is set the same way.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.apply import apply_item
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.notes import printed_mark
from amendtool.core.typography import collapse_spaces
from amendtool.io._oxml_revisions import (
    NOTE_MARK_STYLE,
    W_PPR,
    W_RPR,
    _char_map,
    _explode_runs,
    _mark_paragraph,
    _raw_span,
    _run_starting_at,
    accepted_text,
)
from amendtool.io.docx_notes import make_notes_editable
from amendtool.io.oxml_element import OxmlElement
from amendtool.io.redline_note_runs import (
    _a_note_paragraph,
    _leads_with_mark,
    _mark_run,
    _styled,
    _text_run,
)
from amendtool.io.redline_pieces import W_TR, RedlineBase, RedlineError

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# "footnote" / "endnote" → (relationship, part name, text style, reference style)
_PARTS = {
    "footnote": (RT.FOOTNOTES, "footnotes", "FootnoteText", "FootnoteReference"),
    "endnote": (RT.ENDNOTES, "endnotes", "EndnoteText", "EndnoteReference"),
}


class NoteMarking(RedlineBase):
    """Adds the notes an amendment adds; `word` is the Word file the redline is written on."""

    word: WordDocument | None = None

    def _add_note(self, item: AmendmentItem) -> None:
        loc = item.locator
        section = self.working.section(loc.section_id)
        position = loc.paragraph or 0
        while position > 0 and section.origins[position - 1] in self.notes:
            position -= 1  # the notes already on the paragraph: it prints the new mark
        carrier = self._carrier(section.id, section.origins[position - 1] if position else None)
        kind = loc.added_note or "footnote"
        if not self._house():
            made = self._word_note(carrier, kind, item)
        else:
            place = self._anchor(section.id, loc.paragraph or 0)
            made = self._house_note(carrier, place, item)
        self._made = made
        apply_item(self.working, item)
        start = loc.paragraph or 0
        section.origins[start : start + len(made)] = made

    def _restated_note(
        self,
        item: AmendmentItem,
        text: str,
        carrier: etree._Element,
        place: tuple[etree._Element, bool],
    ) -> list[str]:
        """A note a restated section puts in (`text`, printed as a note by the amended
        offer): set as a note, as an added note is (a Word note, or a paragraph in the
        notes' style led by its mark), its mark after the text of `carrier`; never a
        paragraph of the body. Returns the keys of what was made."""
        kind, mark = (self.printed_notes or {}).get(text, ("footnote", None))
        locator = replace(
            item.locator, added_note=kind, added_mark=mark, note_after=None, note_printed=None
        )
        note = replace(item, kind=ItemKind.INSERT_PARAGRAPH, locator=locator, new_paragraphs=[text])
        if not self._house():
            return self._word_note(carrier, kind, note)
        return self._house_note(carrier, place, note)

    def _carrier(self, section_id: str, key: str | None) -> etree._Element:
        """The paragraph that prints the new note's mark: the one before the note; a row's
        last paragraph, when a table row is; the section's heading, when the note opens its
        section (Word sets a note's mark in text, and the heading is the text before it);
        with no heading either (the top of the cover), the text after it."""
        if key is None:
            if section_id in self.headings:
                return self.headings[section_id]
            found = self._text_after(section_id)
            if found is None:
                name = self.working.section(section_id).title
                raise RedlineError(f"{name}: the note added has no text after it for its mark")
            return found
        element = self._element(key, row_ok=True)
        if element.tag == W_TR:
            return list(element.iter(qn("w:p")))[-1]
        return element

    def _text_after(self, section_id: str) -> etree._Element | None:
        """The text a note opening a section with no heading (the cover) hangs from: the
        section's first paragraph or row, else the next section's heading or text."""
        index = self.working.index_of(section_id)
        for section in self.working.sections[index:]:
            if section.id != section_id and section.id in self.headings:
                return self.headings[section.id]
            key = next((k for k in section.origins if self._in_body(k)), None)
            if key is not None:
                element = self._element(key, row_ok=True)
                return list(element.iter(qn("w:p")))[-1] if element.tag == W_TR else element
        return None

    # --- a real Word note ------------------------------------------------------------------
    def _word_note(self, carrier: etree._Element, kind: str, item: AmendmentItem) -> list[str]:
        root = self._notes_root(kind, create=True)
        assert root is not None
        _, _, text_style, reference_style = _PARTS[kind]
        idents = [int(n.get(qn("w:id")) or 0) for n in root.iterchildren(qn(f"w:{kind}"))]
        ident = str(max([0, *idents]) + 1)
        like = _a_note_paragraph(root, kind)
        note = OxmlElement(f"w:{kind}")
        note.set(qn("w:id"), ident)
        made = []
        for index, text in enumerate(item.new_paragraphs):
            paragraph = OxmlElement("w:p")
            ppr = copy.deepcopy(like.find(W_PPR)) if like is not None else None
            if ppr is None:
                ppr = _styled(OxmlElement("w:pPr"), "w:pStyle", text_style)
            for child in ppr.findall(W_RPR):
                ppr.remove(child)
            paragraph.append(ppr)
            wrapper = self.revisions.mark("w:ins")
            if index == 0:
                wrapper.append(_mark_run(f"w:{kind}Ref", reference_style))
            wrapper.append(_text_run(f" {text}" if index == 0 else text))
            paragraph.append(wrapper)
            _mark_paragraph(paragraph, self.revisions.mark("w:ins"))
            note.append(paragraph)
            made.append(self._remember(paragraph))
        root.append(note)
        self.notes.update(made)
        reference = _mark_run(f"w:{kind}Reference", reference_style)
        reference[-1].set(qn("w:id"), ident)
        self._put_mark(carrier, item.locator.note_after, reference)
        return made

    def _notes_root(self, kind: str, create: bool) -> etree._Element | None:
        if self.word is None:
            return None
        reltype, name, _, _ = _PARTS[kind]
        make_notes_editable(self.word)
        for rel in self.word.part.rels.values():
            if rel.reltype == reltype and not rel.is_external:
                return rel.target_part.element
        if not create:
            return None
        separators = "".join(
            f'<w:{kind} w:type="{t}" w:id="{i}"><w:p><w:r><w:{t}/></w:r></w:p></w:{kind}>'
            for i, t in ((-1, "separator"), (0, "continuationSeparator"))
        )
        xml = f'<w:{name} xmlns:w="{_W_NS}">{separators}</w:{name}>'
        part = Part(
            PackURI(f"/word/{name}.xml"),
            f"application/vnd.openxmlformats-officedocument.wordprocessingml.{name}+xml",
            xml.encode(),
            self.word.part.package,
        )
        self.word.part.relate_to(part, reltype)
        return self._notes_root(kind, create=False)

    # --- a note set as a paragraph (the house style) ---------------------------------------
    def _house(self) -> bool:
        """The original was set in the house style: its notes are paragraphs of the body."""
        return self.word is not None and any(
            s.style_id == NOTE_MARK_STYLE for s in self.word.styles
        )

    def _house_note(
        self, carrier: etree._Element, place: tuple[etree._Element, bool], item: AmendmentItem
    ) -> list[str]:
        mark = item.locator.added_mark or "*"
        after, before = place
        like = next(
            (
                self.elements[k]
                for s in self.working.sections
                for k in s.origins
                if k in self.elements and _leads_with_mark(self.elements[k])
            ),
            None,
        )
        made = []
        for index, text in enumerate(item.new_paragraphs):
            paragraph = self.revisions.insert_paragraph_after(after, text, like, before)
            if like is None:
                _styled(paragraph.find(W_PPR), "w:pStyle", "ATNote")
            if index == 0:
                wrapper = self.revisions.mark("w:ins")
                lead = _text_run(printed_mark(mark) + " ")
                _styled(lead.find(W_RPR), "w:rStyle", NOTE_MARK_STYLE)
                wrapper.append(lead)
                first = paragraph.find(f"{{{_W_NS}}}ins")
                (first if first is not None else paragraph[-1]).addprevious(wrapper)
            after, before = paragraph, False
            made.append(self._remember(paragraph))
        words = item.locator.note_after or ""
        if f"{words}{printed_mark(mark)}" in collapse_spaces(accepted_text(carrier)):
            return made  # the mark is printed in the text (EDGAR text), put in by its item
        if item.locator.note_printed and collapse_spaces(accepted_text(carrier)).count(words) != 1:
            # a mark printed as text goes after its words in its own paragraph, or nowhere:
            # printed at the paragraph's end it would be words the revision does not have
            raise RedlineError(
                f'{item.locator.section_name}: the note\'s mark "{item.locator.note_printed}" '
                f'follows "{words}", which the paragraph it is on does not hold once'
            )
        reference = _text_run(item.locator.note_printed or printed_mark(mark))
        if not item.locator.note_printed:  # a mark the text prints is set as the text is
            rpr = reference.find(W_RPR)
            _styled(rpr, "w:rStyle", NOTE_MARK_STYLE)
            _styled(rpr, "w:vertAlign", "superscript")
        self._put_mark(carrier, item.locator.note_after, reference)
        return made

    # --- the mark in the body --------------------------------------------------------------
    def _put_mark(self, carrier: etree._Element, words: str | None, run: etree._Element) -> None:
        """The reference run, tracked, right after `words` (else at the paragraph's end)."""
        text = collapse_spaces(accepted_text(carrier))
        end = len(text)
        if words and text.count(words) == 1:
            end = text.index(words) + len(words)
        wrapper = self.revisions.mark("w:ins")
        wrapper.append(run)
        _explode_runs(carrier)
        chars = _char_map(carrier)
        raw, _ = _raw_span(chars, end, end)
        if raw < len(chars):
            following = _run_starting_at(carrier, raw)
            parent = following.getparent()
            if parent is not None and parent.tag in (qn("w:del"), qn("w:ins")):
                following = parent
            following.addprevious(wrapper)
        else:
            carrier.append(wrapper)
