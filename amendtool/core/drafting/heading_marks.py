"""Headings made from paragraphs, and paragraphs made from headings, with the same words.

Counsel who marks a paragraph of the offer as a heading (or a heading as body text) changes
where the offer's sections begin, not a word of it. Drafted as a change of text, that reads
as paragraphs deleted and a section added (and is classed as a change of terms). Here it is
one item, drafted before any other so that the other items cite the offer as that item
leaves it. When counsel also rewords that paragraph, the change of words is an item of its
own, classed, worded and explained as any change of those words (a material change must not
pass as a mere heading); the mark beside it then truly leaves the words unchanged.
"""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.diffing import similarity
from amendtool.core.drafting.paragraphs import ParagraphItems
from amendtool.core.items import AmendmentItem, ItemKind, NewSection
from amendtool.core.model import HEADINGLESS, is_contents_title
from amendtool.core.typography import fold_heading, fold_typography

REWORDED = 0.5  # a heading mark's paragraph keeps at least this share of its words


class HeadingMarks(ParagraphItems):
    # the working sections' first position by kind (headingless) and by folded heading
    _heading_index: tuple[dict[str, int], dict[str, int]] | None = None

    def _heading_marks(self) -> None:
        """Emit the heading marks between the original and the revised text; the other items
        are then drafted from the original as those marks leave it."""
        made = self._paragraphs_made() + self._headings_made()
        if made:
            self.orig_text = self.working.copy()

    def _headings_made(self) -> int:
        """Revised headings that are, word for word, a paragraph of the section before."""
        revised, made = self.rev_text.sections, 0
        self._heading_index = None  # the working sections change with each mark made
        for position, new in enumerate(revised):
            if (
                position == 0
                or new.kind in HEADINGLESS
                or self._heading_in(new.heading) is not None
            ):
                continue
            host = self._heading_in(revised[position - 1].heading, revised[position - 1].kind)
            if host is None:
                continue
            index = self._paragraph_reading(host, new.heading)
            if index is None:  # the paragraph made a heading and reworded
                before = revised[position - 1].paragraphs
                index = self._reworded(host, new.heading, before, new.paragraphs)
            if index is None or _count(revised[position - 1], new.heading):
                continue  # not found, or still a paragraph there (a new heading's words)
            taken = {s.id for s in self.working.sections}
            new_id, count = f"added-{new.id}", 1
            while new_id in taken:
                count += 1
                new_id = f"added-{new.id}-{count}"
            key, words = host.origins[index] or "", host.paragraphs[index]
            if fold_typography(words) != fold_typography(new.heading):
                # reworded too: the change of words first, an item of its own, then the mark
                self._modified(host.id, key, new.heading)
            words = new.heading
            self._emit(
                AmendmentItem(
                    ItemKind.MAKE_HEADING,
                    self._paragraph_locator(host, index),
                    page=self._page(key),
                    old_text=words,
                    new_text=new.heading,
                    new_section=NewSection(new_id, new.kind, new.number, new.title, new.heading),
                )
            )
            self._heading_index = None
            made += 1
        return made

    def _paragraphs_made(self) -> int:
        """Original headings that are, word for word, a paragraph of the revised section
        before them."""
        revised = self.rev_text.sections
        headings = {fold_heading(s.heading) for s in revised if s.kind not in HEADINGLESS}
        made = 0
        for section in list(self.working.sections[1:]):
            if section.kind in HEADINGLESS or fold_heading(section.heading) in headings:
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
                    and (s.kind in HEADINGLESS or fold_heading(s.heading) == under)
                ),
                None,
            )
            if host is None:
                continue
            index = self._paragraph_reading(host, section.heading)
            if index is None:  # the heading made body text and reworded
                index = self._reworded(host, section.heading, before.paragraphs, section.paragraphs)
            if index is None or _count(before, section.heading):
                continue  # not found, or a paragraph of those words was there already
            # reworded too: the mark keeps the words, and its paragraph's change of words is
            # drafted with the others, an item of its own (found by the key given here)
            joined = len(before.paragraphs)
            self._emit_section_item(
                ItemKind.MAKE_PARAGRAPH,
                section.id,
                old_text=section.heading,
                new_text=section.heading,
            )
            before.origins[joined] = before.origins[joined] or f"heading:{section.id}"
            made += 1
        return made

    def _heading_in(self, heading: str, kind: str = "") -> TextSection | None:
        """The working section under this heading (the cover, for the cover): the first one
        in order, looked up in an index of the working sections kept until they change."""
        sections = self.working.sections
        if self._heading_index is None:
            by_kind: dict[str, int] = {}
            by_heading: dict[str, int] = {}
            for position, section in enumerate(sections):
                if section.kind in HEADINGLESS:
                    by_kind.setdefault(section.kind, position)
                else:
                    by_heading.setdefault(fold_heading(section.heading), position)
            self._heading_index = (by_kind, by_heading)
        by_kind, by_heading = self._heading_index
        found = [by_heading.get(fold_heading(heading))]
        if kind in HEADINGLESS:
            found.append(by_kind.get(kind))
        positions = [p for p in found if p is not None]
        return sections[min(positions)] if positions else None

    def _paragraph_reading(self, section: TextSection, text: str) -> int | None:
        """The one paragraph of the section (not a table row or a note) with these words."""
        wanted = fold_typography(text)
        found = [
            index
            for index, paragraph in enumerate(section.paragraphs)
            if fold_typography(paragraph) == wanted and not self._uncounted(section.origins[index])
        ]
        return found[0] if len(found) == 1 else None

    def _reworded(
        self, section: TextSection, text: str, gone_from: list[str], followed_by: list[str]
    ) -> int | None:
        """The one paragraph of the section that reads as these words with a few of them
        changed, that is no paragraph of `gone_from` (the section it left or joined, on the
        other side), and that the paragraphs `followed_by` begins with still follow: a heading
        mark together with a rewording, not a paragraph deleted and a heading added."""
        after = fold_typography(followed_by[0]) if followed_by else None
        elsewhere = {fold_typography(p) for p in gone_from}
        found = []
        for index, paragraph in enumerate(section.paragraphs):
            folded = fold_typography(paragraph)
            if self._uncounted(section.origins[index]) or folded in elsewhere:
                continue
            if similarity(folded, fold_typography(text), floor=REWORDED) < REWORDED:
                continue
            following = section.paragraphs[index + 1 : index + 2]
            next_words = fold_typography(following[0]) if following else None
            if next_words == after or (
                next_words is not None
                and after is not None
                and similarity(next_words, after, floor=REWORDED) >= REWORDED
            ):
                found.append(index)
        return found[0] if len(found) == 1 else None


def _count(section: TextSection, text: str) -> int:
    """How many paragraphs of the section are these words."""
    wanted = fold_typography(text)
    return sum(fold_typography(p) == wanted for p in section.paragraphs)
