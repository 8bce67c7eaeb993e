"""The working draft as the editor holds it: headings and paragraphs, one per text block."""

from __future__ import annotations

import re
from dataclasses import dataclass

from amendtool.core.model import Document, Paragraph, ParagraphKind, Section, SectionKind
from amendtool.core.segment import strip_heading_stop

_NUMBERED = re.compile(r"^(?:section\s+)?(\d{1,3})\.?\s+(\S.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class TextBlock:
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


def document_from_blocks(blocks: list[TextBlock], like: Document | None = None) -> Document:
    """Rebuild a document from edited blocks; section kinds follow the headings' form."""
    kinds = {s.heading: s for s in like.sections} if like else {}
    sections: list[Section] = []
    current = Section(id="front", kind=SectionKind.FRONT, heading="", title="Cover Page")
    for block in blocks:
        text = " ".join(block.text.split())
        if not text:
            continue
        if block.heading:
            if current.paragraphs or current.kind is not SectionKind.FRONT:
                sections.append(current)
            known = kinds.get(text)
            match = _NUMBERED.match(text)
            if known is not None:
                kind, number, title = known.kind, known.number, known.title
            elif match:
                kind, number = SectionKind.NUMBERED, match.group(1)
                title = strip_heading_stop(match.group(2))
            else:
                kind, number, title = SectionKind.PART, None, strip_heading_stop(text)
            current = Section(
                id=f"d{len(sections)}", kind=kind, heading=text, number=number, title=title
            )
            continue
        paragraph_kind = ParagraphKind.BODY
        if "\t" in block.text:  # a table row: its cells stay apart
            text = "\t".join(" ".join(cell.split()) for cell in block.text.split("\t"))
            paragraph_kind = ParagraphKind.TABLE_ROW
        current.paragraphs.append(
            Paragraph(
                id=f"{current.id}/p{len(current.paragraphs) + 1}", text=text, kind=paragraph_kind
            )
        )
    if current.paragraphs or current.kind is not SectionKind.FRONT:
        sections.append(current)
    return Document(sections=sections)
