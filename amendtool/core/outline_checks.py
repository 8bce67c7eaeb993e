"""A section the reader could not find: its heading was set so that it could not be read.

The outline survives one bad heading by reading that section's text as part of the section
before it; items then cite it there, correctly but not as counsel would. The checks say so,
so a lost heading is never silent.
"""

from __future__ import annotations

from amendtool.core.findings import WARNING, Finding
from amendtool.core.headings import number_value, to_roman
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


def section_findings(document: Document, name: str) -> list[Finding]:
    findings = []
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
