"""Which later changes undo an earlier amendment's: words it put in taken out, words it
took out put back, a short change reversed in the same paragraph; not a common phrase the
two happen to share."""

from __future__ import annotations

from amendtool.core.items import AmendmentItem, ItemKind
from amendtool.core.locator import Locator
from amendtool.core.series_reversals import undoes

HERE = Locator("3", "Section 3. Conditions")
PARAGRAPH = "We will not accept fractional shares of the Offer."
ADDED = " We will round down to the nearest whole share."


def item(kind: ItemKind, old: str, new: str) -> AmendmentItem:
    return AmendmentItem(kind, HERE, old_text=old, new_text=new)


def test_taking_out_the_sentence_an_earlier_amendment_put_in() -> None:
    earlier = item(ItemKind.REPLACE_PARAGRAPH, PARAGRAPH, PARAGRAPH + ADDED)
    assert undoes(item(ItemKind.REPLACE_PARAGRAPH, PARAGRAPH + ADDED, PARAGRAPH), earlier)


def test_deleting_the_paragraph_an_earlier_amendment_inserted() -> None:
    earlier = item(ItemKind.INSERT_PARAGRAPH, "", ADDED.strip())
    assert undoes(item(ItemKind.DELETE_PARAGRAPH, ADDED.strip(), ""), earlier)


def test_putting_back_a_paragraph_an_earlier_amendment_deleted() -> None:
    earlier = item(ItemKind.DELETE_PARAGRAPH, PARAGRAPH + ADDED, "")
    assert undoes(item(ItemKind.INSERT_PARAGRAPH, "", PARAGRAPH + ADDED), earlier)


def test_a_short_change_reversed_in_the_same_paragraph() -> None:
    before, after = "The price is the closing price.", "The price is 110% of the closing price."
    earlier = item(ItemKind.REPLACE_PARAGRAPH, before, after)
    assert undoes(item(ItemKind.REPLACE_PARAGRAPH, after, before), earlier)
    elsewhere = "Holders of 110% of the shares may vote."
    assert not undoes(
        item(ItemKind.REPLACE_PARAGRAPH, elsewhere, "Holders of the shares may vote."), earlier
    )


def test_a_phrase_both_happen_to_use_is_no_reversal() -> None:
    earlier = item(ItemKind.REPLACE_PARAGRAPH, PARAGRAPH, PARAGRAPH + " Terms of the Offer apply.")
    later = item(ItemKind.DELETE_PARAGRAPH, "Tenders by fax are accepted under the Offer.", "")
    assert not undoes(later, earlier)
    building_on = item(
        ItemKind.REPLACE_PARAGRAPH,
        PARAGRAPH + ADDED,
        PARAGRAPH + ADDED + " Cash is paid for the fraction.",
    )
    assert not undoes(building_on, item(ItemKind.REPLACE_PARAGRAPH, PARAGRAPH, PARAGRAPH + ADDED))


OLD_RULE = "We will not accept an Election Form delivered by any other means."
NEW_RULE = (
    "We will also accept an Election Form delivered by hand to Stock Administration before "
    "the expiration date."
)


def test_deleting_the_words_an_earlier_amendment_put_in_place_of_others_is_a_new_change() -> None:
    """No. 1 replaced a sentence with another; deleting the new one without putting the old
    one back is no stale copy of the offer (which would hold the old sentence): a change of
    its own, never called a reversal."""
    earlier = item(ItemKind.REPLACE_SENTENCE, OLD_RULE, NEW_RULE)
    assert not undoes(item(ItemKind.DELETE_SENTENCE, NEW_RULE, ""), earlier)
    assert undoes(item(ItemKind.REPLACE_SENTENCE, NEW_RULE, OLD_RULE), earlier)
    in_paragraph = item(
        ItemKind.REPLACE_PARAGRAPH, f"{PARAGRAPH} {NEW_RULE}", f"{PARAGRAPH} {OLD_RULE}"
    )
    assert undoes(in_paragraph, earlier)
    assert not undoes(
        item(ItemKind.REPLACE_PARAGRAPH, f"{PARAGRAPH} {NEW_RULE}", PARAGRAPH), earlier
    )
