"""A reworded heading says where the offer's words are, not what they say: a section whose
heading alone is reworded ("Risk Factors" → "Risks of Participating in the Offer") is the
same section retitled, and a question of a question-and-answer summary reworded without a
changed figure only asks its answer again. Both are proposed clarifying; the answer, and
any figure, are still read for what they change."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.items import ItemKind
from tests.support.builders import doc
from tests.support.materiality import COVER, drafted

BODY = [
    "The conditions are for our benefit.",
    "We may waive them in whole or in part before the expiration date.",
    "Our failure to exercise any of these rights is not a waiver.",
]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("Risk Factors", "Risks of Participating in the Offer", id="part-reworded"),
        pytest.param(
            "Summary Term Sheet",
            "Summary Term Sheet and Questions and Answers",
            id="summary-renamed",
        ),
        pytest.param(
            "7. Conditions of the Offer",
            "7. Conditions to Completion of the Exchange",
            id="numbered",
        ),
    ],
)
def test_a_section_whose_heading_alone_is_reworded_is_retitled_and_clarifying(
    old: str, new: str
) -> None:
    before = [("", [COVER]), (old, BODY), ("8. Other Matters", ["We may amend the offer."])]
    after = [("", [COVER]), (new, BODY), ("8. Other Matters", ["We may amend the offer."])]
    items = draft_items(doc(before), doc(after)).items
    assert [i.kind for i in items] == [ItemKind.RETITLE_SECTION], [i.kind for i in items]
    assert items[0].materiality.value == "clarifying", items[0].materiality_reason
    assert items[0].new_text == new


def test_a_retitled_section_with_an_edited_sentence_keeps_the_edit_apart() -> None:
    """The heading and an edit of one sentence under it: the section is retitled, and the
    edit is its own item, classed by what it changes."""
    edited = [*BODY[:2], "Our failure to exercise any of these rights is not a waiver of them."]
    before = [("", [COVER]), ("Risk Factors", BODY)]
    after = [("", [COVER]), ("Risks of Participating in the Offer", edited)]
    kinds = [i.kind for i in draft_items(doc(before), doc(after)).items]
    assert ItemKind.RETITLE_SECTION in kinds, kinds
    assert ItemKind.DELETE_SECTION not in kinds and ItemKind.ADD_SECTION not in kinds, kinds


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("Q2. Who is eligible?", "Q2. Who may participate in the offer?", id="who"),
        pytest.param(
            "Q3. What are the conditions to the offer?",
            "Q3. Is the offer subject to any conditions?",
            id="conditions",
        ),
    ],
)
def test_a_reworded_question_is_clarifying(old: str, new: str) -> None:
    answer = "Employees of the company who hold options are eligible."
    items = drafted("Summary Term Sheet", [old, answer], [new, answer])
    assert len(items) == 1, [i.new_text for i in items]
    assert items[0].materiality.value == "clarifying", items[0].materiality_reason
    assert "question" in items[0].materiality_reason.lower()


def test_a_question_whose_figure_changes_is_still_read_for_it() -> None:
    """A figure in a question is a term stated there: it is not waved through as a heading."""
    old = "Q4. Why is the minimum exercise price $20.00?"
    new = "Q4. Why is the minimum exercise price $17.50?"
    answer = "We chose a price above the current market price."
    items = drafted("Summary Term Sheet", [old, answer], [new, answer])
    assert items[0].materiality.value != "clarifying", items[0].materiality_reason
