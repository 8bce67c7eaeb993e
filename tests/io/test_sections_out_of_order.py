"""A section moved with its number kept (Sections 9, 11, 10, 12 in the revision): its
heading is still a heading. It was dropped from the run of numbers, so the moved section's
text was read as part of the section before it, the filing said Section 10 "has been
deleted in its entirety" (the insiders' disclosure withdrawn, to investors) and restated
Section 11 with Section 10 inside it, while `check` said nothing."""

from __future__ import annotations

import io
from pathlib import Path

import docx

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind, Materiality
from amendtool.core.wording import filing_text
from amendtool.io.load import load_document
from amendtool.io.redline_docx import build_review_documents

FILING = (
    Path(__file__).resolve().parents[1] / "corpus" / "2024-htm-brightmoor-options" / "filing.toml"
)
TITLES = [
    "Eligibility",
    "Number of New Options",
    "Expiration Date",
    "Procedures for Electing to Exchange",
    "Withdrawal Rights",
    "Acceptance of Options",
    "Conditions of the Offer",
    "Price Range of Our Common Stock",
    "Source and Amount of Consideration",
    "Interests of Directors and Executive Officers",
    "Material Tax Consequences",
    "Miscellaneous",
]
NEW_ROW = "Ms. Nandakumar holds 42,000 eligible options, 1.7% of those outstanding."


def word_offer(
    path: Path, order: list[int], added: dict[int, str] | None = None, part: bool = False
) -> Path:
    """Sections in Heading 2; with `part`, under a part titled in Heading 1 ("The Offer")."""
    document = docx.Document()
    document.add_paragraph("KESTREL BIOSYSTEMS, INC. OFFER TO EXCHANGE ELIGIBLE OPTIONS")
    document.add_paragraph("The offer expires at 11:59 p.m., Eastern Time, on May 7, 2026.")
    if part:
        document.add_heading("The Offer", level=1)
    for number in order:
        title = TITLES[number - 1]
        document.add_heading(f"Section {number}. {title}", level=2)
        document.add_paragraph(f"This section describes the {title.lower()} for this offer.")
        document.add_paragraph(f"Please read the {title.lower()} carefully before you elect.")
        if added and number in added:
            document.add_paragraph(added[number])
    document.save(path)
    return path


def drafted(
    tmp_path: Path, order: list[int], added: dict[int, str] | None = None, part: bool = False
) -> Amendment:
    original = load_document(word_offer(tmp_path / "orig.docx", list(range(1, 13)), part=part))
    revised = load_document(word_offer(tmp_path / "rev.docx", order, added, part=part))
    return draft_amendment(original, revised, load_filing(FILING))


MOVED = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 10, 12]


def test_a_section_moved_with_its_number_kept_is_still_a_section(tmp_path: Path) -> None:
    revised = load_document(word_offer(tmp_path / "rev.docx", MOVED))
    assert [s.number for s in revised.numbered_sections()] == [str(n) for n in MOVED]
    amendment = drafted(tmp_path, MOVED)
    said = [f.message for f in run_checks(amendment) if f.code == "sections"]
    assert not any("not found" in m for m in said), said


def test_the_move_is_filed_as_a_move_and_says_which_section_goes(tmp_path: Path) -> None:
    amendment = drafted(tmp_path, MOVED)
    items = amendment.change_items
    assert sorted(i.kind.value for i in items) == ["add_section", "delete_section"]
    assert all(i.materiality is Materiality.CLARIFYING for i in items), [
        i.materiality_reason for i in items
    ]
    added = next(i for i in items if i.kind is ItemKind.ADD_SECTION)
    deleted = next(i for i in items if i.kind is ItemKind.DELETE_SECTION)
    assert added.new_text.count("Section ") == 0  # no other section restated inside it
    # the same heading stands twice once the section is inserted at its new place: the
    # deletion names the one that goes by the section it followed as filed
    moved = deleted.locator.section_name
    assert moved == added.locator.section_name
    before = TITLES[TITLES.index(moved.split(". ", 1)[1]) - 1]
    text = filing_text(deleted, "(a)(1)")
    assert "immediately follows" in text and before in text, text
    assert "deleted in its entirety" in text


def test_a_paragraph_added_to_the_moved_section_is_its_own_item(tmp_path: Path) -> None:
    amendment = drafted(tmp_path, MOVED, {10: NEW_ROW})
    inserted = [i for i in amendment.change_items if i.kind is ItemKind.INSERT_PARAGRAPH]
    assert [i.new_text for i in inserted] == [NEW_ROW]
    assert "Section 10" in inserted[0].locator.section_name
    restated = [i for i in amendment.change_items if i.kind is ItemKind.REPLACE_SECTION]
    assert restated == []
    errors = [f.message for f in run_checks(amendment) if f.severity == "error"]
    assert not any("Section 10" in m and "not found" in m for m in errors), errors


def test_a_number_printed_twice_out_of_order_is_not_guessed(tmp_path: Path) -> None:
    """Two headings "Section 10." after Section 9 and 11 are not a moved section: neither is
    taken, and the lost number is still said."""
    revised = load_document(
        word_offer(tmp_path / "rev.docx", [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 10, 10, 12])
    )
    numbers = [s.number for s in revised.numbered_sections()]
    assert numbers.count("10") == 0, numbers


def test_the_moved_sections_heading_is_set_as_its_neighbours_are(tmp_path: Path) -> None:
    """In the redline and the conformed copy the heading inserted where the section now
    stands is a Heading 2 like the sections around it, not the Heading 1 of the part that
    opens the offer."""
    amendment = drafted(tmp_path, MOVED, part=True)
    review = build_review_documents(amendment)
    for data in (review.redline, review.conformed):
        styles = {
            p.text: p.style.name
            for p in docx.Document(io.BytesIO(data)).paragraphs
            if p.text.startswith("Section ")
        }
        assert set(styles.values()) == {"Heading 2"}, styles
