"""Where each paragraph of a Word original sits in its file, kept as plain numbers when it
is loaded: the redline, written on that same file, ties its paragraphs to their elements by
these places instead of reading and grouping the whole file a second time."""

from __future__ import annotations

from dataclasses import dataclass, replace

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.model import Document, Section

_PLACED = (qn("w:p"), qn("w:tr"))


@dataclass(frozen=True)
class WordPlaces:
    """The document as read from the file whose digest is `sha256` (no element in it), and
    for each section the place of its heading's element and of each paragraph's: the
    element's position among the body's paragraphs and rows in document order."""

    sha256: str
    sections: tuple[Section, ...]
    headings: tuple[int | None, ...]
    paragraphs: tuple[tuple[int, ...], ...]


def places_of(document: Document, digest: str) -> WordPlaces | None:
    """`document`'s places in the main part its elements came from, or None when one is not
    among that part's paragraphs and rows (a note's paragraph, no element at all)."""
    first = next((p.source for s in document.sections for p in s.paragraphs), None)
    if not isinstance(first, etree._Element):
        return None
    root = first.getroottree().getroot()
    index: dict[object, int] = {element: i for i, element in enumerate(root.iter(*_PLACED))}
    headings: list[int | None] = []
    paragraphs: list[tuple[int, ...]] = []
    try:
        for section in document.sections:
            heading = section.heading_source
            headings.append(None if heading is None else index[heading])
            paragraphs.append(tuple(index[p.source] for p in section.paragraphs))
    except (KeyError, TypeError):
        return None
    sections = tuple(
        replace(s, heading_source=None, paragraphs=[replace(p, source=None) for p in s.paragraphs])
        for s in document.sections
    )
    return WordPlaces(digest, sections, tuple(headings), tuple(paragraphs))


def placed(places: WordPlaces, root: etree._Element) -> Document:
    """The document as read, each paragraph tied to its element in `root` (the main part of
    a fresh tree of the same file): what reading that tree again gives."""
    elements = list(root.iter(*_PLACED))
    return Document(
        sections=[
            replace(
                section,
                heading_source=None if heading is None else elements[heading],
                paragraphs=[
                    replace(p, source=elements[i])
                    for p, i in zip(section.paragraphs, where, strict=True)
                ],
            )
            for section, heading, where in zip(
                places.sections, places.headings, places.paragraphs, strict=True
            )
        ]
    )
