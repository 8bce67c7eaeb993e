"""What the earlier amendments of a series did to each paragraph of the offer.

A later amendment cites the offer as filed (its headings, ordinals and printed pages); text
an earlier amendment put in is cited through that amendment ("the paragraph inserted by
Amendment No. 1 immediately after …"), and a paragraph an earlier amendment changed is cited
"as amended by Amendment No. 1". Tracing the series once gives the offer as amended (the
base the next amendment is drafted from) and, for every paragraph, where it came from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from amendtool.core.apply import TextDocument, TextSection, apply_item
from amendtool.core.exhibits import StatementExhibit
from amendtool.core.items import TABLE_KINDS, AmendmentItem, ItemKind
from amendtool.core.lineage_anchors import anchor_key, present_keys, unanchor
from amendtool.core.model import (
    CELL_BREAK,
    Document,
    Paragraph,
    ParagraphKind,
    Section,
    SectionKind,
)
from amendtool.core.typography import fold_typography

# items whose new paragraphs stand in the place of a whole (section, table): they are
# counted where they now are, "as amended", not cited by where they were put in
_RESTATING = frozenset({ItemKind.REPLACE_SECTION, ItemKind.ADD_SECTION}) | TABLE_KINDS - {
    ItemKind.INSERT_TABLE,
    ItemKind.INSERT_ROW,
    ItemKind.DELETE_ROW,
}


@dataclass(frozen=True)
class Inserted:
    """Paragraph `index` of the `count` an item of Amendment No. `amendment` put in, and
    where it put them ('immediately after the first paragraph in "Section 17. …" on page 41';
    for a paragraph split in several, the paragraph they replaced)."""

    amendment: int
    where: str
    index: int
    count: int
    replaced: bool = False
    row: bool = False  # a row put in a table that was there: the row is cited, not the table


@dataclass
class Earlier:
    """An amendment of the series before the one being drafted."""

    number: int
    date: dt.date
    items: list[AmendmentItem]
    exhibits: list[tuple[str, str]] = field(default_factory=list)  # label, description
    kind: str = "text"
    expiration: dt.datetime | None = None  # as its filing details state it (naive local)
    offer: dict[str, object] = field(default_factory=dict)  # filing.toml key: value naming it
    # the statement's exhibits its filing details record (filing.toml [[offer.exhibits]])
    statement_exhibits: list[StatementExhibit] = field(default_factory=list)


@dataclass
class Lineage:
    """For each paragraph key of the offer as amended: which earlier amendments changed it,
    or which one put it in."""

    amended: dict[str, list[int]] = field(default_factory=dict)
    inserted: dict[str, Inserted] = field(default_factory=dict)
    sections_amended: dict[str, list[int]] = field(default_factory=dict)  # retitled, added
    # the amendments that put in or took out paragraphs of a section (its count changed)
    recounted: dict[str, list[int]] = field(default_factory=dict)

    def amended_by(self, key: str | None) -> list[int]:
        return list(self.amended.get(key or "", []))


@dataclass
class SeriesContext:
    """What an amendment of a series knows of the offer as filed and the amendments before
    it; None on an amendment drafted on its own."""

    filed: Document
    earlier: list[Earlier]
    lineage: Lineage


def trace(
    filed: Document, earlier: list[Earlier], where: Callable[[AmendmentItem], str] | None = None
) -> tuple[TextDocument, Lineage]:
    """The offer as amended by `earlier`, in order, and each paragraph's lineage. `where`
    renders an insertion's place (wording.insertion_place) for the citation through it."""
    place = where or (lambda item: "")
    document = TextDocument.from_document(filed)
    lineage = Lineage()
    anchors: dict[str, str] = {}  # an inserted paragraph's key: the key it was placed by
    for amendment in earlier:
        fresh = 0
        for item in amendment.items:
            if item.kind is ItemKind.FILE_EXHIBIT:
                continue
            anchor = anchor_key(document, item)
            touched = _touched(item)
            before = {
                sid: dict(zip(s.origins, s.paragraphs, strict=True))
                for s in document.sections
                if (sid := s.id) in touched
            }
            headings = {s.id: s.heading for s in document.sections}
            restated = _rows_restated(document, item)
            apply_item(document, item)
            new_keys: list[tuple[TextSection, int]] = []
            for section in document.sections:
                if section.id not in touched and section.id in headings:
                    continue
                if headings.get(section.id) != section.heading:
                    _add(lineage.sections_amended, section.id, amendment.number)
                old = before.get(section.id, {})
                if section.id in before and set(old) != set(section.origins):
                    _add(lineage.recounted, section.id, amendment.number)
                for index, key in enumerate(section.origins):
                    if key is None:
                        new_keys.append((section, index))
                    elif key not in old or fold_typography(old[key]) != fold_typography(
                        section.paragraphs[index]
                    ):
                        _add(lineage.amended, key, amendment.number)
            for offset, (section, index) in enumerate(new_keys):
                fresh += 1
                key = f"{section.id}/a{amendment.number}.{fresh}"
                section.origins[index] = key
                if offset < len(restated):  # a row restated in place keeps where it came from
                    _inherit(lineage, restated[offset], key, amendment.number)
                    continue
                if item.kind in _RESTATING:
                    _add(lineage.amended, key, amendment.number)
                    continue
                replaced = item.kind is ItemKind.REPLACE_PARAGRAPH
                # a paragraph split in several: the first keeps its place, the rest follow it
                if anchor is not None:
                    anchors[key] = anchor
                lineage.inserted[key] = Inserted(
                    amendment.number,
                    place(item),
                    offset + 1 + replaced,
                    len(new_keys) + replaced,
                    replaced,
                    row=item.kind is ItemKind.INSERT_ROW,
                )
        unanchor(lineage, anchors, present_keys(document), amendment.number)
    return document, lineage


def _rows_restated(document: TextDocument, item: AmendmentItem) -> list[str]:
    """The keys of the rows a restating item replaces one for one, in order: each new row
    is the row it restates, amended (a row an earlier amendment put in is still its)."""
    if item.kind is not ItemKind.REPLACE_ROW or not item.old_text:
        return []
    old_rows = item.old_text.split("\n")
    if len(old_rows) != len(item.new_paragraphs):
        return []
    start = (item.locator.paragraph or 1) - 1
    origins = document.section(item.locator.section_id).origins[start : start + len(old_rows)]
    keys = [key for key in origins if key]
    return keys if len(keys) == len(old_rows) else []


def _inherit(lineage: Lineage, old: str, new: str, number: int) -> None:
    """The restated row `new` was put in or changed as `old` was, and now by `number`."""
    if old in lineage.inserted:
        lineage.inserted[new] = lineage.inserted[old]
    for earlier in lineage.amended_by(old):
        _add(lineage.amended, new, earlier)
    _add(lineage.amended, new, number)


def _touched(item: AmendmentItem) -> set[str]:
    loc = item.locator
    ids = {loc.section_id, loc.to_section_id or loc.section_id}
    if item.new_section is not None:
        ids.add(item.new_section.id)
    ids.update(s.id for s in item.renumbered)
    return ids


def _add(table: dict[str, list[int]], key: str, number: int) -> None:
    numbers = table.setdefault(key, [])
    if number not in numbers:
        numbers.append(number)


def amended_document(filed: Document, text: TextDocument, like: Document | None = None) -> Document:
    """The offer as amended, as a document: the filed paragraphs keep their kind, style and
    printed pages (the pages counsel cites); text an amendment put in takes its kind from
    `like` (the revision the amendment was drafted from) where the two line up."""
    paragraphs = {p.id: p for p in filed.paragraphs()}
    sections = {s.id: s for s in filed.sections}
    borrowed = _line_up(text, like)
    out: list[Section] = []
    for section in text.sections:
        known = sections.get(section.id)
        model = borrowed.get(section.id, [])
        body: list[Paragraph] = []
        for index, (key, paragraph_text) in enumerate(
            zip(section.origins, section.paragraphs, strict=True)
        ):
            key = key or f"{section.id}/new{index}"
            filed_paragraph = paragraphs.get(key)
            if filed_paragraph is not None:
                same = filed_paragraph.text == paragraph_text
                pages = filed_paragraph.pages if same else filed_paragraph.pages[:1]
                body.append(replace(filed_paragraph, text=paragraph_text, pages=pages))
                continue
            like_paragraph = model[index] if index < len(model) else None
            kind = ParagraphKind.TABLE_ROW if CELL_BREAK in paragraph_text else ParagraphKind.BODY
            if like_paragraph is not None:
                body.append(replace(like_paragraph, id=key, text=paragraph_text, pages=()))
            else:
                body.append(Paragraph(id=key, text=paragraph_text, kind=kind))
        out.append(
            Section(
                id=section.id,
                kind=SectionKind(section.kind),
                heading=section.heading,
                number=section.number,
                title=section.title,
                paragraphs=body,
                heading_pages=known.heading_pages if known else (),
            )
        )
    return Document(sections=out, source=filed.source, sha256=filed.sha256)


def _line_up(text: TextDocument, like: Document | None) -> dict[str, list[Paragraph]]:
    """Each section of the amended text with the revision's paragraphs it has, when the
    two read the same (they do: the items reproduce the revision)."""
    if like is None:
        return {}
    mine = [s for s in text.sections if s.paragraphs]
    theirs = [s for s in like.sections if s.paragraphs]
    if len(mine) != len(theirs):
        return {}
    out = {}
    for a, b in zip(mine, theirs, strict=True):
        if [fold_typography(p) for p in a.paragraphs] == [
            fold_typography(p.text) for p in b.paragraphs
        ]:
            out[a.id] = b.paragraphs
    return out
