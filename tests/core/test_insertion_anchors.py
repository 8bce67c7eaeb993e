"""An item cites the place in the offer as filed where its change goes, so that a reader
applying the items in their letters' order (the anchor named, on the page given) gets the
revised text: a section added after a section whose heading made body text joined the one
before is cited on the page where the joined text ends, and the items are lettered in the
order of the places they cite, the heading mark among them."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument, apply_item
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.model import Document, Section
from tests.core.test_heading_marks import FILING, ORIGINAL, unheaded
from tests.core.test_item_document_order import reworded

NUMBERED = [s.id for s in ORIGINAL.sections if s.kind.value == "numbered"]
FILED = {p.id: (n, p) for n, s in enumerate(ORIGINAL.sections) for p in s.paragraphs}


def with_section_at_end(document: Document) -> Document:
    """A new last section, as counsel adds one at the end of the draft."""
    revised = copy.deepcopy(document)
    last = next(s for s in reversed(revised.sections) if s.kind.value == "numbered")
    paragraph = copy.deepcopy(last.paragraphs[0])
    paragraph.text = "We may amend this offer at any time before the expiration date."
    added = Section("new-last", last.kind, "18. Amendments", "18", "Amendments", [paragraph])
    revised.sections.insert(revised.sections.index(last) + 1, added)
    return revised


def read_in_letter_order(items: list[AmendmentItem]) -> TextDocument:
    """Apply the items one by one as a reader does, checking at each that the page it cites
    is where its anchor stands in the offer as filed, and that each cites a place no
    earlier in the offer than the item lettered before it."""
    document = TextDocument.from_document(ORIGINAL)
    last_place = -1
    for letter_index, item in enumerate(items):
        loc = item.locator
        if item.kind is ItemKind.ADD_SECTION:
            assert loc.after_section_id
            origins = document.section(loc.after_section_id).origins
            key = next(k for k in reversed(origins) if k in FILED)
            place, paragraph = FILED[key]
            assert item.page == paragraph.last_page, (letter_index, item.page, paragraph.text)
        elif loc.paragraph:
            origins = document.section(loc.section_id).origins[: loc.paragraph]
            key = next(k for k in reversed(origins) if k in FILED)
            place, paragraph = FILED[key]
            labels = {mark.label for mark in paragraph.pages}
            assert not labels or item.page in labels, (letter_index, item.page, labels)
        else:
            place = next(n for n, s in enumerate(ORIGINAL.sections) if s.id == loc.section_id)
        assert place >= last_place, (letter_index, item.kind, place, last_place)
        last_place = place
        apply_item(document, item)
    return document


def test_a_section_added_after_a_heading_made_body_text_cites_where_that_text_ends() -> None:
    last = NUMBERED[-1]
    revised = with_section_at_end(reworded(unheaded(ORIGINAL, last), "s2"))
    items = draft_amendment(ORIGINAL, revised, FILING).items
    kinds = [item.kind for item in items]
    assert kinds.index(ItemKind.MAKE_PARAGRAPH) < kinds.index(ItemKind.ADD_SECTION)
    assert kinds.index(ItemKind.MAKE_PARAGRAPH) > 0  # the change in Section 2 is item A
    added = items[kinds.index(ItemKind.ADD_SECTION)]
    filed_last = next(s for s in ORIGINAL.sections if s.id == last)
    assert added.page == filed_last.last_page  # not the page the section before it ended on
    assert read_in_letter_order(items).same_text(TextDocument.from_document(revised))


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    unhead=st.sampled_from(NUMBERED[1:]),
    edits=st.lists(st.sampled_from(NUMBERED), min_size=1, max_size=3, unique=True),
    add_at_end=st.booleans(),
)
def test_items_read_in_letter_order_give_the_revised_text(
    unhead: str, edits: list[str], add_at_end: bool
) -> None:
    revised = unheaded(ORIGINAL, unhead)
    for section_id in edits:
        if any(s.id == section_id for s in revised.sections):
            revised = reworded(revised, section_id)
    if add_at_end:
        revised = with_section_at_end(revised)
    items = draft_amendment(ORIGINAL, revised, FILING).items
    assert read_in_letter_order(items).same_text(TextDocument.from_document(revised))
