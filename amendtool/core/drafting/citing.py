"""The working text the items are applied to as they are made, and how a paragraph, a
table and a page are cited: as numbered in the original as filed, with its printed page."""

from __future__ import annotations

from typing import Any

from amendtool.core.apply import LocatorError, TextDocument, TextSection, apply_item
from amendtool.core.cover import cover_title_count, cover_title_ids
from amendtool.core.drafting.box_places import TextBoxes
from amendtool.core.drafting.citation_parts import (
    note_answer,
    section_name,
    table_caption,
    table_ordinal,
    title_line,
)
from amendtool.core.drafting.options import DraftOptions
from amendtool.core.drafting.through import (
    cite_through,
    counted_as_amended,
    name_touched,
    section_amended_by,
    snapshot,
    uncounted_as_filed,
)
from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.lineage import SeriesContext
from amendtool.core.model import (
    NOTE_KINDS,
    Document,
    Paragraph,
    ParagraphKind,
    Section,
    is_caption_style,
)
from amendtool.core.notes import bare_note_marks
from amendtool.core.titles import written_in_capitals

__all__ = ["Citing", "note_answer", "section_name", "table_ordinal"]


class Citing:
    """State shared by the emitters: the documents, the working text and the items so far."""

    def __init__(
        self,
        original: Document,
        revised: Document,
        options: DraftOptions,
        series: SeriesContext | None = None,
    ) -> None:
        self.options = options
        self.original = original
        self.revised = revised
        self.orig_text = TextDocument.from_document(original)
        self.rev_text = TextDocument.from_document(revised)
        self.working = self.orig_text.copy()
        self._places: dict[str, TextSection] = {}  # the working section of each paragraph
        # in a series, `original` is the offer as amended by the earlier amendments: items
        # count paragraphs there (the document the reader holds), and name sections and
        # pages as filed
        self.series = series
        filed = series.filed if series else original
        self.filed_text = self.orig_text
        self.named_text = TextDocument.from_document(filed) if series else self.orig_text
        self.paragraphs: dict[str, Paragraph] = {p.id: p for p in filed.paragraphs()}
        self.sections: dict[str, Section] = {s.id: s for s in filed.sections}
        self.items: list[AmendmentItem] = []
        self.notes: list[str] = []
        # an all-capitals heading is cited in title case, keeping the acronyms the text writes
        self.capitals = written_in_capitals(
            p.text
            for d in (filed, revised)
            for p in d.paragraphs()
            if p.kind is not ParagraphKind.TABLE_ROW
        )
        # table rows are not paragraphs to a reader: keys of rows in the working text, and
        # each revised section's row positions
        self.row_keys: set[str] = {
            p.id for p in original.paragraphs() if p.kind is ParagraphKind.TABLE_ROW
        }
        # where each paragraph of the original sits in it: items cite paragraphs as they are
        # numbered in the original as filed (its page numbers are cited too), while they are
        # applied to the text as earlier items left it
        self.orig_rows = {p.id for p in original.paragraphs() if p.kind is ParagraphKind.TABLE_ROW}
        # a table's caption line (set in the caption style just above its rows): its name
        self.orig_captions = {
            p.id: p.text for p in original.paragraphs() if is_caption_style(p.style)
        }
        self.orig_place: dict[str, tuple[str, int]] = {
            key: (s.id, i)
            for s in self.filed_text.sections
            for i, key in enumerate(s.origins)
            if key
        }
        self.rev_rows: dict[str, set[int]] = {
            s.id: {j for j, p in enumerate(s.paragraphs) if p.kind is ParagraphKind.TABLE_ROW}
            for s in revised.sections
        }
        # footnotes and endnotes, by key (revised ones by "rev:section:index"): they are
        # cited by their mark and, like table rows, not counted among the paragraphs
        self.notes_by_key: dict[str, tuple[str, str]] = {
            p.id: (p.kind.value, p.note or "")
            for p in original.paragraphs()
            if p.kind in NOTE_KINDS
        }
        self.notes_by_key.update(
            {
                f"rev:{s.id}:{j}": (p.kind.value, p.note or "")
                for s in revised.sections
                for j, p in enumerate(s.paragraphs)
                if p.kind in NOTE_KINDS
            }
        )
        self.orig_notes = {key for key in self.notes_by_key if not key.startswith("rev:")}
        self.boxes = TextBoxes(original, revised)  # text boxes: printed apart, not counted
        # the marks printed as a superscript or a Word reference ("eligible.¹"), each side's
        self.bare_marks = bare_note_marks(original.paragraphs())
        self.rev_bare_marks = bare_note_marks(revised.paragraphs())
        # the lines of the cover's title block: the title, not paragraphs a reader counts
        self.orig_titles = cover_title_ids(original)
        self.filed_uncounted = uncounted_as_filed(filed)  # rows, notes, title lines
        self.title_keys = cover_title_ids(original) | {
            f"rev:{s.id}:{j}" for s in revised.sections for j in range(cover_title_count(s))
        }
        # for each section, the key of the paragraph each revised paragraph became (kept
        # across sections, for moves), and a first guess made before any item
        self.origin_maps: dict[str, dict[int, str]] = {}
        self.provisional: dict[str, dict[int, str]] = {}

    def _locator(self, section_id: str, **extra: Any) -> Locator:
        section = self.working.section(section_id)
        return Locator(
            section_id=section.id,
            section_name=self._cited_name(section.id),
            section_kind=section.kind,
            **extra,
        )

    def _cited_name(self, section_id: str) -> str:
        """A section as the original names it (the reader has the original, and a renumbering
        or retitling item says what it is called now); an added section by its new name."""
        if section_id in self.sections:
            return section_name(self.named_text.section(section_id), self.capitals)
        return section_name(self.working.section(section_id), self.capitals)

    def _emit(self, item: AmendmentItem) -> None:
        if self.series is None:
            apply_item(self.working, item)
        else:  # name every earlier amendment behind the paragraphs the item changes
            loc = item.locator
            before = snapshot(self.working, {loc.section_id, loc.to_section_id or loc.section_id})
            apply_item(self.working, item)
            name_touched(self.series.lineage, loc, before, self.working)
        self.items.append(item)

    def _emit_section_item(self, kind: ItemKind, section_id: str, **fields: Any) -> None:
        """An item about a whole section, cited by its heading and the page it begins on."""
        locator = self._locator(section_id)
        if self.series is not None and kind is not ItemKind.RENUMBER_SECTIONS:
            locator.amended_by = self._section_amended_by(section_id)
        self._emit(AmendmentItem(kind, locator, page=self._section_page(section_id), **fields))

    def _section_amended_by(self, section_id: str) -> list[int]:
        assert self.series is not None
        return section_amended_by(self.series.lineage, self.working, section_id)

    def _uncounted(self, key: str | None) -> bool:
        """A table row, a note, a text box's paragraph or a line of the cover's title: not
        one of the paragraphs a reader counts."""
        return (
            key in self.row_keys
            or key in self.notes_by_key
            or key in self.title_keys
            or key in self.boxes
        )

    def _filed_uncounted(self, key: str | None) -> bool:
        """Likewise in the original as filed (rows, notes and title lines of the draft's
        own, added by earlier items, aside)."""
        return (
            key in self.orig_rows
            or key in self.orig_notes
            or key in self.orig_titles
            or key in self.boxes
        )

    def _printed(self, section: TextSection, index: int) -> tuple[int | None, int | None]:
        """The paragraph's ordinal among the text paragraphs, when the section has tables
        or notes."""
        rows = [self._uncounted(key) for key in section.origins]
        if not any(rows):
            return None, None
        return index + 1 - sum(rows[: index + 1]), len(rows) - sum(rows)

    def _answer(
        self, locator: Locator, texts: list[str], keys: list[str | None], index: int
    ) -> None:
        """The question the paragraph answers, its notes and text boxes left out of the
        answer's count."""
        apart = [key in self.notes_by_key or key in self.boxes for key in keys]
        if not any(apart):
            note_answer(locator, texts, index)
            return
        kept = [i for i, key in enumerate(keys) if not apart[i]]
        if index in kept:
            note_answer(locator, [texts[i] for i in kept], kept.index(index))

    def _as_filed(self, section: TextSection, index: int) -> tuple[TextSection, int] | None:
        """The original section and place of the paragraph at `index`, when it is one of the
        original's paragraphs still in its own section, or in one a heading mark joined it
        to (a heading made text, or text made a heading): the reader of the offer as filed
        finds it under its own heading, so it is cited there."""
        key = section.origins[index] if 0 <= index < len(section.origins) else None
        place = self.orig_place.get(key or "")
        if place is None or (place[0] != section.id and not self._marked_away(section, place[0])):
            return None
        return self.filed_text.section(place[0]), place[1]

    def _marked_away(self, section: TextSection, filed_id: str) -> bool:
        """Whether a heading mark, not a move, took the paragraph from its filed section
        `filed_id` into `section`: that heading is text now, or `section` is one a paragraph
        made a heading begins."""
        if section.id not in self.sections:
            return True
        try:
            self.working.section(filed_id)
        except LocatorError:
            return True
        return False

    def _filed_section(self, locator: Locator, section: TextSection, index: int) -> None:
        """The section the locator names: the one the paragraph at `index` is printed under
        in the offer as filed (the working section holds it for applying the item)."""
        filed = self._as_filed(section, index)
        if filed is not None and filed[0].id != section.id:
            locator.section_name = self._cited_name(filed[0].id)
            locator.section_kind = filed[0].kind
            locator.filed_section_id = filed[0].id

    def _cite(self, locator: Locator, section: TextSection, index: int) -> None:
        """Ordinal, question and table of the paragraph at `index` as a reader of the
        original finds them; text added by earlier items is counted as they left it."""
        key = section.origins[index] if 0 <= index < len(section.origins) else None
        if key in self.notes_by_key:
            locator.note_kind, locator.note = self.notes_by_key[key or ""]
            bare = self.rev_bare_marks if (key or "").startswith("rev:") else self.bare_marks
            locator.note_bare = locator.note in bare
        self._through(locator, key)
        filed = self._as_filed(section, index)
        if filed is None:
            self._answer(locator, section.paragraphs, section.origins, index)
            locator.printed, locator.printed_count = self._printed(section, index)
            title_line(locator, section.origins, self.title_keys, key)
            here = (self._uncounted, self.row_keys, self.notes_by_key)
            self.boxes.cite(locator, section.origins, index, *here)
            return
        original, place = filed
        self._filed_section(locator, section, index)
        title_line(locator, original.origins, self.orig_titles, key)
        rows = [self._filed_uncounted(key) for key in original.origins]
        as_filed = (self._filed_uncounted, self.orig_rows, self.orig_notes)
        self.boxes.cite(locator, original.origins, place, *as_filed)
        locator.printed = place + 1 - sum(rows[: place + 1])
        locator.printed_count = len(rows) - sum(rows)
        self._answer(locator, original.paragraphs, original.origins, place)
        if self.series is not None:
            filed_section = next((s for s in self.named_text.sections if s.id == original.id), None)
            counted_as_amended(
                self.series.lineage, locator, filed_section, self.filed_uncounted, key
            )

    def _through(self, locator: Locator, key: str | None) -> None:
        if self.series is not None:
            cite_through(self.series.lineage, locator, key)

    def _cite_table(self, locator: Locator, section: TextSection, index: int) -> tuple[int, int]:
        """The table holding the row at `index`, counted and captioned in the original when
        the row is there; a row an earlier item restated or put in is still in the table
        captioned as filed, so every item on the table cites it alike."""
        self._through(locator, section.origins[index] if index < len(section.origins) else None)
        filed = self._as_filed(section, index)
        origins, rows, place = (
            (filed[0].origins, self.orig_rows, filed[1])
            if filed
            else (section.origins, self.row_keys, index)
        )
        locator.table_caption = table_caption(origins, rows, self.orig_captions, place)
        apart = {*self.notes_by_key, *self.boxes.by_key}  # printed apart: no end of a table
        return table_ordinal(origins, rows, place, apart)

    def _section_page(self, section_id: str) -> str | None:
        section = self.sections.get(section_id)
        return section.page if section else None
