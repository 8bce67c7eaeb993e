"""Items lettered in the order the offer reads.

A heading mark is drafted before every other item, so that the others cite the offer as
the mark leaves it; but counsel reads the items (and the filing and notice letter them) in
document order, so each mark is put back where its paragraph stands. The order is kept only
if the items, applied in it, still give the revised text: an item cited as the mark leaves
the offer (a paragraph counted with the heading made text) then keeps the mark before it.
"""

from __future__ import annotations

from amendtool.core.apply import LocatorError, TextDocument, apply_items
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
    if ordered == items or not _reproduces(original, revised, ordered):
        return items
    return ordered


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
