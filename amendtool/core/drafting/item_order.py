"""Items lettered in the order the offer reads.

A heading mark is drafted before every other item, so that the others cite the offer as
the mark leaves it; but counsel reads the items (and the filing and notice letter them) in
document order, so each mark is put back where its paragraph stands. An item that then
comes before a mark is cited as the offer reads at that point: a section a heading made body
text will join counts only its own paragraphs. The order is kept only if the items, applied
in it, still give the revised text; otherwise the marks stay first.
"""

from __future__ import annotations

import dataclasses

from amendtool.core.apply import LocatorError, TextDocument, apply_item, apply_items
from amendtool.core.items import SECTION_KINDS, STRUCTURE_KINDS, AmendmentItem, ItemKind

Place = tuple[int, float]


def in_document_order(
    original: TextDocument, revised: TextDocument, items: list[AmendmentItem]
) -> list[AmendmentItem]:
    """The items with each heading mark moved to its place in the offer."""
    marks = [item for item in items if item.kind in STRUCTURE_KINDS]
    if not marks or len(marks) == len(items):
        return items
    sections = {section.id: n for n, section in enumerate(original.sections)}
    places = _filed_places(original, items, sections)
    if places is None:
        return items
    ordered = [item for item in items if item.kind not in STRUCTURE_KINDS]
    marked = [(item, place) for item, place in zip(items, places, strict=True)]
    mark_places = {id(item): place for item, place in marked if item.kind in STRUCTURE_KINDS}
    places = [place for item, place in marked if item.kind not in STRUCTURE_KINDS]
    for mark in sorted(marks, key=lambda m: mark_places[id(m)], reverse=True):
        at = mark_places[id(mark)]
        index = next((n for n, place in enumerate(places) if place > at), len(ordered))
        ordered.insert(index, mark)
        places.insert(index, at)
    if ordered == items:
        return items
    recited = _recited(original, ordered)
    if recited is None or not _reproduces(original, revised, recited):
        return items
    return recited


def _recited(original: TextDocument, items: list[AmendmentItem]) -> list[AmendmentItem] | None:
    """The items, each counting its section's paragraphs as they stand when it is applied
    (drafted after the marks, an item counted the paragraphs a mark joins to its section);
    None when they do not apply in this order."""
    document = original.copy()
    out = []
    for item in items:
        loc = item.locator
        try:
            count = len(document.section(loc.section_id).paragraphs)
        except (LocatorError, LookupError):  # a section a mark has not made yet
            count = loc.paragraph_count
        if (
            item.kind not in STRUCTURE_KINDS
            and loc.paragraph_count
            and count != loc.paragraph_count
            and 0 < (loc.paragraph or 0) <= count
        ):
            shift = count - loc.paragraph_count
            printed = loc.printed_count + shift if loc.printed_count else loc.printed_count
            fewer = dataclasses.replace(loc, paragraph_count=count, printed_count=printed)
            item = dataclasses.replace(item, locator=fewer)
        try:
            apply_item(document, item)
        except (LocatorError, LookupError, ValueError):
            return None
        out.append(item)
    return out


def _filed_places(
    original: TextDocument, items: list[AmendmentItem], sections: dict[str, int]
) -> list[Place] | None:
    """Where each item stands in the offer as filed: the filed paragraph it changes or
    follows, read off the offer as the items before it (in the order drafted) leave it. A
    paragraph a heading made body text took into the section before keeps its own place,
    so an item there stands after that mark, and a section added after a section that took
    others in stands after the last of them. None when the items do not apply in order."""
    filed = {
        key: (n, float(i))
        for n, section in enumerate(original.sections)
        for i, key in enumerate(section.origins)
        if key
    }
    document = original.copy()
    places: list[Place] = []
    last: Place = (-1, -1.0)
    for item in items:
        try:
            last = _filed_place(document, item, filed, sections) or last
            places.append(last)
            apply_item(document, item)
        except (LocatorError, LookupError, ValueError):
            return None
    return places


def _filed_place(
    document: TextDocument,
    item: AmendmentItem,
    filed: dict[str, Place],
    sections: dict[str, int],
) -> Place | None:
    """A heading made text stands before its section's paragraphs; any other item at the
    filed paragraph it cites (or the last one before it); None when it cites none."""
    loc = item.locator
    if item.kind is ItemKind.MAKE_PARAGRAPH or (
        item.kind in SECTION_KINDS and item.kind is not ItemKind.ADD_SECTION
    ):
        at = sections.get(loc.section_id)
        return (at, -1.0) if at is not None else None
    if item.kind is ItemKind.ADD_SECTION:
        if not loc.after_section_id:
            return (-1, -1.0)
        origins = document.section(loc.after_section_id).origins
        return _filed_before(origins, len(origins), filed)
    origins = document.section(loc.section_id).origins
    if not loc.paragraph:
        at = sections.get(loc.section_id)
        return (at, -0.5) if at is not None else None
    return _filed_before(origins, min(loc.paragraph, len(origins)), filed)


def _filed_before(origins: list[str | None], count: int, filed: dict[str, Place]) -> Place | None:
    """The place of the last filed paragraph among the first `count`; a paragraph put in
    after it stands just after it."""
    for index in range(count - 1, -1, -1):
        key = origins[index]
        if key and key in filed:
            section, position = filed[key]
            return (section, position if index == count - 1 else position + 0.5)
    return None


def _reproduces(original: TextDocument, revised: TextDocument, items: list[AmendmentItem]) -> bool:
    try:
        return apply_items(original, items).same_text(revised)
    except (LocatorError, LookupError, ValueError):
        return False
