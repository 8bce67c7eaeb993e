"""A paragraph made a heading (or a heading made body text) with the same words is one
structural item, classed clarifying: never paragraphs deleted and a section added."""

from __future__ import annotations

import copy
from pathlib import Path

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind, Materiality
from amendtool.core.model import Document, Section, SectionKind
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

ORIGINAL = load_document(SAMPLES / "offer-to-exchange.docx")
FILING = load_filing(SAMPLES / "filing.toml")
TERMS = "part-summary-term-sheet"


def headed(document: Document, section_id: str, index: int) -> Document:
    """The paragraph at `index` of the section made the heading of the paragraphs after it."""
    revised = copy.deepcopy(document)
    at = next(i for i, s in enumerate(revised.sections) if s.id == section_id)
    section = revised.sections[at]
    paragraph = section.paragraphs[index]
    split = Section(
        "made",
        section.kind,
        paragraph.text,
        None,
        paragraph.text,
        section.paragraphs[index + 1 :],
    )
    section.paragraphs = section.paragraphs[:index]
    revised.sections.insert(at + 1, split)
    return revised


def unheaded(document: Document, section_id: str) -> Document:
    """The section's heading made a paragraph at the end of the section before it."""
    revised = copy.deepcopy(document)
    at = next(i for i, s in enumerate(revised.sections) if s.id == section_id)
    section, before = revised.sections[at], revised.sections[at - 1]
    heading = copy.deepcopy(section.paragraphs[0])
    heading.text = section.heading
    before.paragraphs += [heading, *section.paragraphs]
    del revised.sections[at]
    return revised


def test_a_paragraph_made_a_heading_is_one_clarifying_item() -> None:
    words = ORIGINAL.sections[2].paragraphs[29].text
    amendment = draft_amendment(ORIGINAL, headed(ORIGINAL, TERMS, 29), FILING)
    [item] = amendment.items
    assert item.kind is ItemKind.MAKE_HEADING
    assert item.materiality is Materiality.CLARIFYING
    assert "heading" in item.materiality_reason
    assert item.locator.section_id == TERMS and item.locator.paragraph == 30
    instruction = amendment.filing_instruction(item)
    assert "has been made a heading" in instruction and words in instruction
    assert "deleted" not in instruction


def test_a_heading_made_body_text_is_one_clarifying_item() -> None:
    amendment = draft_amendment(ORIGINAL, unheaded(ORIGINAL, "s4"), FILING)
    [item] = amendment.items
    assert item.kind is ItemKind.MAKE_PARAGRAPH
    assert item.materiality is Materiality.CLARIFYING
    assert item.locator.section_id == "s4"
    instruction = amendment.filing_instruction(item)
    assert "4. Withdrawal Rights" in instruction and "deleted" not in instruction


def test_other_edits_under_a_new_heading_are_cited_and_applied() -> None:
    revised = headed(ORIGINAL, TERMS, 29)
    revised.sections[3].paragraphs[0].text += " Counsel's new sentence."
    amendment = draft_amendment(ORIGINAL, revised, FILING)
    kinds = [item.kind for item in amendment.items]
    assert kinds[0] is ItemKind.MAKE_HEADING
    assert ItemKind.DELETE_PARAGRAPH not in kinds and ItemKind.ADD_SECTION not in kinds
    applied = apply_items(TextDocument.from_document(ORIGINAL), amendment.items)
    assert applied.same_text(TextDocument.from_document(revised))
    assert [s.kind for s in revised.sections][3] is SectionKind.PART


def test_the_redline_of_heading_marks_keeps_every_word() -> None:
    """Accept all gives the revised words, reject all the original's: a heading mark
    strikes nothing and inserts nothing."""
    from amendtool.io.redline_docx import build_review_documents
    from tests.io.test_redline_property import flat, text_of

    for revised in (headed(ORIGINAL, TERMS, 29), unheaded(ORIGINAL, "s4")):
        edited = next(s for s in revised.sections if s.id == "s2")
        edited.paragraphs[0].text += " Counsel's new sentence."
        amendment = draft_amendment(ORIGINAL, revised, FILING)
        kinds = [item.kind for item in amendment.items]
        assert {ItemKind.MAKE_HEADING, ItemKind.MAKE_PARAGRAPH} & set(kinds), kinds
        redline = build_review_documents(amendment).redline
        words = " ".join(flat(TextDocument.from_document(revised).comparable())).split()
        assert " ".join(text_of(redline, accept=True)).split() == words
        filed = " ".join(flat(TextDocument.from_document(ORIGINAL).comparable())).split()
        assert " ".join(text_of(redline, accept=False)).split() == filed


def test_review_marks_a_heading_mark_on_both_sides() -> None:
    from amendtool.core.review import change_map

    for revised in (headed(ORIGINAL, TERMS, 29), unheaded(ORIGINAL, "s4")):
        amendment = draft_amendment(ORIGINAL, revised, FILING)
        left, right = change_map(ORIGINAL, amendment.items).blocks_of(0)
        assert left and right


def style_of(data: bytes, text: str, accept: bool | None) -> str | None:
    """The style of the paragraph reading `text` in a Word file, with every change
    accepted or rejected (None: as it is)."""
    import io

    import docx

    from amendtool.io.revision_text import accept_all, reject_all

    word = docx.Document(io.BytesIO(data))
    if accept is not None:
        (accept_all if accept else reject_all)(word.element.body)
    found = [p for p in word.paragraphs if " ".join(p.text.split()) == text]
    return found[0].style.name if found else None


def test_the_redline_tracks_a_heading_mark_as_a_change_of_format() -> None:
    """Accept all: the paragraph is set as a heading (the heading as text); reject all:
    each as filed."""
    from amendtool.io.redline_docx import build_review_documents

    filed = Path(ORIGINAL.source).read_bytes()
    for revised, words, made in (
        (headed(ORIGINAL, TERMS, 29), ORIGINAL.sections[2].paragraphs[29].text, "Heading"),
        (unheaded(ORIGINAL, "s4"), "4. Withdrawal Rights", ""),
    ):
        redline = build_review_documents(draft_amendment(ORIGINAL, revised, FILING)).redline
        before = style_of(filed, words, None)
        accepted = style_of(redline, words, accept=True)
        assert accepted != before and (accepted or "").startswith(made)
        assert style_of(redline, words, accept=False) == before


def test_a_section_deleted_after_the_contents_is_no_heading_made_text() -> None:
    """The contents list the section's heading: deleting the section (its heading and its
    text) leaves that line where it was, and is drafted as a deletion."""
    revised = copy.deepcopy(ORIGINAL)
    contents = revised.sections[1]
    line = copy.deepcopy(contents.paragraphs[0])
    line.text = revised.sections[2].heading
    contents.paragraphs.append(line)
    original = copy.deepcopy(revised)
    del revised.sections[2]
    kinds = [i.kind for i in draft_amendment(original, revised, FILING).items]
    assert ItemKind.MAKE_PARAGRAPH not in kinds and ItemKind.DELETE_SECTION in kinds
