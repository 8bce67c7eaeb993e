"""A section the reader could not find: its heading was set so that it could not be read.

The outline survives one bad heading by reading that section's text as part of the section
before it; items then cite it there, correctly but not as counsel would. The checks say so,
so a lost heading is never silent.
"""

from __future__ import annotations

import re

from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.headings import number_value, to_roman
from amendtool.core.items import AmendmentItem, letter
from amendtool.core.lost_headings import after_lost_heading, said_for_both
from amendtool.core.model import Document


def section_gaps(document: Document) -> list[tuple[str, str, str]]:
    """(missing number(s), number read before, number read after), as printed ("4", or
    "2 and 3" where the sections read skip more than one); the first missing has "" before."""
    numbered = [
        (s.number, value)
        for s in document.numbered_sections()
        if s.number and (value := number_value(s.number)) is not None
    ]
    gaps: list[tuple[str, str, str]] = []
    previous, previous_value = "", 0
    for number, value in numbered:
        # one or a few numbers skipped: headings that could not be read (many skipped at
        # once is how the offer is numbered, as a test's excerpt of Sections 7 and 17 is)
        if value - previous_value == 2 or (previous and 2 < value - previous_value <= 4):
            skipped = [
                str(n) if number.isdigit() else to_roman(n)
                for n in range(previous_value + 1, value)
            ]
            missing = (
                skipped[0] if len(skipped) == 1 else f"{', '.join(skipped[:-1])} and {skipped[-1]}"
            )
            gaps.append((missing, previous, number))
        previous, previous_value = number, value
    return gaps


_LISTED = re.compile(r"^\s*(?:section\s+)?(\d{1,3}|[IVXL]{1,7})\.\s+\S", re.IGNORECASE)


def unread_listed(document: Document) -> tuple[list[str], str]:
    """(the numbers the table of contents lists after the last section read, as printed;
    that last section's number): the sections a table never closed, or a heading set so
    that it cannot be read, took with it."""
    contents = next((s for s in document.sections if s.is_contents), None)
    read = [
        (s.number, value)
        for s in document.numbered_sections()
        if s.number and (value := number_value(s.number)) is not None
    ]
    if contents is None or not read:
        return [], ""
    last, last_value = max(read, key=lambda pair: pair[1])
    listed = [m.group(1).upper() for p in contents.paragraphs if (m := _LISTED.match(p.text))]
    values = [(number, value) for number in listed if (value := number_value(number))]
    return [number for number, value in values if value > last_value], last


def _listed_finding(document: Document, name: str) -> list[Finding]:
    missing, last = unread_listed(document)
    if not missing:
        return []
    if len(missing) == 1:
        which, verb, their = f"Section {missing[0]}", "was", "its"
    else:
        joined = (
            f"{missing[0]} and {missing[1]}"
            if len(missing) == 2
            else f"{missing[0]} to {missing[-1]}"
        )
        which, verb, their = f"Sections {joined}", "were", "their"
    return [
        Finding(
            WARNING,
            "sections",
            f"the {name}: {which}, listed in its table of contents, {verb} not found (the last "
            f"section read is Section {last}); {their} text is read as part of Section {last}; "
            f"check the {name}'s headings and tables",
        )
    ]


def section_findings(document: Document, name: str) -> list[Finding]:
    findings = _listed_finding(document, name)
    for missing, before, after in section_gaps(document):
        if before:
            read = (
                f"Sections {before} and {after} read; its text is read as part of Section {before}"
            )
        else:
            read = f"Section {after} is the first read; its text is read before it"
        if " and " in missing:  # numbered with a gap, or several headings unread
            read = read.replace("its text is", "their text, if the offer has them, is")
            said = f"Sections {missing} were not found"
        else:
            said = f"Section {missing} was not found"
        findings.append(
            Finding(WARNING, "sections", f"the {name}: {said}: {read}; check the {name}'s headings")
        )
    return findings


def absorbing_sections(document: Document) -> dict[str, str]:
    """Section id → what was not found and is read as part of it ("Section 5 was not
    found"): the section before a gap in the numbering, and the last section read when
    the table of contents lists sections after it."""
    out: dict[str, str] = {}
    ids = [s.id for s in document.sections]
    by_number = {s.number: s.id for s in document.numbered_sections() if s.number}
    for missing, _, after in section_gaps(document):
        index = ids.index(by_number[after]) if after in by_number else 0
        if index > 0:
            verb = "were" if " and " in missing else "was"
            plural = "s" if " and " in missing else ""
            out[ids[index - 1]] = f"Section{plural} {missing} {verb} not found"
    listed, last = unread_listed(document)
    if listed and last in by_number:
        verb, plural = ("was", "") if len(listed) == 1 else ("were", "s")
        out[by_number[last]] = f"Section{plural} {' and '.join(listed)} {verb} not found"
    return out


def gap_item_findings(
    original: Document, revised: Document, items: list[AmendmentItem]
) -> list[Finding]:
    """An error on each item whose text lies in a section not found, read as part of the
    section cited (the citation misstates the filing; counsel fixes the heading and drafts
    again): said once, naming both texts when both lost the heading. Where the lost
    heading's line can be told, an item before it is in the cited section and is not named."""
    said: dict[int, tuple[str, list[str]]] = {}
    for name, document in (("original", original), ("revised draft", revised)):
        gaps = absorbing_sections(document)
        for index, item in enumerate(items):
            cited = item.locator.section_id
            section = next((s for s in document.sections if s.id == cited), None)
            if cited not in gaps or section is None:
                continue
            if not after_lost_heading(section, gaps[cited], item, name == "original"):
                continue
            said.setdefault(index, (gaps[cited], []))[1].append(name)
    findings = []
    for index, (gap, names) in said.items():
        which = " and the ".join(names)
        fix = f"the {names[0]}'s heading" if len(names) == 1 else "the heading in both"
        findings.append(
            Finding(
                ERROR,
                "sections",
                f"item {letter(index)}: cited in {items[index].locator.section_name}, but in "
                f"the {which} {gap} and its text is read as part of that section: the change "
                f"may lie in the section not found; fix {fix} (a Word heading style, or its "
                "number) and draft again",
                index,
            )
        )
    return findings


def outline_findings(
    original: Document, revised: Document, items: list[AmendmentItem]
) -> list[Finding]:
    """Sections not found in either text (said once when both lost the same heading), and
    the items cited where their text was read."""
    findings = said_for_both(
        section_findings(original, "original"), section_findings(revised, "revised draft")
    )
    return findings + gap_item_findings(original, revised, items)
