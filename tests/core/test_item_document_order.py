"""Items are lettered in the order the offer reads, a heading mark among them: a heading
made body text in Section 4 comes after a change in an earlier section, and before a change
in a later one, in the items, the filing and the notice."""

from __future__ import annotations

import copy

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.items import ItemKind
from amendtool.core.model import Document
from tests.core.test_heading_marks import FILING, ORIGINAL, TERMS, headed, unheaded

ORDER = [section.id for section in ORIGINAL.sections]


def reworded(document: Document, section_id: str) -> Document:
    """The first long paragraph of the section with a word added at its end."""
    revised = copy.deepcopy(document)
    section = next(s for s in revised.sections if s.id == section_id)
    paragraph = next(p for p in section.paragraphs if len(p.text.split()) > 12)
    paragraph.text = paragraph.text.rstrip(".") + " promptly."
    return revised


def assert_document_order(revised: Document, mark: ItemKind, marked: str) -> None:
    amendment = draft_amendment(ORIGINAL, revised, FILING)
    items = amendment.items
    [mark_index] = [n for n, item in enumerate(items) if item.kind is mark]
    assert len(items) >= 3
    marked_at = ORDER.index(marked)
    cited = [
        (n, ORDER.index(i.locator.section_id))
        for n, i in enumerate(items)
        if n != mark_index and i.locator.section_id in ORDER
    ]
    assert [at < marked_at for _, at in cited] == [n < mark_index for n, _ in cited], cited
    applied = apply_items(TextDocument.from_document(ORIGINAL), items)
    assert applied.same_text(TextDocument.from_document(revised))
    lettered = [entry["kind"] for entry in amendment.items_json()["items"]]
    assert lettered == [item.kind.value for item in items]  # lettered in that order


def test_a_heading_made_body_text_is_lettered_where_it_stands() -> None:
    revised = unheaded(ORIGINAL, "s4")
    for section_id in (TERMS, "s2", "s6"):
        revised = reworded(revised, section_id)
    assert_document_order(revised, ItemKind.MAKE_PARAGRAPH, "s4")


def test_a_paragraph_made_a_heading_is_lettered_where_it_stands() -> None:
    revised = headed(ORIGINAL, "s3", 1)
    for section_id in (TERMS, "s2", "s5"):
        revised = reworded(revised, section_id)
    assert_document_order(revised, ItemKind.MAKE_HEADING, "s3")


def test_a_change_in_the_section_a_heading_joins_is_lettered_before_the_mark() -> None:
    """The heading of Section 4 made body text joins Section 3; a change in Section 3 (cited,
    as the offer then reads, with Section 3's own paragraphs only) still comes first."""
    revised = unheaded(ORIGINAL, "s4")
    for section_id in (TERMS, "s3", "s6"):
        revised = reworded(revised, section_id)
    assert_document_order(revised, ItemKind.MAKE_PARAGRAPH, "s4")
    amendment = draft_amendment(ORIGINAL, revised, FILING)
    joined = next(i for i in amendment.items if i.locator.section_id == "s3")
    filed = next(s for s in ORIGINAL.sections if s.id == "s3")
    assert joined.locator.paragraph_count == len(filed.paragraphs)  # as the offer reads
