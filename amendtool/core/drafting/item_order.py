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
from amendtool.core.items import STRUCTURE_KINDS, AmendmentItem, ItemKind

Place = tuple[int, int]


def in_document_order(
    original: TextDocument, revised: TextDocument, items: list[AmendmentItem]
) -> list[AmendmentItem]:
    """The items with each heading mark moved to its place in the offer."""
    marks = [item for item in items if item.kind in STRUCTURE_KINDS]
    if not marks or len(marks) == len(items):
        return items
    sections = {section.id: n for n, section in enumerate(original.sections)}
    made: dict[str, Place] = {}  # sections a mark begins: they stand where the mark does
    for mark in marks:
        if mark.kind is ItemKind.MAKE_HEADING and mark.new_section is not None:
            made[mark.new_section.id] = _mark_place(mark, sections)
    ordered = [item for item in items if item.kind not in STRUCTURE_KINDS]
    places = _places(ordered, sections, made)
    for mark in sorted(marks, key=lambda m: _mark_place(m, sections), reverse=True):
        at = _mark_place(mark, sections)
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


def _mark_place(mark: AmendmentItem, sections: dict[str, int]) -> Place:
    """A heading made text stands before its section's paragraphs; a paragraph made a
    heading stands where it is."""
    section = sections.get(mark.locator.section_id, len(sections))
    if mark.kind is ItemKind.MAKE_PARAGRAPH:
        return section, -1
    return section, mark.locator.paragraph or 0


def _places(
    items: list[AmendmentItem], sections: dict[str, int], made: dict[str, Place]
) -> list[Place]:
    """Where each item stands in the original; an item in a section the original lacks (one
    added) stands where the item before it does."""
    places: list[Place] = []
    last: Place = (-1, -1)
    for item in items:
        section_id = item.locator.section_id
        if section_id in made:
            last = made[section_id]
        elif section_id in sections:
            last = (sections[section_id], item.locator.paragraph or 0)
        places.append(last)
    return places


def _reproduces(original: TextDocument, revised: TextDocument, items: list[AmendmentItem]) -> bool:
    try:
        return apply_items(original, items).same_text(revised)
    except (LocatorError, LookupError, ValueError):
        return False
