"""Word footnotes and endnotes: their text from footnotes.xml / endnotes.xml, their marks
counted as Word prints them (footnotes 1, 2, 3 …; endnotes i, ii, iii … unless the
document's settings say otherwise)."""

from __future__ import annotations

from dataclasses import dataclass, field

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from lxml import etree

from amendtool.core.model import ParagraphKind
from amendtool.io._oxml_revisions import accepted_text

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SEPARATORS = ("separator", "continuationSeparator", "continuationNotice")
_KINDS = {
    ParagraphKind.FOOTNOTE: ("footnote", RT.FOOTNOTES, "decimal"),
    ParagraphKind.ENDNOTE: ("endnote", RT.ENDNOTES, "lowerRoman"),
}


@dataclass
class NoteReference:
    """A footnote or endnote mark met in the text, and the page it is printed on."""

    kind: ParagraphKind
    ident: str
    page: str | None
    page_index: int
    custom_mark: str | None = None  # w:customMarkFollows: the mark is the text after it
    # where the mark stands in its paragraph (non-space characters before it) and the w:p
    # that prints it: an added note is cited after the words its mark follows
    offset: int | None = None
    paragraph: etree._Element | None = None


@dataclass
class WordNotes:
    """The notes of one document, numbered in the order their marks occur."""

    texts: dict[tuple[ParagraphKind, str], list[tuple[str, etree._Element]]] = field(
        default_factory=dict
    )
    formats: dict[ParagraphKind, tuple[str, int]] = field(default_factory=dict)
    counters: dict[ParagraphKind, int] = field(default_factory=dict)

    def mark(self, reference: NoteReference, format_number: object) -> str:
        """The mark as printed: the custom mark, else the next number in the note format."""
        if reference.custom_mark:
            return reference.custom_mark.strip()
        fmt, start = self.formats.get(reference.kind, ("decimal", 1))
        value = self.counters.get(reference.kind, start - 1) + 1
        self.counters[reference.kind] = value
        if fmt == "chicago":  # *, †, ‡, §, then doubled
            return "*†‡§"[(value - 1) % 4] * ((value - 1) // 4 + 1)
        return str(format_number(value, fmt))  # type: ignore[operator]

    def paragraphs(self, reference: NoteReference) -> list[tuple[str, etree._Element]]:
        """Each paragraph of the note: its text and its w:p in the notes part."""
        return self.texts.get((reference.kind, reference.ident), [])


def read_notes(document: docx.document.Document) -> WordNotes:
    notes = WordNotes()
    settings = _settings(document)
    for kind, (tag, reltype, default_format) in _KINDS.items():
        properties = settings.find(f"{_W}{tag}Pr") if settings is not None else None
        notes.formats[kind] = (
            _value(properties, "numFmt") or default_format,
            int(_value(properties, "numStart") or 1),
        )
        root = _part_root(document, reltype)
        if root is None:
            continue
        for note in root.iterchildren(f"{_W}{tag}"):
            if note.get(f"{_W}type") in (
                "separator",
                "continuationSeparator",
                "continuationNotice",
            ):
                continue
            texts = [(" ".join(accepted_text(p).split()), p) for p in note.iter(f"{_W}p")]
            notes.texts[(kind, note.get(f"{_W}id") or "")] = [(t, p) for t, p in texts if t]
    return notes


def _part_root(document: docx.document.Document, reltype: str) -> etree._Element | None:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            part = rel.target_part
            if isinstance(part, XmlPart):
                return part.element  # made editable for the redline
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            return etree.fromstring(part.blob, parser)
    return None


def make_notes_editable(document: docx.document.Document) -> None:
    """The notes parts as XML the redline can mark (python-docx keeps them as bytes)."""
    for rel in document.part.rels.values():
        if rel.is_external or rel.reltype not in (RT.FOOTNOTES, RT.ENDNOTES):
            continue
        part = rel.target_part
        if not isinstance(part, XmlPart):
            rel._target = XmlPart.load(part.partname, part.content_type, part.blob, part.package)


def _settings(document: docx.document.Document) -> etree._Element | None:
    try:
        return document.settings.element
    except (KeyError, AttributeError, NotImplementedError):
        return None


def _value(element: etree._Element | None, tag: str) -> str | None:
    if element is None:
        return None
    child = element.find(f"{_W}{tag}")
    return child.get(f"{_W}val") if child is not None else None


def notes_roots(document: docx.document.Document) -> list[etree._Element]:
    """The footnotes and endnotes parts as editable XML (for accepting their revisions)."""
    make_notes_editable(document)
    return [
        rel.target_part.element
        for rel in document.part.rels.values()
        if not rel.is_external and rel.reltype in (RT.FOOTNOTES, RT.ENDNOTES)
    ]
