"""Paragraphs are paired by what they say, then by where they stand: a paragraph is replaced
only by the revised paragraph it most resembles; deletions, insertions, splits and merges
are outcomes of their own; and the number of paragraphs compared grows with the document,
not with its square."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.diffing import WORK
from amendtool.core.drafting import draft_items
from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.wording import filing_text
from tests.support.builders import doc

HEADING = "9. Acquisitions and Mergers"
OPENING = "This section describes what happens to your units in a change in control."
CLOSING = (
    "We have no present plans for any merger or acquisition of the company. Any such "
    "transaction would be announced in a press release and in a filing with the SEC. You "
    "should read any such announcement carefully before deciding whether to tender. We will "
    "not be obliged to extend the offer because of any such announcement."
)
BEFORE = (
    "If we are acquired by or merge with another company before the expiration date, you "
    "may withdraw your tendered units and have all of the rights afforded you under the "
    "existing agreements evidencing those units. Further, if we are acquired prior to the "
    "expiration date, we reserve the right to withdraw the offer, in which case your units "
    "will remain outstanding on their current terms."
)
AFTER = (
    "If we are acquired by or merge with another company after the expiration date, your "
    "units may be assumed by the acquiring company or may be cancelled in exchange for a "
    "cash payment equal to the value of the shares underlying them."
)
AFTER_REWRITTEN = (
    "If we are acquired by or merge with another company after the expiration date, the "
    "acquiring company may assume the units. If we are acquired by or merge with another "
    "company after the expiration date and the units are not assumed, the units will be "
    "cancelled for a cash payment."
)
AFTER_EDITED = (
    "If we are acquired by or merge with another company after the expiration date, your "
    "units may be assumed by the acquiring company. If we are acquired by or merge with "
    "another company after the expiration date and your units are not assumed, they may be "
    "cancelled in exchange for a cash payment."
)


def draft(before: list[str], after: list[str]) -> list[AmendmentItem]:
    original, revised = doc([(HEADING, before)]), doc([(HEADING, after)])
    result = draft_items(original, revised)
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    return result.items


def cited(item: AmendmentItem) -> str:
    return filing_text(item, "(a)(1)").split(" in ")[0]


@pytest.mark.parametrize("rewritten", [AFTER_REWRITTEN, AFTER_EDITED])
def test_a_deleted_paragraph_before_a_rewritten_one_is_the_one_deleted(rewritten: str) -> None:
    items = draft(
        [OPENING, BEFORE, AFTER, CLOSING, CLOSING], [OPENING, rewritten, CLOSING, CLOSING]
    )
    kinds = [i.kind for i in items]
    assert ItemKind.DELETE_PARAGRAPH in kinds
    deleted = items[kinds.index(ItemKind.DELETE_PARAGRAPH)]
    assert deleted.old_text == BEFORE
    assert cited(deleted) == "The second paragraph"
    changed = [i for i in items if i is not deleted]
    assert len(changed) == 1
    assert changed[0].kind in (ItemKind.REPLACE_PARAGRAPH, ItemKind.REPLACE_SENTENCE)
    assert cited(changed[0]).endswith("third paragraph")
    # counsel's order: the deletion first, then the replacement that follows it
    assert items.index(deleted) == 0


def test_a_paragraph_is_replaced_by_the_one_it_resembles_not_the_one_in_its_place() -> None:
    new_paragraph = "Holders outside the United States should consult their own advisers."
    items = draft([OPENING, AFTER, CLOSING], [OPENING, new_paragraph, AFTER_REWRITTEN, CLOSING])
    kinds = [i.kind for i in items]
    assert ItemKind.INSERT_PARAGRAPH in kinds
    inserted = items[kinds.index(ItemKind.INSERT_PARAGRAPH)]
    assert inserted.new_paragraphs == [new_paragraph]
    assert "immediately after the first paragraph" in filing_text(inserted, "(a)(1)")
    replaced = [i for i in items if i is not inserted]
    assert [i.old_text for i in replaced] == [AFTER] or replaced[0].old_text in AFTER


def test_a_paragraph_split_in_two_loses_its_last_sentence_and_a_paragraph_follows() -> None:
    """Split at a sentence, no word changed: counsel take the sentence out and put the new
    paragraph in after it, never restate the paragraph (sentences_left_behind has more)."""
    first, second = BEFORE.split(" Further, ")
    second = "Further, " + second
    items = draft([OPENING, BEFORE, CLOSING], [OPENING, first, second, CLOSING])
    assert [i.kind for i in items] == [ItemKind.DELETE_SENTENCE, ItemKind.INSERT_PARAGRAPH]
    assert items[1].new_paragraphs == [second]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The last sentence of the second paragraph in "Section 9. Acquisitions and Mergers" on'
        " page 2"
    )
    assert "immediately after the second paragraph" in filing_text(items[1], "(a)(1)")


def test_a_paragraph_split_and_reworded_is_one_replacement_quoting_both() -> None:
    first, second = BEFORE.split(" Further, ")
    second = "In addition, " + second
    items = draft([OPENING, BEFORE, CLOSING], [OPENING, first, second, CLOSING])
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]
    assert items[0].old_text == BEFORE
    assert items[0].new_paragraphs == [first, second]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The second paragraph in "Section 9. Acquisitions and Mergers" on page 2'
    )


def test_two_paragraphs_joined_gain_a_sentence_and_lose_a_paragraph() -> None:
    merged = BEFORE + " " + AFTER
    items = draft([OPENING, BEFORE, AFTER, CLOSING], [OPENING, merged, CLOSING])
    assert [i.kind for i in items] == [ItemKind.INSERT_SENTENCE, ItemKind.DELETE_PARAGRAPH]
    assert filing_text(items[0], "(a)(1)").startswith(
        "The following sentence has been added at the end of the second paragraph in"
    )
    assert filing_text(items[1], "(a)(1)").startswith(
        'The third paragraph in "Section 9. Acquisitions and Mergers" on page 3 '
    )


def test_two_paragraphs_merged_and_reworded_are_one_replacement() -> None:
    merged = BEFORE + " " + AFTER.replace("cash payment", "payment in cash")
    items = draft([OPENING, BEFORE, AFTER, CLOSING], [OPENING, merged, CLOSING])
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]
    assert items[0].new_paragraphs == [merged]
    assert filing_text(items[0], "(a)(1)").startswith(
        'The second and third paragraphs in "Section 9. Acquisitions and Mergers" on page 2 '
        "of Exhibit (a)(1) to the Tender Offer Statement have been deleted in their entirety "
        "and have been replaced with the following:"
    )


def test_a_paragraph_edited_and_a_new_one_after_it_is_no_split() -> None:
    edited = BEFORE.replace("prior to", "before")
    added = "Holders outside the United States should consult their own advisers."
    items = draft([OPENING, BEFORE, CLOSING], [OPENING, edited, added, CLOSING])
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS, ItemKind.INSERT_PARAGRAPH]


def test_paragraphs_compared_grow_linearly_with_a_rewritten_section() -> None:
    """Every paragraph of a long section changed (as when a table of contents moves, or a
    section is reworded throughout): each revised paragraph is compared with a few
    candidates, not with every paragraph of the section."""
    count = 240
    words = [f"term{n}x" for n in range(count * 3)]
    before = [
        f"Paragraph {n} concerns {words[3 * n]} and {words[3 * n + 1]} under the plan, "
        f"including {words[3 * n + 2]} as the committee may decide from time to time."
        for n in range(count)
    ]
    after = [p.replace("may decide", "shall decide") for p in before]
    WORK.reset()
    items = draft(before, after)
    assert len(items) == count
    assert all(i.kind is ItemKind.REPLACE_WORDS for i in items)
    assert WORK.pairs_compared <= 12 * count, WORK.pairs_compared


def test_a_paragraph_moved_up_is_drafted_where_it_was_taken_out() -> None:
    """Items follow the original they cite: a paragraph moved from Section 14 to Section 3
    comes after the items of Sections 3 to 13, where Section 14 is."""
    moved = "We make no recommendation as to whether you should tender your options."
    early = ["The purpose of the offer is to retain employees.", "We will cancel the options."]
    middle = ["Eligible options expire on the tenth anniversary of their grant."]
    late = ["This offer is governed by Delaware law.", moved]
    original = doc([("3. Purpose", early), ("8. Options", middle), ("14. Miscellaneous", late)])
    revised_spec = [
        ("3. Purpose", [*early, moved]),
        ("8. Options", [middle[0].replace("tenth", "seventh")]),
        ("14. Miscellaneous", late[:1]),
    ]
    revised = doc(revised_spec)
    items = draft_items(original, revised).items
    amended = apply_items(TextDocument.from_document(original), items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    assert [i.kind for i in items] == [ItemKind.REPLACE_WORDS, ItemKind.MOVE_PARAGRAPH]
    text = filing_text(items[1], "(a)(1)")
    assert text.startswith('The last paragraph in "Section 14. Miscellaneous"')
    assert 'immediately follows the last paragraph in "Section 3. Purpose"' in text


def test_a_paragraph_moved_in_after_two_merged_ones_goes_after_the_merged_run() -> None:
    """The paragraph the revision puts after a merged pair is placed after the pair's last
    paragraph, so the merge still joins two neighbouring paragraphs."""
    moved = "Determination of Validity; Waiver. We will decide every question of validity."
    original = doc(
        [
            ("", []),
            ("1. Procedures", [moved]),
            ("2. Purpose of the Offer", [OPENING, BEFORE, AFTER, CLOSING]),
        ]
    )
    revised = doc(
        [
            ("", []),
            ("1. Procedures", []),
            ("2. Purpose of the Offer", [OPENING, BEFORE + " " + AFTER, moved, CLOSING]),
        ]
    )
    items = draft_items(original, revised).items
    # the pair joined at a sentence: the sentence put in, the paragraph it left taken out
    assert [i.kind for i in items] == [
        ItemKind.MOVE_PARAGRAPH,
        ItemKind.INSERT_SENTENCE,
        ItemKind.DELETE_PARAGRAPH,
    ]
    # after the paragraph the pair became (the one that gains the sentences); the third as
    # filed, AFTER, is taken out by a later item
    assert items[0].locator.to_paragraph == 2
    applied = apply_items(TextDocument.from_document(original), items)
    assert applied.same_text(TextDocument.from_document(revised))


ELIGIBLE = (
    "You are eligible if you are an employee of Acme on the date the offer starts and remain "
    "an employee through the date the tendered options are cancelled."
)
EXCLUDED = "Directors and executive officers are not eligible."
ALSO = "Consultants are also not eligible."


def test_a_paragraph_split_in_two_with_a_sentence_added_is_one_replacement() -> None:
    """The second half of a split paragraph, with a sentence added to it, is still the
    paragraph split: never its last sentence deleted and a new paragraph inserted."""
    items = draft(
        [OPENING, f"{ELIGIBLE} {EXCLUDED}", CLOSING],
        [OPENING, ELIGIBLE, f"{EXCLUDED} {ALSO}", CLOSING],
    )
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]
    assert items[0].old_text == f"{ELIGIBLE} {EXCLUDED}"
    assert items[0].new_paragraphs == [ELIGIBLE, f"{EXCLUDED} {ALSO}"]


def test_two_paragraphs_merged_with_a_sentence_added_are_one_replacement() -> None:
    items = draft(
        [OPENING, ELIGIBLE, EXCLUDED, CLOSING],
        [OPENING, f"{ELIGIBLE} {EXCLUDED} {ALSO}", CLOSING],
    )
    assert [i.kind for i in items] == [ItemKind.REPLACE_PARAGRAPH]
    assert items[0].new_paragraphs == [f"{ELIGIBLE} {EXCLUDED} {ALSO}"]
