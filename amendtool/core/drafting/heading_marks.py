"""Headings made from paragraphs, and paragraphs made from headings, with the same words.

Counsel who marks a paragraph of the offer as a heading (or a heading as body text) changes
where the offer's sections begin, not a word of it. Drafted as a change of text, that reads
as paragraphs deleted and a section added (and is classed as a change of terms). Here it is
one item, drafted before any other so that the other items cite the offer as that item
leaves it.
"""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.drafting.paragraphs import ParagraphItems
from amendtool.core.items import AmendmentItem, ItemKind, NewSection
from amendtool.core.model import is_contents_title
from amendtool.core.typography import fold_heading, fold_typography


class HeadingMarks(ParagraphItems):
    def _heading_marks(self) -> None:
        """Emit the heading marks between the original and the revised text; the other items
        are then drafted from the original as those marks leave it."""
        made = self._paragraphs_made() + self._headings_made()
        if made:
            self.orig_text = self.working.copy()

    def _headings_made(self) -> int:
        """Revised headings that are, word for word, a paragraph of the section before."""
        revised, made = self.rev_text.sections, 0
        for position, new in enumerate(revised):
            if position == 0 or new.kind == "front" or self._heading_in(new.heading) is not None:
                continue
            host = self._heading_in(revised[position - 1].heading, revised[position - 1].kind)
            if host is None:
                continue
            index = self._paragraph_reading(host, new.heading)
            if index is None or _count(revised[position - 1], new.heading):
                continue  # not found, or still a paragraph there (a new heading's words)
            taken = {s.id for s in self.working.sections}
            new_id, count = f"added-{new.id}", 1
            while new_id in taken:
                count += 1
                new_id = f"added-{new.id}-{count}"
            key = host.origins[index] or ""
            self._emit(
                AmendmentItem(
                    ItemKind.MAKE_HEADING,
                    self._paragraph_locator(host, index),
                    page=self._page(key),
                    old_text=host.paragraphs[index],
                    new_text=new.heading,
                    new_section=NewSection(new_id, new.kind, new.number, new.title, new.heading),
                )
            )
            made += 1
        return made

    def _paragraphs_made(self) -> int:
        """Original headings that are, word for word, a paragraph of the revised section
        before them."""
        revised = self.rev_text.sections
        headings = {fold_heading(s.heading) for s in revised if s.kind != "front"}
        made = 0
        for section in list(self.working.sections[1:]):
            if section.kind == "front" or fold_heading(section.heading) in headings:
                continue
            position = self.working.index_of(section.id)
            before = self.working.sections[position - 1]
            if is_contents_title(before.title):
                continue  # the contents list every heading: a line of it is no heading made text
            under = fold_heading(before.heading)
            host = next(
                (
                    s
                    for s in revised
                    if s.kind == before.kind
                    and (s.kind == "front" or fold_heading(s.heading) == under)
                ),
                None,
            )
            index = self._paragraph_reading(host, section.heading) if host else None
            if host is None or index is None or _count(before, section.heading):
                continue  # not found, or a paragraph of those words was there already
            self._emit_section_item(
                ItemKind.MAKE_PARAGRAPH,
                section.id,
                old_text=section.heading,
                new_text=host.paragraphs[index],
            )
            made += 1
        return made

    def _heading_in(self, heading: str, kind: str = "") -> TextSection | None:
        """The working section under this heading (the cover, for the cover)."""
        for section in self.working.sections:
            if kind == "front" and section.kind == "front":
                return section
            if section.kind != "front" and fold_heading(section.heading) == fold_heading(heading):
                return section
        return None

    def _paragraph_reading(self, section: TextSection, text: str) -> int | None:
        """The one paragraph of the section (not a table row or a note) with these words."""
        wanted = fold_typography(text)
        found = [
            index
            for index, paragraph in enumerate(section.paragraphs)
            if fold_typography(paragraph) == wanted and not self._uncounted(section.origins[index])
        ]
        return found[0] if len(found) == 1 else None


def _count(section: TextSection, text: str) -> int:
    """How many paragraphs of the section are these words."""
    wanted = fold_typography(text)
    return sum(fold_typography(p) == wanted for p in section.paragraphs)
