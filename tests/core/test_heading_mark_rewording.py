"""A heading mark and a rewording of the same paragraph are drafted as counsel drafts them:
the mark (of the words as filed), then the change of words; nothing deleted, no section
added, and the items applied to the original give the revised text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.items import STRUCTURE_KINDS, ItemKind
from amendtool.core.model import Document
from tests.core.test_heading_marks import FILING, ORIGINAL, TERMS, headed, unheaded

NEVER = {
    ItemKind.DELETE_PARAGRAPH,
    ItemKind.DELETE_SECTION,
    ItemKind.ADD_SECTION,
    ItemKind.INSERT_PARAGRAPH,
    ItemKind.REPLACE_SECTION,
}
WORD_KINDS = {
    ItemKind.RETITLE_SECTION,
    ItemKind.REPLACE_WORDS,
    ItemKind.REPLACE_SENTENCE,
    ItemKind.REPLACE_PARAGRAPH,
}
SUMMARY = next(s for s in ORIGINAL.sections if s.id == TERMS)
# paragraphs counsel might mark: a few words to a sentence, with text after them
MARKABLE = [
    i
    for i, p in enumerate(SUMMARY.paragraphs[:-1])
    if 3 <= len(p.text.split()) <= 40 and SUMMARY.paragraphs[i + 1].text
]
# headings with a section before them that is not the contents
UNMARKABLE = [
    s.id for k, s in enumerate(ORIGINAL.sections[3:], 3) if s.paragraphs and s.kind != "front"
]
EDITS = st.sampled_from(["change", "cut", "add"])  # a word changed, taken out, put in


def reworded(text: str, at: float, edit: str) -> str:
    """`text` with one word changed, taken out or put in at `at` (a share of its length)."""
    words = text.split()
    position = min(int(at * len(words)), len(words) - 1)
    if edit == "cut" and len(words) > 1:
        del words[position]
    elif edit == "add":
        words.insert(position, "further")
    else:
        words[position] = "amended" if words[position] != "amended" else "revised"
    return " ".join(words)


def assert_drafted_as_counsel_would(revised: Document) -> None:
    items = draft_amendment(ORIGINAL, revised, FILING).items
    kinds = [item.kind for item in items]
    assert kinds[0] in STRUCTURE_KINDS and len(kinds) == 2, kinds
    assert kinds[1] in WORD_KINDS and not NEVER & set(kinds), kinds
    assert items[0].new_text == items[0].old_text  # the mark changes no word
    applied = apply_items(TextDocument.from_document(ORIGINAL), items)
    assert applied.same_text(TextDocument.from_document(revised))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(MARKABLE), st.floats(0, 1, exclude_max=True), EDITS)
def test_a_paragraph_made_a_heading_and_reworded(index: int, at: float, edit: str) -> None:
    revised = headed(ORIGINAL, TERMS, index)
    made = revised.sections[3]
    made.heading = made.title = reworded(made.heading, at, edit)
    assert_drafted_as_counsel_would(revised)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(UNMARKABLE), st.floats(0, 1, exclude_max=True), EDITS)
def test_a_heading_made_body_text_and_reworded(section_id: str, at: float, edit: str) -> None:
    position = next(k for k, s in enumerate(ORIGINAL.sections) if s.id == section_id)
    heading = ORIGINAL.sections[position].heading
    revised = unheaded(ORIGINAL, section_id)
    joined = revised.sections[position - 1].paragraphs[
        len(ORIGINAL.sections[position - 1].paragraphs)
    ]
    assert joined.text == heading
    joined.text = reworded(heading, at, edit)
    assert_drafted_as_counsel_would(revised)


def test_the_rewording_is_cited_as_a_change_of_the_words_as_marked() -> None:
    """The mark's item quotes the words as filed; the next item changes them."""
    revised = unheaded(ORIGINAL, "s4")
    joined = next(
        p for s in revised.sections for p in s.paragraphs if p.text == "4. Withdrawal Rights"
    )
    joined.text = "4. Withdrawal Rights and Limits"
    amendment = draft_amendment(ORIGINAL, revised, FILING)
    mark, words = amendment.items
    assert mark.kind is ItemKind.MAKE_PARAGRAPH and mark.new_text == "4. Withdrawal Rights"
    instruction = amendment.filing_instruction(words)
    assert '"and Limits"' in instruction and "deleted" not in instruction
