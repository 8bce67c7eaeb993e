"""Where each paragraph of a Word file sits in it, kept as plain numbers when it is loaded
(here in io/, by the digest of the file's bytes, not in the loaded document): the redline,
written on that same file, ties its paragraphs to their elements by these places instead of
reading and grouping the whole file a second time."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TypeVar

from docx.oxml.ns import qn
from lxml import etree

from amendtool.core.model import Document, Paragraph, Section

_PLACED = (qn("w:p"), qn("w:tr"))
# the files loaded last (a draft loads two; the window one pair at a time): enough for the
# redline that follows a loading, few enough that a long session keeps no pile of texts
_KEEP = 4


@dataclass(frozen=True)
class WordPlaces:
    """The document as read from the file whose digest is `sha256` (no element in it), and
    for each section the place of its heading's element and of each paragraph's: the
    element's position among the body's paragraphs and rows in document order."""

    sha256: str
    sections: tuple[Section, ...]
    headings: tuple[int | None, ...]
    paragraphs: tuple[tuple[int, ...], ...]


_kept: dict[str, WordPlaces] = {}
_lock = threading.Lock()


def keep_places(document: Document, digest: str) -> None:
    """Keep `document`'s places (its elements still tied to it, just read from the file of
    `digest`) for a redline written on that file; nothing kept when one is not among the
    main part's paragraphs and rows (a note's paragraph, no element at all)."""
    places = places_of(document, digest)
    if places is None:
        return
    with _lock:
        _kept.pop(digest, None)
        _kept[digest] = places
        while len(_kept) > _KEEP:
            del _kept[next(iter(_kept))]


def kept_places(digest: str) -> WordPlaces | None:
    """The places kept when the file of `digest` was loaded, if it was one of the last."""
    with _lock:
        return _kept.get(digest)


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
        _with(s, heading_source=None, paragraphs=[_with(p, source=None) for p in s.paragraphs])
        for s in document.sections
    )
    return WordPlaces(digest, sections, tuple(headings), tuple(paragraphs))


def placed(places: WordPlaces, root: etree._Element) -> Document:
    """The document as read, each paragraph tied to its element in `root` (the main part of
    a fresh tree of the same file): what reading that tree again gives."""
    elements = list(root.iter(*_PLACED))
    return Document(
        sections=[
            _with(
                section,
                heading_source=None if heading is None else elements[heading],
                paragraphs=[
                    _with(p, source=elements[i])
                    for p, i in zip(section.paragraphs, where, strict=True)
                ],
            )
            for section, heading, where in zip(
                places.sections, places.headings, places.paragraphs, strict=True
            )
        ]
    )


_Kept = TypeVar("_Kept", Paragraph, Section)


def _with(kept: _Kept, **changed: object) -> _Kept:
    """A shallow copy of a section or paragraph with `changed` fields: its fields copied as
    they are (dataclasses.replace runs the constructor on every field, a paragraph at a
    time, which cost as much as the second reading it saves)."""
    copy: _Kept = object.__new__(type(kept))
    copy.__dict__.update(kept.__dict__, **changed)
    return copy
