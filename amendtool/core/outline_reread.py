"""The outline a project keeps, read again as today's reader reads the offer.

A project keeps the offer and each draft as they were read. An earlier amendtool read the
last entry of a table of contents ("3. Information About Tallgrass ........ 3"), standing
just above Section 1, as the title of a part over the sections: the project kept a section
that the offer does not have. Counsel expect a draft to be worked on the offer as it reads
now, and a filed amendment to stay exactly as filed: the entry goes back to the end of the
contents only while nothing of the series has been filed on the old reading; otherwise it
is kept, and `check` names it (`phantom_findings`).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from amendtool.core.contents_entries import reads_as_contents_entry
from amendtool.core.findings import Finding
from amendtool.core.items import AmendmentItem
from amendtool.core.model import Document, Paragraph, ParagraphKind, Section, SectionKind

if TYPE_CHECKING:  # a series is read again only by a project's commands, not by a draft
    from amendtool.core.series import Series

PHANTOM = "contents-entry-as-section"


def phantom_indices(document: Document) -> list[int]:
    """Sections that are the last entry of the table of contents before them: a part with
    no text of its own between the contents and the first numbered section, its heading led
    to a page, or printed on the contents' own page."""
    sections = document.sections
    found = []
    for index in range(1, len(sections) - 1):
        section, before, after = sections[index], sections[index - 1], sections[index + 1]
        if section.kind is not SectionKind.PART or section.paragraphs or not before.is_contents:
            continue
        if after.kind is not SectionKind.NUMBERED:
            continue
        if reads_as_contents_entry(section.heading) or _on_contents_page(before, section, after):
            found.append(index)
    return found


def _label(pages: tuple[object, ...]) -> str | None:
    return getattr(pages[0], "label", None) if pages else None


def _on_contents_page(contents: Section, section: Section, after: Section) -> bool:
    """Printed on the contents' page, and not on the page Section 1 begins."""
    page = _label(section.heading_pages)
    last = _label(contents.paragraphs[-1].pages) if contents.paragraphs else None
    shown = _label(contents.heading_pages)
    return page in (last, shown) and page != _label(after.heading_pages)


def read_again(document: Document) -> tuple[Document, list[str]]:
    """The document with each such section put back as the contents' last entry, and the
    entries put back (the document itself when there is none)."""
    indices = phantom_indices(document)
    if not indices:
        return document, []
    sections = list(document.sections)
    headings: list[str] = []
    for index in reversed(indices):
        phantom = sections.pop(index)
        contents = sections[index - 1]
        like = contents.paragraphs[-1] if contents.paragraphs else None  # set as the others
        entry = Paragraph(
            id=f"{contents.id}/p{len(contents.paragraphs) + 1}",
            text=phantom.heading,
            pages=phantom.heading_pages,
            kind=ParagraphKind.BODY,
            style=like.style if like else None,
            indent=like.indent if like else None,
        )
        sections[index - 1] = dataclasses.replace(
            contents, paragraphs=[*contents.paragraphs, entry]
        )
        sections[index:] = _ids_freed(sections[index:], phantom.id)
        headings.insert(0, phantom.heading)
    return dataclasses.replace(document, sections=sections), headings


def _ids_freed(sections: list[Section], freed: str) -> list[Section]:
    """A later section given "part-schedule-a-2" because the entry held "part-schedule-a"
    takes the id the reader gives it now."""
    pattern = re.compile(re.escape(freed) + r"-(\d+)")
    result = []
    for section in sections:
        matched = pattern.fullmatch(section.id)
        if matched:
            number = int(matched.group(1)) - 1
            new_id = freed if number < 2 else f"{freed}-{number}"
            paragraphs = [
                dataclasses.replace(p, id=p.id.replace(section.id + "/", new_id + "/", 1))
                for p in section.paragraphs
            ]
            section = dataclasses.replace(section, id=new_id, paragraphs=paragraphs)
        result.append(section)
    return result


def phantom_findings(original: Document, items: list[AmendmentItem]) -> list[Finding]:
    """A section kept because an amendment was filed on it, named with what it really is."""
    findings = []
    for index in phantom_indices(original):
        section = original.sections[index]
        citing = [n for n, item in enumerate(items) if item.filed_section() == section.id]
        message = (
            f'the project reads "{section.heading}", the last entry of the offer\'s table of '
            "contents, as a section heading (an earlier amendtool's reading, kept because an "
            "amendment was filed on it); today's reader puts it back in the table of contents"
        )
        if citing:
            message += ": the items citing it cite a heading the offer does not print"
        findings.append(Finding("warning", PHANTOM, message, citing[0] if citing else None))
    return findings


def reread_series(series: Series) -> list[str]:
    """The offer and the draft read again where an earlier amendtool took a contents entry
    for a section; one line saying what was done, or why it was kept."""
    from amendtool.core.items_read_again import carry_by_text

    original, headings = read_again(series.original)
    if not headings:
        return []
    named = ", ".join(f'"{heading}"' for heading in headings)
    what = f"an earlier amendtool read {named}, the last entry of the offer's table of contents"
    filed = [entry.number for entry in series.amendments if entry.locked]
    if filed:
        return [
            f"{what}, as a section heading; Amendment No. {filed[-1]} was filed on that "
            "reading, so the project keeps it (amendtool check names it)"
        ]
    series.replace_original(original)
    kept = 0
    for index, entry in enumerate(series.amendments):
        before = list(entry.items)
        series.redraft(index, read_again(entry.revised)[0])
        kept += carry_by_text(before, entry.items)
    numbers = ", ".join(f"No. {entry.number}" for entry in series.amendments)
    return [
        f"{what}, as a section heading: the offer and the draft of Amendment {numbers} were "
        f"read again with the entry back in the contents, counsel's decisions on {kept} of "
        "its items kept with their changes"
    ]
