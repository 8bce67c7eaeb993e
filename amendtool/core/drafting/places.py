"""Where the items go: the place a paragraph now holds in the working text, the paragraph
new text is put after, and the page each is printed on (a paragraph an earlier amendment of
a series put in stands on the page of the paragraph it follows)."""

from __future__ import annotations

from typing import Any

from amendtool.core.apply import LocatorError, TextSection
from amendtool.core.diffing import WORK
from amendtool.core.drafting.box_places import copy_box
from amendtool.core.drafting.citing import Citing, note_answer, section_name
from amendtool.core.items import Locator
from amendtool.core.typography import collapse_spaces


class Places(Citing):
    """The places and pages the emitters cite, on top of the shared state (Citing)."""

    def _anchor_locator(self, section: TextSection, anchor: int) -> Locator:
        """An insertion point: after paragraph `anchor` (1-based; 0 the section's start),
        or after a table when that paragraph is one of its rows."""
        locator = self._locator(
            section.id, paragraph=anchor, paragraph_count=len(section.paragraphs)
        )
        if anchor:
            if section.origins[anchor - 1] in self.row_keys:
                note_answer(locator, section.paragraphs, anchor - 1)
                locator.after_table, locator.table_count = self._cite_table(
                    locator, section, anchor - 1
                )
            else:
                self._cite(locator, section, anchor - 1)
                # after a note or a text box: after the paragraph it is printed apart from
                locator.note = locator.note_kind = None
                self.boxes.clear(locator)
        else:
            if any(self._uncounted(key) for key in section.origins):
                locator.printed_count = self._printed(section, 0)[1]
            if section.origins:  # before a paragraph an earlier amendment put in: through it
                self._through(locator, section.origins[0])
        return locator

    def _box_insert(
        self, locator: Locator, section: TextSection, anchor: int, keys: list[str]
    ) -> str | None:
        """New paragraphs of a text box put in after paragraph `anchor`: in the box whose
        paragraph they follow (or precede: before its first, cited on that one's page, which
        is returned), else a new box, anchored in what the insertion follows (the paragraph,
        table or title line; none: the heading)."""
        box = self.boxes.box_of(keys[0])
        if box is None:
            return None
        origins = section.origins
        if anchor and self.boxes.box_of(origins[anchor - 1]) == box:
            self._cite(locator, section, anchor - 1)  # after its paragraph, in the box
            locator.box_into = True
        elif anchor < len(origins) and self.boxes.box_of(origins[anchor]) == box:
            first = Locator(section_id=section.id, section_name=locator.section_name)
            self._cite(first, section, anchor)
            copy_box(first, locator)
            locator.box_paragraph, locator.box_into = 0, True  # before its first paragraph
            return self._page(origins[anchor] or "")
        else:
            locator.box_new = True
        return None

    def _move_anchor(self, section_id: str, new_index: int) -> int:
        """Where a moved paragraph goes (1-based; 0 the start): after the paragraph that
        precedes it in the revision, as far as that is in the section yet."""
        section = self.working.section(section_id)
        known = self.origin_maps.get(section_id, {})
        guess = self.provisional.get(section_id, {})
        for j in range(new_index - 1, -1, -1):
            for key in (known.get(j), guess.get(j)):
                if key and key in section.origins:
                    return section.origins.index(key) + 1
        return 0

    def _anchor(self, section_id: str, origin_of_new: dict[int, str], new_index: int) -> int:
        """Working position (1-based) of the paragraph new text follows; 0 for the start."""
        section = self.working.section(section_id)
        for j in range(new_index - 1, -1, -1):
            key = origin_of_new.get(j)
            if key and key in section.origins:
                return section.origins.index(key) + 1
        return 0

    def _position(self, key: str) -> tuple[TextSection, int]:
        """The working section that holds the original paragraph `key` (each is in one
        place), and where. The section last found for it is tried first: searching every
        section for each item made a long offer's drafting grow faster than the offer."""
        places = self._places
        section = places.get(key)
        if section is None or not self._holds(section, key):
            places.clear()
            WORK.paragraph_searches += 1
            for each in self.working.sections:
                for origin in each.origins:
                    if origin:
                        places.setdefault(origin, each)
            section = places.get(key)
            if section is None:
                raise LocatorError(f"paragraph {key} is no longer in the document")
        return section, section.origins.index(key)

    def _holds(self, section: TextSection, key: str) -> bool:
        try:
            return self.working.section(section.id) is section and key in section.origins
        except LocatorError:
            return False  # the section was taken out

    def _paragraph_locator(self, section: TextSection, index: int, **extra: Any) -> Locator:
        locator = self._locator(
            section.id, paragraph=index + 1, paragraph_count=len(section.paragraphs), **extra
        )
        self._cite(locator, section, index)
        return locator

    # --- pages, notes, verification --------------------------------------------------------
    def _page(self, key: str, offset: int = 0) -> str | None:
        """The page the paragraph is printed on; a paragraph an earlier amendment of the
        series put in, printed on no page of the offer as filed, stands on the page of the
        paragraph it follows (where its citation says that amendment put it)."""
        paragraph = self.paragraphs.get(key)
        if paragraph is not None:
            return paragraph.page_at(offset)
        section = next((s for s in self.working.sections if key in s.origins), None)
        return self._anchor_page(section, section.origins.index(key)) if section else None

    def _anchor_page(self, section: TextSection, anchor: int) -> str | None:
        for position in range(anchor - 1, -1, -1):
            key = section.origins[position]
            if key and key in self.paragraphs:
                return self._page(key)
        return self._section_page(section.id)

    def _note_typography(self, old: TextSection, new: TextSection, i: int, j: int) -> None:
        a, b = collapse_spaces(old.paragraphs[i]), collapse_spaces(new.paragraphs[j])
        if a != b:
            self.notes.append(
                f"{section_name(old)}, paragraph {i + 1}: only quotation marks or spacing differ; "
                "no item drafted (typographic changes are not amendments)"
            )

    def _verify(self) -> None:
        if not self.working.same_text(self.rev_text):
            raise LocatorError(
                "the drafted items do not reproduce the revised text; "
                "please report this document pair"
            )
