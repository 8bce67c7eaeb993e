"""A question in a question-and-answer summary is cited as the offer prints it, its number
with it: counsel write 'the answer to the question "Q1. Why are we making the offer?"', as a
reader finds it on the page, in the filing, the notice and the checks."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.locate import answer_position
from amendtool.core.wording import filing_text, notice_text
from tests.support.builders import Spec, doc

WHY = "We are making the offer because many options are underwater."
VEST = "Your new options vest over two years. Vesting restarts on the grant date."
LABELS = ["Q1.", "Q12.", "Question 3.", "3.", "Q1:"]


def summary(label: str, why: str = WHY, vest: str = VEST) -> Spec:
    return [
        (
            "SUMMARY TERM SHEET",
            [f"{label} Why are we making the offer?", why, "Q2. When do options vest?", vest],
        ),
        ("1. Eligibility", ["Employees who hold options may take part in the offer."]),
    ]


@pytest.mark.parametrize("label", LABELS)
def test_an_answer_is_cited_by_its_question_with_its_number(label: str) -> None:
    changed = WHY.replace("many options", "most options")
    [item] = draft_items(doc(summary(label)), doc(summary(label, why=changed))).items
    question = f'the question "{label} Why are we making the offer?"'
    assert question in filing_text(item, "(a)(1)")
    assert question in notice_text(item)
    assert item.locator.question == f"{label} Why are we making the offer?"


def test_a_later_question_keeps_its_number_too() -> None:
    changed = VEST.replace("two years", "three years")
    [item] = draft_items(doc(summary("Q1.")), doc(summary("Q1.", vest=changed))).items
    assert 'the answer to the question "Q2. When do options vest?"' in filing_text(item, "(a)(1)")


def test_a_question_deleted_with_its_answer_names_its_number() -> None:
    original = summary("Q1.")
    revised: Spec = [(original[0][0], original[0][1][2:]), original[1]]
    [item] = draft_items(doc(original), doc(revised)).items
    assert notice_text(item).startswith(
        'The question "Q1. Why are we making the offer?" and its answer'
    )


def test_the_question_is_as_printed_with_its_spacing_collapsed() -> None:
    paragraphs = ["Q2.  WHY ARE WE MAKING\tTHE OFFER?", WHY, "Q3. When?", VEST]
    position = answer_position(paragraphs, 1)
    assert position is not None
    assert position.question == "Q2. Why are we making the offer?"  # capitals as a title's
