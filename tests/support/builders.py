"""Small builders that make a document inline: doc(("7. Conditions of the Offer", ["p1"]))."""

from __future__ import annotations

import re

from amendtool.core.model import (
    Document,
    PageMark,
    Paragraph,
    ParagraphKind,
    Section,
    SectionKind,
)

Spec = list[tuple[str, list[str]]]


def doc(spec: Spec, first_page: int = 1) -> Document:
    """Each entry: heading ("" for the cover, "7. Title" numbered, else a part) and paragraphs;
    a paragraph with a tab in it is a table row ("March 31\t$18.40\t$12.75"), and one
    opening "[fn 1] " is footnote 1, and one opening "[box 1] " a paragraph of text box 1
    (printed apart, after what anchors it).

    Every paragraph is given its own printed page, counting from `first_page`.
    """
    sections = []
    used: set[str] = set()
    page = first_page
    for index, (heading, paragraphs) in enumerate(spec):
        match = re.match(r"^(\d+)\.\s+(.*)$", heading)
        if not heading:
            section = Section(id="front", kind=SectionKind.FRONT, heading="", title="Cover Page")
        elif match:
            section = Section(
                id=f"s{match.group(1)}",
                kind=SectionKind.NUMBERED,
                heading=heading,
                number=match.group(1),
                title=match.group(2),
            )
        else:
            section = Section(
                id=f"part{index}", kind=SectionKind.PART, heading=heading, title=heading
            )
        while section.id in used:  # ids are unique, as the readers make them
            section.id += "-again"
        used.add(section.id)
        section.heading_pages = (PageMark(0, str(page)),)
        for n, text in enumerate(paragraphs, start=1):
            kind = ParagraphKind.TABLE_ROW if "\t" in text else ParagraphKind.BODY
            note = re.match(r"^\[fn (\S+)\] ", text)
            if note:  # "[fn 1] text": footnote 1
                kind, text = ParagraphKind.FOOTNOTE, text[note.end() :]
            box = re.match(r"^\[box (\S+)\] ", text)
            if box:  # "[box 1] text": a paragraph of text box 1
                text = text[box.end() :]
            section.paragraphs.append(
                Paragraph(
                    id=f"{section.id}/p{n}",
                    text=text,
                    pages=(PageMark(0, str(page)),),
                    kind=kind,
                    note=note.group(1) if note else None,
                    box=box.group(1) if box else None,
                )
            )
            page += 1
        sections.append(section)
    return Document(sections=sections)


def edited(
    spec: Spec, section: int, paragraphs: list[str] | None = None, heading: str | None = None
) -> Spec:
    out = [(h, list(p)) for h, p in spec]
    h, p = out[section]
    out[section] = (
        heading if heading is not None else h,
        paragraphs if paragraphs is not None else p,
    )
    return out
