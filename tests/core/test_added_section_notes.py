"""A section the revision adds that carries a footnote: the section is added with its text,
and each note is added as a note to the paragraph that prints its mark, as a note added
anywhere else is; never set in the new section as a paragraph of the body."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.wording import filing_text
from tests.support.builders import Spec, doc

BASE: Spec = [
    ("", ["Offer to exchange eligible options for new options."]),
    ("1. Number of Options", ["Eligible holders may tender options."]),
]
WORDS = "Holders may withdraw tendered options."
MORE = "The Company will pay the fees of the offer."
NOTE = "Options granted under the 2019 Plan are eligible."
OTHER = "New options vest over two years."


def drafted(added: list[str]) -> list[AmendmentItem]:
    """The items for BASE with a section "2. Miscellaneous" of `added` put after it; the
    items applied to the original give the revised text."""
    original, revised = doc(BASE), doc([*BASE, ("2. Miscellaneous", added)])
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return items


@pytest.mark.parametrize(
    ("added", "body", "notes"),
    [
        ([WORDS, f"[fn 2] {NOTE}"], [WORDS], [NOTE]),
        ([f"[fn 2] {NOTE}", WORDS], [WORDS], [NOTE]),
        ([f"[fn 2] {NOTE}"], [], [NOTE]),
        ([WORDS, f"[fn 2] {NOTE}", MORE, f"[fn 3] {OTHER}"], [WORDS, MORE], [NOTE, OTHER]),
    ],
    ids=["after its paragraph", "opening the section", "alone", "two notes"],
)
def test_a_note_of_an_added_section_is_added_as_a_note(
    added: list[str], body: list[str], notes: list[str]
) -> None:
    items = drafted(added)
    section, *noted = items
    assert section.kind is ItemKind.ADD_SECTION
    assert section.new_paragraphs == body
    assert section.new_section is not None and section.new_section.paragraphs == body
    assert [i.kind for i in noted] == [ItemKind.INSERT_PARAGRAPH] * len(notes)
    assert [i.new_paragraphs for i in noted] == [[n] for n in notes]
    assert {i.locator.added_note for i in noted} == {"footnote"}
    assert {i.locator.section_id for i in noted} == {section.locator.section_id}
    for note in notes:
        assert note not in filing_text(section, "(a)(1)")


def test_the_note_after_a_new_paragraph_is_added_at_that_paragraph() -> None:
    _, note = drafted([WORDS, f"[fn 2] {NOTE}"])
    assert filing_text(note, "(a)(1)").startswith(
        'The paragraph in "Section 2. Miscellaneous" of Exhibit (a)(1) to the Tender Offer '
        "Statement has been amended by adding the following footnote at its end"
    )
