"""A reference closing a sentence or an answer ("(Section 3)") is drafted as part of it.

Summary term sheets end each answer with a pointer to the section that says more. Counsel
amend a changed pointer as words of the sentence it closes, and a sentence added to the
answer goes before the pointer, which stays last.
"""

from __future__ import annotations

from amendtool.core.apply_within import apply_sentence_item
from amendtool.core.items import ItemKind
from tests.support.materiality import drafted

ANSWER = (
    "You will receive one New Option for every two Eligible Options. For example, if you "
    "exchange an Eligible Option to purchase 1,000 shares, you will receive a New Option to "
    "purchase 500 shares. (Section 2)"
)
WITHDRAWAL = (
    "You may withdraw your tendered options at any time before the expiration date. If we "
    "extend the offer, you may withdraw your options until the extended expiration date. "
    "(Section 4)"
)
ADDED = (
    "In addition, if we have not accepted your options by December 10, 2001, you may "
    "withdraw them at any time after that date."
)


def test_a_changed_pointer_amends_the_sentence_it_closes() -> None:
    new = ANSWER.replace("(Section 2)", "(Section 3)")
    [item] = drafted("2. Exchange Ratio.", [ANSWER], [new])
    assert item.kind is ItemKind.REPLACE_WORDS
    assert (item.old_words, item.new_words) == ("Section 2", "Section 3")
    # the last of two sentences, which reads in its entirety with its pointer
    assert (item.locator.sentence, item.locator.sentence_count) == (2, 2)
    assert item.new_text.startswith("For example, if you exchange")
    assert item.new_text.endswith("500 shares. (Section 3)")


def test_a_sentence_added_before_the_pointer_is_inserted_and_the_pointer_stays_last() -> None:
    new = WITHDRAWAL.replace(" (Section 4)", f" {ADDED} (Section 4)")
    [item] = drafted("4. Withdrawal Rights.", [WITHDRAWAL], [new])
    assert item.kind is ItemKind.INSERT_SENTENCE
    assert item.new_text == ADDED
    assert (item.locator.sentence, item.locator.sentence_count) == (2, 2)
    assert apply_sentence_item(WITHDRAWAL, item) == new


def test_a_pointer_in_the_middle_of_a_paragraph_stays_with_its_sentence() -> None:
    old = "You may withdraw at any time. (see Section 9) We will pay promptly."
    new = "You may withdraw at any time. (see Section 10) We will pay promptly."
    [item] = drafted("4. Withdrawal Rights.", [old], [new])
    assert item.kind is ItemKind.REPLACE_WORDS
    assert (item.locator.sentence, item.locator.sentence_count) == (1, 2)
    assert item.new_text == "You may withdraw at any time. (see Section 10)"
