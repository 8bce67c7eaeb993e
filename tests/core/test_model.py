"""The document model's small rules: printed pages as items.json gives them, table cells."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.model import (
    CELL_PARAGRAPH_BREAK,
    PageMark,
    Paragraph,
    ParagraphKind,
    cell_paragraphs,
    page_number,
    row_caption,
)
from tests.support.builders import doc


def test_printed_pages_keep_roman_and_lettered_labels() -> None:
    assert page_number("27") == 27
    assert page_number("ii") == "ii"
    assert page_number("A-1") == "A-1"
    assert page_number(None) is None


def test_items_json_gives_a_roman_front_matter_page_as_printed(example_filing_toml: Path) -> None:
    spec = [
        ("Summary Term Sheet", ["You may exchange your options.", "The offer ends soon."]),
        ("1. Eligibility", ["Employees are eligible."]),
    ]
    original, revised = doc(spec), doc(spec)
    for document in (original, revised):
        for paragraph in document.sections[0].paragraphs:
            paragraph.pages = (PageMark(0, "ii"),)
    revised.sections[0].paragraphs[1].text = "The offer ends on Friday."
    amendment = draft_amendment(original, revised, load_filing(example_filing_toml))
    [item] = amendment.items_json()["items"]
    assert item["page"] == "ii"


def test_a_row_is_named_by_its_caption_cell_and_a_cell_keeps_its_paragraphs() -> None:
    text = (
        "Source and Amount of Funds:\tWe will pay with cash on hand."
        f"{CELL_PARAGRAPH_BREAK}No financing is needed."
    )
    row = Paragraph("s1/p1", text, kind=ParagraphKind.TABLE_ROW, table="t1")
    assert row_caption(row.text) == "Source and Amount of Funds"
    assert [cell_paragraphs(c) for c in row.cells] == [
        ["Source and Amount of Funds:"],
        ["We will pay with cash on hand.", "No financing is needed."],
    ]
    assert row_caption("$12.50\t$10.00") is None  # figures title nothing
    assert row_caption("A paragraph, not a row") is None
