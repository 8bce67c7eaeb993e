"""A sentence that changes two things is amended as that sentence, not the paragraph.

In the example filing counsel amend the smallest unit that reads well: a sentence whose
figure and whose closing pointer both change ("500" → "333", "(Section 2)" → "(Section 3)")
is one sentence replaced, cited by its number, the paragraph's other sentences untouched.
Two figures in two sentences still restate the paragraph (see the corpus case of the
"Consideration." paragraph).
"""

from __future__ import annotations

from amendtool.core.items import ItemKind
from tests.support.materiality import drafted

RATIO = "You will receive one New Option for every two Eligible Options."
EXAMPLE = (
    "For example, if you exchange an Eligible Option to purchase 1,000 shares, you will "
    "receive a New Option to purchase 500 shares."
)
PRICE = "We will pay $20.00 per share in cash, less any applicable withholding taxes."
DATE = "The offer expires at 5:00 p.m., Eastern Time, on May 3, 2026, unless we extend it."


def test_a_figure_and_the_pointer_closing_its_sentence_replace_that_sentence() -> None:
    old = f"{RATIO} {EXAMPLE} (Section 2)"
    changed = EXAMPLE.replace("500", "333")
    new = f"{RATIO} {changed} (Section 3)"
    # expected, written before the tool was run: the second (last) sentence of the answer
    # is replaced with "For example, … 333 shares. (Section 3)"
    [item] = drafted("2. Exchange Ratio.", [old], [new])
    assert item.kind is ItemKind.REPLACE_SENTENCE
    assert (item.locator.sentence, item.locator.sentence_count) == (2, 2)
    assert item.old_text == f"{EXAMPLE} (Section 2)"
    assert item.new_text == f"{changed} (Section 3)"


def test_two_things_in_one_sentence_of_a_longer_paragraph_replace_the_sentence() -> None:
    sentence = "The offer expires at 5:00 p.m., Eastern Time, on May 3, 2026, and we pay $20.00."
    old = f"{PRICE} {sentence} {DATE}"
    changed = sentence.replace("May 3", "May 10").replace("$20.00", "$17.50")
    [item] = drafted("2. Terms of the Offer.", [old], [f"{PRICE} {changed} {DATE}"])
    assert item.kind is ItemKind.REPLACE_SENTENCE
    assert (item.locator.sentence, item.new_text) == (2, changed)
