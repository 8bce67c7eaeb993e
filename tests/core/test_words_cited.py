"""Words cited in a words item are unambiguous and whole: an anchor occurs once in the
sentence it is cited in, and an amount keeps its currency sign, percent sign or scale."""

from __future__ import annotations

import pytest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from amendtool.core.locate import occurrences
from amendtool.core.wording import filing_text
from tests.support.builders import doc

HEADING = "7. Conditions of the Offer"
LEAD = "We will not accept any options tendered if any of the following events occurs."


def words_instruction(before: str, after: str) -> str:
    """What the filing says the words change is, for one sentence changed in a paragraph
    of several sentences (so the sentence, not the paragraph, is cited)."""
    original = doc([(HEADING, [f"{LEAD} {before}"])])
    revised = doc([(HEADING, [f"{LEAD} {after}"])])
    result = draft_items(original, revised)
    amended = apply_items(TextDocument.from_document(original), result.items)
    assert amended.comparable() == TextDocument.from_document(revised).comparable()
    assert [i.kind for i in result.items] == [ItemKind.REPLACE_WORDS]
    text = filing_text(result.items[0], "(a)(1)")
    return text.split("has been amended by ", 1)[1].split(", so that")[0]


def test_an_anchor_that_occurs_twice_is_widened_until_it_occurs_once() -> None:
    before = (
        "Any change occurs that is material to us or may impair the contemplated benefits "
        "of the offer to us."
    )
    after = before.replace("offer to us.", "offer to us (as described in Section 1).")
    assert words_instruction(before, after) == (
        'inserting the words "(as described in Section 1)" immediately after the words '
        '"the offer to us"'
    )


def test_words_replaced_are_quoted_so_they_occur_once() -> None:
    before = "The offer is subject to the terms of the plan and the terms of the agreement."
    after = before.replace("the terms of the agreement", "the conditions of the agreement")
    instruction = words_instruction(before, after)
    old = instruction.split('"')[1]
    assert before.count(old) == 1, instruction
    assert instruction == (
        'replacing the words "terms of the agreement" with the words "conditions of the agreement"'
    )


def test_words_deleted_that_occur_twice_are_cited_by_words_that_occur_once() -> None:
    before = "We may amend the offer and we may extend the offer at any time."
    after = "We may amend the offer and extend the offer at any time."
    instruction = words_instruction(before, after)
    anchor = instruction.split('"')[3]
    assert occurrences(anchor, before) == 1, instruction  # "we may" would also be "We may"
    assert instruction == 'deleting the words "we may" immediately after the word "and"'


@pytest.mark.parametrize(
    ("before", "after", "quoted"),
    [
        (
            "We had 210 employees, and 210 of them hold options.",
            "We had 210 employees, and 200 of them hold options.",
            "210 of them",
        ),
        (
            "We may pay 5 in cash and 5 to the holders.",
            "We may pay 5 in cash and 6 to the holders.",
            "5 to the holders",
        ),
    ],
)
def test_a_widened_quotation_never_ends_on_a_preposition(
    before: str, after: str, quoted: str
) -> None:
    """'replacing "210 of" with "200 of"' leaves the reader at "of": the quotation is
    widened on to the next word that says something ("210 of them")."""
    instruction = words_instruction(before, after)
    assert instruction.startswith(f'replacing the words "{quoted}" with'), instruction
    assert occurrences(quoted, before) == 1
