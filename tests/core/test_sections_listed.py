"""Sections the table of contents lists but the reader did not find (the last ones lost to a
table never closed, a heading set so it cannot be read) are said, never silent."""

from __future__ import annotations

from amendtool.core.outline_checks import section_findings
from tests.support.builders import doc

CONTENTS = [
    "SUMMARY TERM SHEET\t1",
    "1. Eligibility ........................................ 2",
    "2. Number of Options; Expiration Date ................. 2",
    "3. Conditions of the Offer ............................ 5",
    "4. Source and Amount of Consideration ................. 6",
    "5. Miscellaneous ...................................... 6",
]


def _offer(read: int):  # type: ignore[no-untyped-def]
    spec = [("", ["Cover text."]), ("TABLE OF CONTENTS", CONTENTS)]
    spec += [(f"{n}. Section {n}", [f"Text of section {n}."]) for n in range(1, read + 1)]
    return doc(spec)


def test_the_last_sections_listed_and_not_read_are_said() -> None:
    findings = section_findings(_offer(3), "original")
    assert [(f.severity, f.code, f.message) for f in findings] == [
        (
            "warning",
            "sections",
            "the original: Sections 4 and 5, listed in its table of contents, were not found "
            "(the last section read is Section 3); their text is read as part of Section 3; "
            "check the original's headings and tables",
        )
    ]


def test_one_section_listed_and_not_read_is_said() -> None:
    [finding] = section_findings(_offer(4), "revised draft")
    assert finding.message.startswith(
        "the revised draft: Section 5, listed in its table of contents, was not found"
    )


def test_every_section_listed_and_read_says_nothing() -> None:
    assert section_findings(_offer(5), "original") == []
