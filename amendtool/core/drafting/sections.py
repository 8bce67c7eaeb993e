"""Items about whole sections: added, deleted, restated, retitled, renumbered."""

from __future__ import annotations

from amendtool.core.apply import TextSection
from amendtool.core.drafting.citing import section_name
from amendtool.core.drafting.paragraphs import ParagraphItems
from amendtool.core.items import AmendmentItem, ItemKind, Locator, Materiality, NewSection
from amendtool.core.typography import fold_heading


class SectionItems(ParagraphItems):
    def _delete_section(self, old: TextSection) -> None:
        section = self.working.section(old.id)
        self._emit_section_item(
            ItemKind.DELETE_SECTION, old.id, old_text="\n\n".join(section.paragraphs)
        )

    def _add_section(self, new: TextSection, previous_id: str | None) -> str:
        # a section an earlier amendment of a series added may already carry the name
        taken = {s.id for s in self.working.sections}
        new_id, count = f"added-{new.id}", 1
        while new_id in taken:
            count += 1
            new_id = f"added-{new.id}-{count}"
        after = self.working.section(previous_id) if previous_id else None
        # a footnote or endnote of the new section is added as a note to the paragraph
        # that prints its mark, as anywhere else: set in the section's text it would print
        # as a paragraph of the body
        keys = [f"rev:{new.id}:{j}" for j in range(len(new.paragraphs))]
        body = [j for j, key in enumerate(keys) if key not in self.notes_by_key]
        texts = [new.paragraphs[j] for j in body]
        section = NewSection(new_id, new.kind, new.number, new.title, new.heading, texts)
        locator = Locator(
            section_id=new_id,
            section_name=section_name(new, self.capitals),
            section_kind=new.kind,
            after_section_id=after.id if after else None,
            after_section_name=self._ending_name(after) if after else None,
        )
        self._emit(
            AmendmentItem(
                ItemKind.ADD_SECTION,
                locator,
                page=self._ending_page(after) if after else None,  # where the new section goes
                new_text="\n\n".join(texts),
                new_paragraphs=list(texts),
                new_section=section,
            )
        )
        self.working.section(new_id).origins = [keys[j] for j in body]
        self.marks_added, self.marks_deferred = set(), {}
        for j, key in enumerate(keys):
            if key in self.notes_by_key:
                self._insert(new_id, j, [new.paragraphs[j]], [key])
        return new_id

    def _ending_name(self, section: TextSection) -> str:
        """The section as filed that the working `section` ends with: a section that a
        heading made body text joined to it ends with the section it took in, and a new
        section after it follows that one in the offer as filed."""
        for key in reversed(section.origins):
            place = self.orig_place.get(key or "")
            if place is not None:
                if place[0] != section.id and self._marked_away(section, place[0]):
                    return self._cited_name(place[0])
                break
        return self._cited_name(section.id)

    def _ending_page(self, section: TextSection) -> str | None:
        """The page of the offer as filed where the section, as the items before leave it,
        ends: the page of its last filed paragraph. A section that a heading made body text
        joined to it ends where the section it took in ends, not where it ended as filed."""
        printed = self.sections.get(section.id)
        own = {p.id for p in printed.paragraphs} if printed else set()
        for key in reversed(section.origins):
            paragraph = self.paragraphs.get(key) if key else None
            if paragraph is not None and paragraph.id not in own and paragraph.last_page:
                return paragraph.last_page  # the last of a section it took in
            if paragraph is not None:
                break
        return printed.last_page if printed else None

    def _replace_section(self, old: TextSection, new: TextSection) -> None:
        section = self.working.section(old.id)
        retitled = fold_heading(old.heading) != fold_heading(new.heading)
        self._emit_section_item(
            ItemKind.REPLACE_SECTION,
            old.id,
            old_text="\n\n".join(section.paragraphs),
            new_text="\n\n".join(new.paragraphs),
            new_paragraphs=list(new.paragraphs),
            new_section=new_heading(old, new) if retitled else None,
        )
        section.origins = [f"rev:{new.id}:{j}" for j in range(len(new.paragraphs))]

    def _retitle(self, old: TextSection, new: TextSection) -> None:
        section = self.working.section(old.id)
        self._emit_section_item(
            ItemKind.RETITLE_SECTION,
            old.id,
            old_text=section.heading,
            new_text=new.heading,
            new_section=new_heading(old, new),
        )

    def _renumber(self, run: list[tuple[TextSection, TextSection]]) -> None:
        """One item for sections that only moved up or down in the numbering, as counsel
        writes it ("Sections 4 through 6 … have been renumbered as Sections 5 through 7")."""
        first, last = run[0][0], self.working.section(run[-1][0].id)
        self._emit(
            AmendmentItem(
                ItemKind.RENUMBER_SECTIONS,
                self._locator(
                    first.id,
                    to_section_id=last.id,
                    to_section_name=self._cited_name(last.id),
                    to_section_kind=last.kind,
                ),
                page=self._section_page(first.id),
                old_text="\n".join(self.working.section(old.id).heading for old, _ in run),
                materiality=Materiality.CLARIFYING,
                renumbered=[new_heading(old, new) for old, new in run],
            )
        )


def new_heading(old: TextSection, new: TextSection) -> NewSection:
    """The original section under the revised draft's number, title and heading."""
    return NewSection(old.id, new.kind, new.number, new.title, new.heading)
