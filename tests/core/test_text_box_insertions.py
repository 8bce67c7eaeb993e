"""Text put into a Word text box, or a box the revision adds or takes out whole, is cited as
the box: a paragraph added inside a box goes in the box after its Nth paragraph, a new box
is added anchored in what anchors it, and a box taken out is taken out as the box (never as
"the following paragraph … immediately after the first paragraph", which sends a reader to
the section's text), in the filing, the notice and the plain notice."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import filing_text, house_wording, notice_text
from tests.support.builders import doc

HEADING = "1. Eligibility"
INTRO = "The box below sets out the key dates."
BOX = "[box 1] Key date: the offer expires June 30, 2026."
EASTERN = "[box 1] All times are Eastern."
RATIO = "You will receive one New RSU for every 3.0 Eligible Options."
LAST = "Questions: equity@quillon.example"
SECTION = '"Section 1. Eligibility"'


def draft(original: list[str], revised: list[str]) -> list[AmendmentItem]:
    """The items, checked to turn the original into the revision."""
    before, after = doc([(HEADING, original)]), doc([(HEADING, revised)])
    items = draft_items(before, after).items
    amended = apply_items(TextDocument.from_document(before), items)
    assert amended.comparable() == TextDocument.from_document(after).comparable()
    return items


def plain(item: AmendmentItem) -> str:
    return summarise(item, house_wording()).text


@pytest.mark.parametrize(
    ("original", "revised", "place"),
    [
        (
            [INTRO, BOX, RATIO],
            [INTRO, BOX, EASTERN, RATIO],
            "on page 2 of Exhibit (a)(1)(A) to the Tender Offer Statement, immediately after "
            "its first",
        ),
        (
            [INTRO, BOX, EASTERN, RATIO],
            [INTRO, BOX, "[box 1] Dates are in 2026.", EASTERN, RATIO],
            "on page 2 of Exhibit (a)(1)(A) to the Tender Offer Statement, immediately after "
            "its first",
        ),
        (
            [INTRO, BOX, EASTERN, RATIO],
            [INTRO, BOX, EASTERN, "[box 1] Dates are in 2026.", RATIO],
            "on page 3 of Exhibit (a)(1)(A) to the Tender Offer Statement, immediately after "
            "its last",
        ),
        (
            [INTRO, BOX, RATIO],
            [INTRO, "[box 1] Key dates", BOX, RATIO],
            "on page 2 of Exhibit (a)(1)(A) to the Tender Offer Statement, immediately before its",
        ),
    ],
    ids=["end-of-one", "middle", "end-of-two", "start"],
)
def test_a_paragraph_added_in_a_box_is_put_in_the_box(
    original: list[str], revised: list[str], place: str
) -> None:
    """Cited on the page of the box's paragraph it follows (or, first in the box, precedes)."""
    [item] = draft(original, revised)
    assert item.kind is ItemKind.INSERT_PARAGRAPH
    filed = filing_text(item, "(a)(1)(A)")
    assert filed.startswith(
        "The following paragraph has been inserted in the text box anchored in the first "
        f"paragraph in {SECTION} {place}"
    ), filed
    assert "of the text box" not in filed  # the box is named whole, the place in it after
    notice = notice_text(item)
    assert notice.startswith("The following paragraph has been inserted in the text box"), notice
    assert place.split(", ")[-1] in notice
    said = plain(item)
    assert said.startswith("We added a new paragraph to the text box next to the first"), said


def test_a_new_box_is_added_anchored_in_what_anchors_it() -> None:
    [item] = draft([INTRO, BOX, RATIO], [INTRO, BOX, RATIO, "[box 2] A new box."])
    filed = filing_text(item, "(a)(1)(A)")
    assert filed.startswith(
        f"The following text box has been added, anchored in the last paragraph in {SECTION}"
        " on page 3 of Exhibit (a)(1)(A)"
    ), filed
    assert notice_text(item).startswith(
        f"The following text box has been added, anchored in the last paragraph in {SECTION}"
    )
    said = plain(item)
    assert said.startswith('We added a text box next to the last paragraph. It begins "A new'), said


@pytest.mark.parametrize(
    ("original", "revised", "anchor"),
    [
        (
            [INTRO, RATIO, LAST],
            [INTRO, RATIO, "[box 1] New box one.", "[box 1] New box two.", LAST],
            f"the second paragraph in {SECTION}",
        ),
        ([INTRO, RATIO], ["[box 1] A new box.", INTRO, RATIO], f"the heading of {SECTION}"),
        ([INTRO, BOX, RATIO], [INTRO, BOX, "[box 2] Another box.", RATIO], "the first paragraph"),
    ],
    ids=["two-paragraphs", "heading", "beside-another-box"],
)
def test_every_new_box_is_one_box_added(
    original: list[str], revised: list[str], anchor: str
) -> None:
    [item] = draft(original, revised)
    filed = filing_text(item, "(a)(1)(A)")
    assert filed.startswith(f"The following text box has been added, anchored in {anchor}"), filed


def test_a_new_paragraph_and_the_box_it_anchors_are_two_items() -> None:
    new = "A new paragraph here."
    first, second = draft([INTRO, RATIO], [INTRO, new, "[box 1] A new box.", RATIO])
    assert first.new_paragraphs == [new]
    assert "paragraph has been inserted immediately after the first" in filing_text(first, "")
    assert second.new_paragraphs == ["A new box."]
    filed = filing_text(second, "")
    assert filed.startswith("The following text box has been added, anchored in the second"), filed


def test_a_box_numbered_on_by_a_new_box_before_it_is_still_the_same_box() -> None:
    """Word numbers the boxes in order: a box put in before an old one numbers it on ("box 2"
    in the revision, "box 1" as filed); a paragraph added to the old box is still its."""
    original = [INTRO, RATIO, BOX, LAST]
    revised = [
        INTRO,
        "[box 1] A new box.",
        RATIO,
        BOX.replace("[box 1]", "[box 2]"),
        EASTERN.replace("[box 1]", "[box 2]"),
        LAST,
    ]
    new_box, added = draft(original, revised)
    assert filing_text(new_box, "").startswith(
        "The following text box has been added, anchored in the first paragraph"
    )
    filed = filing_text(added, "")
    assert filed.startswith(
        "The following paragraph has been inserted in the text box anchored in the second "
        f"paragraph in {SECTION}"
    ), filed
    assert "immediately after its first paragraph" in filed


def test_a_box_taken_out_whole_is_one_item_for_the_box() -> None:
    [item] = draft([INTRO, BOX, EASTERN, RATIO], [INTRO, RATIO])
    filed = filing_text(item, "(a)(1)(A)")
    assert filed.startswith(
        f"The text box anchored in the first paragraph in {SECTION} on page 2"
    ), filed
    assert filed.endswith("has been deleted in its entirety.")
    said = plain(item)
    assert said.startswith("We took out the text box next to the first paragraph."), said
