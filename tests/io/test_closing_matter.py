"""The signature block after the last section ("Dated", the company's name, "By:") is its own
part of the outline, not the last section's text: a section added or taken out at the end
never moves it, so it is never drafted as deleted and added again."""

from __future__ import annotations

from html import escape
from pathlib import Path

import docx
import pytest

from amendtool.core.apply import TextDocument, apply_item
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.core.model import Document, SectionKind
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document

TITLES = [
    "ELIGIBILITY.",
    "NUMBER OF OPTIONS; EXPIRATION DATE.",
    "CONDITIONS OF THE OFFER.",
    "WITHDRAWAL RIGHTS.",
    "ACCEPTANCE OF OPTIONS.",
    "FEES AND EXPENSES.",
]
BODIES = [
    "You are eligible if you are an employee of Kestrel on the date the offer starts.",
    "We will exchange each eligible option for a new option to buy fewer shares.",
    "We may end the offer if any of the conditions described below occurs.",
    "You may withdraw your tendered options at any time before the offer expires.",
    "We will accept the options properly tendered promptly after the offer expires.",
    "We will pay all fees and expenses of the exchange agent in connection with the offer.",
]
SIGNED = ["KESTREL SEMICONDUCTOR, INC.", "Dated: August 2, 2002"]
LETTER = ["Very truly yours,", "KESTREL SEMICONDUCTOR, INC.", "By: /s/ Jane Roe", "Jane Roe"]


def blocks(sections: int, closing: list[str]) -> list[tuple[str, str]]:
    """(kind, text) pairs: headings and body text, then the closing lines."""
    out: list[tuple[str, str]] = []
    for number in range(sections):
        out += [("heading", f"{number + 1}. {TITLES[number]}"), ("body", BODIES[number])]
    return out + [("closing", line) for line in closing]


def write(path: Path, parts: list[tuple[str, str]]) -> Path:
    if path.suffix == ".txt":
        lines = [("" if kind == "heading" else "     ") + text for kind, text in parts]
        path.write_text("\n\n".join(lines) + "\n")
    elif path.suffix == ".htm":
        tags = {"heading": "<p><b>{}</b></p>", "body": "<p>{}</p>", "closing": "<p>{}</p>"}
        html = "".join(tags[kind].format(escape(text)) for kind, text in parts)
        path.write_text(f"<html><body>{html}</body></html>")
    else:
        word = docx.Document()
        for kind, text in parts:
            if kind == "heading":
                word.add_paragraph(text, style="Heading 2")
            else:
                word.add_paragraph(text)
        word.save(str(path))
    return path


def load(tmp_path: Path, name: str, sections: int, closing: list[str]) -> Document:
    return load_document(write(tmp_path / name, blocks(sections, closing)))


@pytest.mark.parametrize("suffix", [".txt", ".htm", ".docx"])
@pytest.mark.parametrize("closing", [SIGNED, LETTER], ids=["dated", "letter"])
def test_a_section_added_after_the_last_leaves_the_signature_block_alone(
    tmp_path: Path, suffix: str, closing: list[str]
) -> None:
    original = load(tmp_path, "original" + suffix, 5, closing)
    assert original.sections[-1].kind is SectionKind.CLOSING
    assert [p.text for p in original.sections[-1].paragraphs] == closing
    assert [p.text for p in original.sections[-2].paragraphs] == [BODIES[4]]
    revised = load(tmp_path, "revised" + suffix, 6, closing)
    items = draft_items(original, revised).items
    assert [item.kind for item in items] == [ItemKind.ADD_SECTION]
    assert items[0].locator.after_section_id == "s5"
    added = draft_items(revised, original).items
    assert [item.kind for item in added] == [ItemKind.DELETE_SECTION]


def test_a_change_in_the_signature_block_is_cited_there_not_in_the_last_section(
    tmp_path: Path,
) -> None:
    original = load(tmp_path, "original.txt", 5, SIGNED)
    revised = load(tmp_path, "revised.txt", 5, [SIGNED[0], "Dated: August 9, 2002"])
    items = draft_items(original, revised).items
    assert len(items) == 1
    assert items[0].locator.section_kind == SectionKind.CLOSING
    said = filing_text(items[0], "(a)(1)")
    assert "Section 5" not in said
    assert "signature block" in said


def test_the_last_sections_own_short_lines_stay_in_it(tmp_path: Path) -> None:
    """A last paragraph that is prose, or a clause of a list, is the section's own text."""
    document = load(tmp_path, "plain.txt", 5, ["(a) the Exchange Agent;", "(b) the Company."])
    assert document.sections[-1].kind is SectionKind.NUMBERED
    assert len(document.sections[-1].paragraphs) == 3


@pytest.mark.parametrize(("before", "after"), [(SIGNED, []), ([], SIGNED)])
def test_a_signature_block_taken_out_or_added_is_lines_of_the_text_and_checks_clean(
    tmp_path: Path, before: list[str], after: list[str]
) -> None:
    """Taken out, its lines are deleted in the signature block (never a section deleted);
    added to an offer that had none, they are lines after the last section's text; the
    items give the revision either way."""
    original = load(tmp_path, "original.txt", 5, before)
    revised = load(tmp_path, "revised.txt", 5, after)
    items = draft_items(original, revised).items
    kinds = [item.kind for item in items]
    assert ItemKind.DELETE_SECTION not in kinds and ItemKind.ADD_SECTION not in kinds
    working = TextDocument.from_document(original)
    for item in items:
        apply_item(working, item)
    assert working.same_text(TextDocument.from_document(revised))
    if after:
        assert items[0].locator.section_id == "s5"
    else:
        assert "signature block" in filing_text(items[0], "(a)(1)")
