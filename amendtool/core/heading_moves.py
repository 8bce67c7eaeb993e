"""Applying a heading mark: a paragraph made a heading (the paragraphs after it in its
section now stand under it), or a heading made a paragraph of the section before it."""

from __future__ import annotations

from amendtool.core.apply import LocatorError, TextDocument, TextSection, _check_count
from amendtool.core.apply_within import check_text as _check
from amendtool.core.items import AmendmentItem, ItemKind


def move_heading(document: TextDocument, section: TextSection, item: AmendmentItem) -> None:
    """Where a section begins changes; not a word of the text does."""
    if item.kind is ItemKind.MAKE_HEADING:
        _make_heading(document, section, item)
    else:
        _make_paragraph(document, section, item)


def _make_heading(document: TextDocument, section: TextSection, item: AmendmentItem) -> None:
    """The paragraph becomes the heading of a section holding the paragraphs after it."""
    new, index = item.new_section, (item.locator.paragraph or 1) - 1
    _check_count(section, item.locator.paragraph_count, item)
    if new is None or not 0 <= index < len(section.paragraphs):
        raise LocatorError(f"{item.locator.section_name}: paragraph {index + 1} not found")
    _check(section.paragraphs[index], item.old_text, item)
    split = TextSection(
        new.id,
        new.kind,
        new.number,
        new.title,
        new.heading,
        section.paragraphs[index + 1 :],
        section.origins[index + 1 :],
    )
    del section.paragraphs[index:], section.origins[index:]
    document.sections.insert(document.index_of(section.id) + 1, split)
    document.sections_changed()


def _make_paragraph(document: TextDocument, section: TextSection, item: AmendmentItem) -> None:
    """The heading becomes a paragraph of the section before it, with the text under it."""
    _check(section.heading, item.old_text, item)
    position = document.index_of(section.id)
    if position == 0:
        raise LocatorError(f"{item.locator.section_name}: no section before it to join")
    before = document.sections[position - 1]
    before.paragraphs += [item.new_text or section.heading, *section.paragraphs]
    before.origins += [None, *section.origins]
    document.sections.remove(section)
    document.sections_changed()
