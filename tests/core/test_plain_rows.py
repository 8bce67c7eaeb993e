"""A change inside a table cell is placed the way the filing places it, by its row ("the
paragraph in the row entitled "Withdrawal Rights""), never by counting the table's rows as
paragraphs ("the eighth paragraph")."""

from __future__ import annotations

from amendtool.core.items import AmendmentItem, ItemKind, Locator
from amendtool.core.plain_summary import summarise
from amendtool.core.wording import house_wording


def _in_row(kind: ItemKind, cell_paragraph: int | None, count: int, **text: str) -> AmendmentItem:
    locator = Locator(
        "s1",
        "Summary Term Sheet",
        section_kind="unnumbered",
        paragraph=8,
        paragraph_count=12,
        row_caption="Withdrawal Rights",
        cell=1,
        cell_paragraph=cell_paragraph,
        cell_paragraph_count=count,
    )
    return AmendmentItem(kind, locator, **text)  # type: ignore[arg-type]


def test_words_changed_in_a_row_are_placed_by_the_row() -> None:
    item = _in_row(
        ItemKind.REPLACE_WORDS,
        2,
        2,
        old_text="You may tender again before the Expiration Date.",
        new_text="You may tender again at any time before the Expiration Date.",
        old_words="again",
        new_words="again at any time",
    )
    text = summarise(item, house_wording()).text
    assert 'In the last paragraph in the row for "Withdrawal Rights", we changed' in text
    assert "eighth" not in text


def test_a_sentence_added_to_the_one_paragraph_of_a_row_is_placed_by_the_row() -> None:
    item = _in_row(
        ItemKind.INSERT_SENTENCE,
        None,
        1,
        new_text="The Tender Offer is not subject to any financing condition.",
    )
    text = summarise(item, house_wording()).text
    assert 'We added to the paragraph in the row for "Withdrawal Rights".' in text
    assert "eighth" not in text
