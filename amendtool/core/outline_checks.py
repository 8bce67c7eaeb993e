"""Sections whose heading could not be read: where they begin, and the outline findings on them.

Where a section whose heading could not be read begins inside the section before it,
and the outline findings said once for both texts. A heading lost to a typo ("S.
CONDITIONS OF THE OFFER." for "5.") or to its wording ("FOUR --- WITHDRAWAL RIGHTS") is
still a line of its own: the items before it are in the section they cite, and only those
after it are cited in the wrong one.

A section the reader could not find: its heading was set so that it could not be read.

The outline survives one bad heading by reading that section's text as part of the section
before it; items then cite it there, correctly but not as counsel would. The checks say so,
so a lost heading is never silent."""

from __future__ import annotations

import re

from amendtool.core.findings import ERROR, WARNING, Finding
from amendtool.core.headings import number_value, to_roman
from amendtool.core.items import AmendmentItem, ItemKind, letter
from amendtool.core.model import Document, Section
from amendtool.core.pattern_store import compiled

_MOST_WORDS = 15  # a heading's line, not a paragraph of text
_NUMBERS = compiled(r"\d{1,3}|[IVXL]{1,7}")


def _is_lost_heading(text: str, numbers: list[str]) -> bool:
    """A line that reads as the lost heading: it opens with a missing number ("5.", "5
    …"), or it is a short line in capitals ("S. CONDITIONS OF THE OFFER.")."""
    line = " ".join(text.split())
    if not line or "\t" in text:
        return False
    first = line.split()[0].rstrip(".):")
    if first in numbers and len(line.split()) > 1:
        return True
    letters = [c for c in line if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(letters) >= 4 and upper >= 0.8 * len(letters) and len(line.split()) <= _MOST_WORDS


def lost_heading_index(section: Section, gap: str) -> int | None:
    """The index of the lost heading's line among the section's paragraphs, or None when
    no line reads as it (then every item in the section may be in the lost one). `gap`
    names the numbers not found ("Section 5 was not found")."""
    numbers = _NUMBERS.findall(gap.split(" was")[0].split(" were")[0])
    for index, paragraph in enumerate(section.paragraphs):
        if index and _is_lost_heading(paragraph.text, numbers):
            return index
    return None


def _position(section: Section, item: AmendmentItem, original: bool) -> int | None:
    """The 0-based place of the item's text in the section: found by its words (the text
    it changes in the original, the text it puts in in the revision), else its citation."""
    texts = [item.old_text if original else item.new_text, item.old_text, item.new_text]
    for text in texts:
        first = next((line.strip() for line in text.split("\n") if line.strip()), "")
        if not first:
            continue
        for index, paragraph in enumerate(section.paragraphs):
            if first in paragraph.text:
                return index
    if item.locator.paragraph:
        return item.locator.paragraph - 1
    return None


def after_lost_heading(section: Section, gap: str, item: AmendmentItem, original: bool) -> bool:
    """Whether the item's text may lie in the lost section: after its heading's line, or
    anywhere in the section when that line cannot be told."""
    heading = lost_heading_index(section, gap)
    if heading is None:
        return True
    position = _position(section, item, original)
    return position is None or position >= heading


def said_for_both(original: list[Finding], revised: list[Finding]) -> list[Finding]:
    """The outline findings of the two texts, a finding both texts give said once for
    both ("the original and the revised draft: Section 5 was not found: …")."""
    theirs = {f.message.replace("revised draft", _TEXT): f for f in revised}
    out: list[Finding] = []
    for finding in original:
        key = finding.message.replace("original", _TEXT)
        if theirs.pop(key, None) is None:
            out.append(finding)
            continue
        both = key.replace(f"check the {_TEXT}'s headings", "check the headings of both")
        both = both.replace(f"the {_TEXT}", "the original and the revised draft")
        out.append(Finding(finding.severity, finding.code, both.replace(_TEXT, "text")))
    return out + list(theirs.values())


_TEXT = "\x00"  # stands for the text's name while the two are compared


def section_gaps(
    document: Document, deleted: frozenset[int] = frozenset()
) -> list[tuple[str, str, str]]:
    """(missing number(s), number read before, number read after), as printed ("4", or
    "2 and 3" where the sections read skip more than one); the first missing has "" before.
    The numbers in `deleted` (sections the items delete) are skipped on purpose, not lost."""
    numbered = [
        (s.number, value)
        for s in document.numbered_sections()
        if s.number and (value := number_value(s.number)) is not None
    ]
    present = {value for _, value in numbered}  # a section moved out of order is not lost
    gaps: list[tuple[str, str, str]] = []
    previous, previous_value = "", 0
    for number, value in numbered:
        # one or a few numbers skipped: headings that could not be read (many skipped at
        # once is how the offer is numbered, as a test's excerpt of Sections 7 and 17 is)
        if value - previous_value == 2 or (previous and 2 < value - previous_value <= 4):
            skipped = [
                str(n) if number.isdigit() else to_roman(n)
                for n in range(previous_value + 1, value)
                if n not in deleted and n not in present
            ]
            if not skipped:
                previous, previous_value = number, value
                continue
            missing = (
                skipped[0] if len(skipped) == 1 else f"{', '.join(skipped[:-1])} and {skipped[-1]}"
            )
            gaps.append((missing, previous, number))
        previous, previous_value = number, value
    return gaps


_LISTED = compiled(r"^\s*(?:section\s+)?(\d{1,3}|[IVXL]{1,7})\.\s+\S", re.IGNORECASE)


def unread_listed(
    document: Document, deleted: frozenset[int] = frozenset()
) -> tuple[list[str], str]:
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
    return [n for n, value in values if value > last_value and value not in deleted], last


def _listed_finding(document: Document, name: str, deleted: frozenset[int]) -> list[Finding]:
    missing, last = unread_listed(document, deleted)
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


def section_findings(
    document: Document, name: str, deleted: frozenset[int] = frozenset()
) -> list[Finding]:
    findings = _listed_finding(document, name, deleted)
    for missing, before, after in section_gaps(document, deleted):
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


def absorbing_sections(document: Document, deleted: frozenset[int] = frozenset()) -> dict[str, str]:
    """Section id → what was not found and is read as part of it ("Section 5 was not
    found"): the section before a gap in the numbering, and the last section read when
    the table of contents lists sections after it."""
    out: dict[str, str] = {}
    ids = [s.id for s in document.sections]
    by_number = {s.number: s.id for s in document.numbered_sections() if s.number}
    for missing, _, after in section_gaps(document, deleted):
        index = ids.index(by_number[after]) if after in by_number else 0
        if index > 0:
            verb = "were" if " and " in missing else "was"
            plural = "s" if " and " in missing else ""
            out[ids[index - 1]] = f"Section{plural} {missing} {verb} not found"
    listed, last = unread_listed(document, deleted)
    if listed and last in by_number:
        verb, plural = ("was", "") if len(listed) == 1 else ("were", "s")
        out[by_number[last]] = f"Section{plural} {' and '.join(listed)} {verb} not found"
    return out


def gap_item_findings(
    original: Document,
    revised: Document,
    items: list[AmendmentItem],
    deleted: frozenset[int] | None = None,
) -> list[Finding]:
    """An error on each item whose text lies in a section not found, read as part of the
    section cited (the citation misstates the filing; counsel fixes the heading and drafts
    again): said once, naming both texts when both lost the heading. Where the lost
    heading's line can be told, an item before it is in the cited section and is not named.
    `deleted`: `deleted_numbers` of the three, when the caller has worked it out."""
    said: dict[int, tuple[str, list[str]]] = {}
    if deleted is None:
        deleted = deleted_numbers(original, revised, items)
    for name, document in (("original", original), ("revised draft", revised)):
        gaps = absorbing_sections(document, deleted if document is revised else frozenset())
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
                f"may lie in the section not found; fix {fix}: in the app, put the cursor on "
                "the heading's line and choose Edit ▸ Mark as Heading (Ctrl+Shift+H), or "
                "correct its number; in a Word file, give it a heading style and draft again",
                index,
            )
        )
    return findings


def outline_findings(
    original: Document, revised: Document, items: list[AmendmentItem]
) -> list[Finding]:
    """Sections not found in either text (said once when both lost the same heading), and
    the items cited where their text was read."""
    deleted = deleted_numbers(original, revised, items)
    findings = said_for_both(
        section_findings(original, "original"),
        section_findings(revised, "revised draft", deleted),
    )
    return findings + gap_item_findings(original, revised, items, deleted)


def deleted_numbers(
    original: Document, revised: Document, items: list[AmendmentItem]
) -> frozenset[int]:
    """The numbers of the original's sections that items delete and whose text the revised
    draft no longer holds: it skips them on purpose, so the gap they leave is no heading
    lost. A section whose text is still there, read into another, lost its heading. The
    revised draft is read only when an item deletes a section (few amendments do)."""
    ids = {i.locator.section_id for i in items if i.kind is ItemKind.DELETE_SECTION}
    if not ids:
        return frozenset()
    kept = {" ".join(p.text.split()) for p in revised.paragraphs()}
    return frozenset(
        value
        for s in original.numbered_sections()
        if s.id in ids
        and s.number
        and (value := number_value(s.number)) is not None
        and not any(" ".join(p.text.split()) in kept for p in s.paragraphs if p.text.strip())
    )
