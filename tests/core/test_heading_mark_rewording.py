"""A heading mark and a rewording of the same paragraph are drafted as counsel drafts them:
the mark, its words unchanged, beside the change of words as an item of its own (classed
and explained as any change of those words); nothing deleted, no section added, every item
found where it is cited, and the items applied to the original give the revised text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import draft_amendment
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.items import STRUCTURE_KINDS, ItemKind
from amendtool.core.model import Document
from amendtool.core.typography import fold_typography
from tests.core.test_heading_marks import FILING, ORIGINAL, TERMS, headed, unheaded

NEVER = {
    ItemKind.DELETE_PARAGRAPH,
    ItemKind.DELETE_SECTION,
    ItemKind.ADD_SECTION,
    ItemKind.INSERT_PARAGRAPH,
    ItemKind.REPLACE_SECTION,
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
    amendment = draft_amendment(ORIGINAL, revised, FILING)
    items = amendment.items
    kinds = [item.kind for item in items]
    marks = [item for item in items if item.kind in STRUCTURE_KINDS]
    assert len(marks) == 1 and len(items) >= 2, kinds
    assert not NEVER & set(kinds), kinds
    [mark] = marks
    assert fold_typography(mark.new_text) == fold_typography(mark.old_text)
    for item in items:
        if item is mark:
            continue
        # the change of words is told as one, with no word of a heading
        text = amendment.filing_instruction(item)
        assert "heading" not in text and "unchanged" not in text, text
    # every item is found where it is cited: applied in order, they give the revised text
    applied = apply_items(TextDocument.from_document(ORIGINAL), items)
    assert applied.same_text(TextDocument.from_document(revised))


def inner_free(text: str) -> str:
    """The text with the offer's own quotation marks as typed (house style makes inner
    quotation marks single)."""
    return text.replace("\u201c", '"').replace("\u201d", '"')


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


def test_a_heading_made_body_text_and_reworded_is_a_mark_beside_a_change_of_words() -> None:
    """The heading made text, its words unchanged; then that paragraph's change of words,
    an item of its own classed by what the words say."""
    revised = unheaded(ORIGINAL, "s4")
    joined = next(
        p for s in revised.sections for p in s.paragraphs if p.text == "4. Withdrawal Rights"
    )
    joined.text = "4. Withdrawal Rights and Limits"
    amendment = draft_amendment(ORIGINAL, revised, FILING)
    mark, *words = amendment.items
    assert mark.kind is ItemKind.MAKE_PARAGRAPH and mark.old_text == "4. Withdrawal Rights"
    assert mark.new_text == "4. Withdrawal Rights"
    instruction = amendment.filing_instruction(mark)
    assert '"4. Withdrawal Rights"' in instruction and "deleted" not in instruction
    assert words and all(item.kind not in STRUCTURE_KINDS for item in words), words
    said = " ".join(inner_free(amendment.filing_instruction(item)) for item in words)
    assert "and Limits" in said, said
