"""The outline rows `amendtool outline` prints: what counsel needs to cite a section."""

from __future__ import annotations

from typing import Any

from amendtool.core.model import Document, Section


def page_range(section: Section) -> str | None:
    first, last = section.page, section.last_page
    if first is None:
        return last
    if last is None or last == first:
        return first
    return f"{first}-{last}"


def outline_rows(document: Document) -> list[dict[str, Any]]:
    return [
        {
            "name": section.name,
            "kind": section.kind.value,
            "number": section.number,
            "heading": section.heading,
            "pages": page_range(section),
            "first_page": section.page,
            "last_page": section.last_page,
            "paragraphs": len(section.paragraphs),
            "sentences": sum(len(p.sentences) for p in section.paragraphs),
        }
        for section in document.sections
    ]
