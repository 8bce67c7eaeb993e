"""A Word text box prints apart from the text: its paragraphs are not counted among the
section's (no paragraph after it, or after the table or heading that anchors it, is cited
one place on), and a change inside it is cited as the box, by what anchors it, in the
filing, the notice and the plain notice."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.cover import paragraph_in
from amendtool.core.draft_text import TextBlock, document_blocks, document_from_blocks
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import filing_text, house_wording, notice_text
from tests.support.builders import Spec, doc

HEADING = "1. Eligibility"
INTRO = "The box below sets out the key dates."
BOX = "[box 1] Key date: the offer expires June 30, 2026."
RATIO = "You will receive one New RSU for every 3.0 Eligible Options."
VESTING = "Vesting restarts on the grant date. Vesting is monthly."
LAST = "Questions: equity@quillon.example"
ROW = "Term\tValue"
PRICE = "Price\t$10"


def draft(original: Spec, revised: Spec) -> list[AmendmentItem]:
    before, after = doc(original), doc(revised)
    items = draft_items(before, after).items
    amended = apply_items(TextDocument.from_document(before), items)
    assert amended.comparable() == TextDocument.from_document(after).comparable()
    return items


def changed(spec: Spec, old: str, new: str) -> Spec:
    return [(h, [p.replace(old, new) for p in ps]) for h, ps in spec]


def test_a_word_changed_in_a_box_cites_the_box_by_its_anchor() -> None:
    spec: Spec = [(HEADING, [INTRO, BOX, RATIO, VESTING, LAST])]
    [item] = draft(spec, changed(spec, "offer expires", "offer now expires"))
    filed = filing_text(item, "(a)(1)(A)")
    assert filed.startswith(
        'The text box anchored in the first paragraph in "Section 1. Eligibility" on page 2'
    ), filed
    assert "so that the text box reads in its entirety" in filed
    assert "second paragraph" not in filed
    assert notice_text(item).startswith("The text box anchored in the first paragraph in")
    plain = summarise(item, house_wording()).text
    assert plain.startswith("In the text box next to the first paragraph, we changed"), plain


@pytest.mark.parametrize(
    ("anchored", "words", "cited"),
    [
        ([INTRO, BOX, RATIO, VESTING, LAST], ("3.0", "2.5"), "The second paragraph"),
        ([INTRO, BOX, RATIO, VESTING, LAST], ("monthly", "quarterly"), "in the third paragraph"),
        ([INTRO, BOX, RATIO, VESTING, LAST], ("equity@", "stock@"), "The last paragraph"),
        ([BOX, INTRO, RATIO, VESTING, LAST], ("3.0", "2.5"), "The second paragraph"),
        ([INTRO, ROW, PRICE, BOX, RATIO, VESTING, LAST], ("3.0", "2.5"), "The second paragraph"),
        ([INTRO, BOX, "[box 2] Second box.", RATIO, LAST], ("3.0", "2.5"), "The second paragraph"),
    ],
    ids=["after", "sentence", "last", "heading", "table", "two-boxes"],
)
def test_no_paragraph_is_counted_on_for_a_box(
    anchored: list[str], words: tuple[str, str], cited: str
) -> None:
    """Anchored in a paragraph, a table or the heading, a box moves no paragraph's number."""
    spec: Spec = [(HEADING, anchored)]
    [item] = draft(spec, changed(spec, *words))
    filed = filing_text(item, "(a)(1)(A)")
    assert cited in filed, filed
    assert "box" not in filed


def test_a_paragraph_inserted_after_a_box_follows_its_anchor() -> None:
    spec: Spec = [(HEADING, [INTRO, BOX, RATIO, LAST])]
    new = "Fractions of New RSUs are rounded down."
    [item] = draft(spec, [(HEADING, [INTRO, BOX, new, RATIO, LAST])])
    assert item.kind is ItemKind.INSERT_PARAGRAPH
    filed = filing_text(item, "(a)(1)(A)")
    assert "immediately after the first paragraph in" in filed, filed
    assert "box" not in filed


@pytest.mark.parametrize(
    ("anchored", "anchor"),
    [
        ([INTRO, ROW, PRICE, BOX, LAST], 'the table in "Section 1. Eligibility"'),
        ([BOX, INTRO, LAST], 'the heading of "Section 1. Eligibility"'),
        ([INTRO, RATIO, BOX], 'the last paragraph in "Section 1. Eligibility"'),
    ],
    ids=["table", "heading", "last-paragraph"],
)
def test_a_box_is_cited_by_what_anchors_it(anchored: list[str], anchor: str) -> None:
    spec: Spec = [(HEADING, anchored)]
    [item] = draft(spec, changed(spec, "offer expires", "offer now expires"))
    assert filing_text(item, "(a)(1)(A)").startswith(f"The text box anchored in {anchor}")


def test_a_paragraph_of_a_box_of_several_is_cited_by_its_place_in_the_box() -> None:
    spec: Spec = [(HEADING, [INTRO, "[box 1] Key dates", BOX, "[box 1] All times Eastern.", LAST])]
    [item] = draft(spec, changed(spec, "offer expires", "offer now expires"))
    filed = filing_text(item, "(a)(1)(A)")
    assert filed.startswith(
        'The second paragraph of the text box anchored in the first paragraph in "Section 1.'
    ), filed
    assert "so that the paragraph reads" in filed
    plain = summarise(item, house_wording()).text
    assert plain.startswith(
        "In the second paragraph of the text box next to the first paragraph, we changed"
    ), plain


def test_the_working_draft_keeps_a_box_paragraph_the_boxs() -> None:
    """The app's draft rebuilt from its text: a box's paragraph stays the box's (typed in
    or not), so the app drafts the items `amendtool draft` does."""
    spec: Spec = [(HEADING, [INTRO, BOX, RATIO, LAST])]
    revised = doc(changed(spec, "offer expires", "offer now expires"))
    blocks = document_blocks(revised)
    rebuilt = document_from_blocks(blocks, like=doc(spec), known=[revised])
    assert [p.box for p in rebuilt.paragraphs()] == [None, "1", None, None]
    edited = [TextBlock(b.text.replace("3.0", "2.5"), b.heading) for b in blocks]
    typed = document_from_blocks(edited, like=doc(spec), known=[revised])
    [item, _] = draft_items(doc(spec), typed).items
    assert filing_text(item, "(a)(1)(A)").startswith("The text box anchored in the first")


def test_the_checks_name_a_paragraph_after_a_box_as_the_filing_cites_it() -> None:
    section = doc([(HEADING, [INTRO, BOX, RATIO, LAST])]).sections[0]
    named = [paragraph_in(section, p) for p in section.paragraphs]
    assert named == [
        "the first paragraph",
        "a text box",
        "the second paragraph",
        "the last paragraph",
    ]
