"""A heading-styled, numbered paragraph is a heading whatever its length: Offers to Purchase
title sections like "Certain Information Concerning the Company; Interests of Directors, …"
(150 characters and more). And where a section's heading still cannot be read, a change
cited in the section that took its text is an error in the checks, not a warning: the
citation points into the wrong section."""

from __future__ import annotations

from pathlib import Path

import docx

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.findings import ERROR
from amendtool.core.items import letter
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

LONG = (
    "Certain Information Concerning the Company; Interests of Directors, Executive Officers "
    "and Affiliates; Transactions and Arrangements Concerning the Shares"
)
TITLES = [
    "Number of Shares; Proration",
    "Procedures for Tendering Shares",
    "Withdrawal Rights",
    "Conditions of the Offer",
    LONG,
    "Miscellaneous",
]
KEPT = "This section says what it says in both versions of the Offer to Purchase."
OLD = "Our directors and executive officers do not intend to tender any Shares in the Offer."
NEW = "Our directors and executive officers intend to tender 10,000 Shares in the Offer."


def offer(path: Path, changed: str, heading_of_five: str | None = None) -> Path:
    """Sections 1-6 as Word Heading 2 paragraphs; section 5 holds the changed paragraph.
    `heading_of_five`: that heading set as a plain paragraph instead (one Word cannot be
    told is a heading)."""
    word = docx.Document()
    word.add_paragraph("NORTHGATE BIOSCIENCES CORP.")
    word.add_heading("THE OFFER", level=1)
    for number, title in enumerate(TITLES, start=1):
        if number == 5 and heading_of_five is not None:
            word.add_paragraph(heading_of_five)
        else:
            word.add_heading(f"{number}. {title}", level=2)
        word.add_paragraph(KEPT)
        if number == 5:
            word.add_paragraph(changed)
    word.save(str(path))
    return path


def test_a_long_numbered_word_heading_starts_its_section(tmp_path: Path) -> None:
    before = load_document(offer(tmp_path / "o.docx", OLD))
    after = load_document(offer(tmp_path / "r.docx", NEW))
    titled = [(s.number, s.title) for s in before.numbered_sections()]
    assert titled == [(str(n), t) for n, t in enumerate(TITLES, start=1)]
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    assert item.locator.section_name.startswith("Section 5. Certain Information")
    assert not [f for f in run_checks(amendment) if f.code == "sections"]


def test_a_change_in_a_section_whose_heading_was_not_read_is_an_error(tmp_path: Path) -> None:
    unreadable = "5. the Company, its directors and their dealings in the Shares are below."
    before = load_document(offer(tmp_path / "o.docx", OLD, unreadable))
    after = load_document(offer(tmp_path / "r.docx", NEW, unreadable))
    assert [s.number for s in before.numbered_sections()] == ["1", "2", "3", "4", "6"]
    amendment = draft_amendment(before, after, load_filing(SAMPLES / "filing.toml"))
    [item] = amendment.change_items
    assert item.locator.section_name.startswith("Section 4.")
    errors = [f for f in run_checks(amendment) if f.severity == ERROR and f.item == 0]
    assert errors, "a citation into the wrong section is only a warning"
    assert any("Section 5 was not found" in f.message for f in errors), errors
    assert all(f.label == f"item {letter(0)}" for f in errors)


def edgar_html(path: Path) -> Path:
    """Sections 1-6 as bold numbered lines of an EDGAR HTML offer."""
    parts = ["<html><body>", "<p align=center><b>NORTHGATE BIOSCIENCES CORP.</b></p>"]
    for number, title in enumerate(TITLES, start=1):
        parts += [f"<p><b>{number}. {title}</b></p>", f"<p>{KEPT}</p>"]
    path.write_text("\n".join([*parts, "</body></html>"]))
    return path


def edgar_text(path: Path) -> Path:
    """Sections 1-6 in capitals on lines of their own, Section 5's title wrapped onto a
    second line as EDGAR text sets it at 80 characters."""
    lines = ["NORTHGATE BIOSCIENCES CORP.", ""]
    for number, title in enumerate(TITLES, start=1):
        heading = f"{number}.   {title.upper()}."
        if len(heading) > 80:
            cut = heading.rfind(" ", 0, 80)
            lines += [heading[:cut], "     " + heading[cut + 1 :]]
        else:
            lines.append(heading)
        lines += ["", f"     {KEPT}", ""]
    path.write_text("\n".join(lines))
    return path


def test_a_long_numbered_heading_set_apart_in_edgar_starts_its_section(tmp_path: Path) -> None:
    for document in (
        load_document(edgar_html(tmp_path / "o.htm")),
        load_document(edgar_text(tmp_path / "o.txt")),
    ):
        numbers = [s.number for s in document.numbered_sections()]
        assert numbers == ["1", "2", "3", "4", "5", "6"], document.source
        five = document.numbered_sections()[4]
        assert five.title.lower() == LONG.lower()
