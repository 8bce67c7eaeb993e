"""The working draft as the editor holds it: headings and paragraphs, one per text block."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from amendtool.core.closing import split_closing
from amendtool.core.draft_structure import (
    block_key,
    known_structure,
    numbered_like,
    paragraph_like,
    templates,
)
from amendtool.core.model import (
    CELL_BREAK,
    CELL_PARAGRAPH_BREAK,
    Document,
    Paragraph,
    ParagraphKind,
    Section,
    SectionKind,
)
from amendtool.core.numbered_as import named_as_cited
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import strip_heading_stop

_NUMBERED = compiled(r"^(?:section\s+)?(\d{1,3})\.?\s+(\S.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class TextBlock:
    """A block of the working draft as the editor holds it: a heading or a paragraph."""

    text: str
    heading: bool = False


def document_blocks(document: Document) -> list[TextBlock]:
    """Each section's heading, then its paragraphs."""
    blocks: list[TextBlock] = []
    for section in document.sections:
        if section.heading:
            blocks.append(TextBlock(section.heading, heading=True))
        blocks += [TextBlock(p.text) for p in section.paragraphs]
    return blocks


def document_markers(document: Document) -> list[str | None]:
    """The list mark of each of `document_blocks`' blocks (None: no mark). Shown beside the
    text on screen, never part of the text that is compared."""
    markers: list[str | None] = []
    for section in document.sections:
        if section.heading:
            markers.append(None)
        markers += [p.marker for p in section.paragraphs]
    return markers


def document_from_blocks(
    blocks: list[TextBlock],
    like: Document | None = None,
    known: Sequence[Document] = (),
    previous: Document | None = None,
) -> Document:
    """Rebuild a document from edited blocks. Each block takes the structure of the block with
    its text in `known` (the revised files counsel loaded), then `like` (the original), else of
    the block it was in `previous` (the last draft); section kinds otherwise follow the
    headings' form and paragraphs are body text (see draft_structure)."""
    documents = [*known, *([like] if like else [])]
    structure = known_structure(documents, previous)
    keyed = [(b.heading, block_key(b.text)) for b in blocks]
    found = templates(structure, keyed)
    sections: list[Section] = []
    used: set[str] = set()
    current = Section(id="front", kind=SectionKind.FRONT, heading="", title="Cover Page")
    for block, (_, text), template in zip(blocks, keyed, found, strict=True):
        text = " ".join(block.text.split())
        if not text:
            continue
        if block.heading:
            if current.paragraphs or current.kind is not SectionKind.FRONT:
                sections.append(current)
            current = _section(text, template if isinstance(template, Section) else None)
            if current.id in used or current.id == "front" or not current.id:
                current.id = f"d{len(sections)}"
            used.add(current.id)
            continue
        row = "\t" in block.text  # a table row: its cells stay apart
        if row:
            text = CELL_BREAK.join(_cell_text(cell) for cell in block.text.split(CELL_BREAK))
        fields = paragraph_like(template if isinstance(template, Paragraph) else None, text, row)
        fields.setdefault("kind", ParagraphKind.TABLE_ROW if row else ParagraphKind.BODY)
        current.paragraphs.append(
            Paragraph(id=f"{current.id}/p{len(current.paragraphs) + 1}", text=text, **fields)  # type: ignore[arg-type]
        )
    if current.paragraphs or current.kind is not SectionKind.FRONT:
        sections.append(current)
    return Document(sections=split_closing(named_as_cited(sections)))


def _cell_text(cell: str) -> str:
    """A cell's white space as single spaces; the breaks between its paragraphs kept, so
    each cell paragraph is still the one the items cite."""
    pieces = cell.split(CELL_PARAGRAPH_BREAK)
    return CELL_PARAGRAPH_BREAK.join(" ".join(piece.split()) for piece in pieces)


def _section(text: str, template: Section | None) -> Section:
    """A heading's section: as loaded when its text is known, numbered when it prints a number."""
    match = _NUMBERED.match(text)
    if template is not None and " ".join(template.heading.split()) == text:
        kind, number, title = template.kind, template.number, template.title
    elif match:
        kind, number = SectionKind.NUMBERED, match.group(1)
        title = strip_heading_stop(match.group(2))
    elif kept := numbered_like(template, text):
        (kind, number), title = kept, strip_heading_stop(text)
    else:
        kind, number, title = SectionKind.PART, None, strip_heading_stop(text)
    section_id = template.id if template is not None else ""
    return Section(id=section_id, kind=kind, heading=text, number=number, title=title)
