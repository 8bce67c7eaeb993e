"""A question of a question-and-answer summary reworded is cited as the question: "so that
the question reads in its entirety", never "so that the answer reads" (the filing quoted the
new question under words that called it the answer)."""

from __future__ import annotations

import pytest

from amendtool.core.drafting import draft_items
from amendtool.core.wording import filing_text
from tests.support.builders import Spec, doc

ASKED = "Q2. How many new options will I receive?"
QUESTIONS = [
    "Q1. Which options are eligible?",
    "Options priced at $20.00 or more are eligible.",
    ASKED,
    "One new option for every two eligible options.",
]


def _offer(questions: list[str]) -> Spec:
    return [("", ["Kerrow Corp. offers to exchange options."]), ("Summary Term Sheet", questions)]


@pytest.mark.parametrize(
    "now",
    ["Q2. How many new options will be granted?", "Q2. HOW MANY NEW OPTIONS WILL BE GRANTED?"],
)
def test_a_reworded_question_is_cited_as_the_question(now: str) -> None:
    revised = [*QUESTIONS[:2], now, QUESTIONS[3]]
    items = draft_items(doc(_offer(QUESTIONS)), doc(_offer(revised))).items
    assert len(items) == 1, [i.new_text for i in items]
    said = filing_text(items[0], "(a)(1)")
    assert said.startswith(f'The question "{ASKED}"'), said
    assert "the answer reads" not in said, said
    if "so that" in said:  # words replaced (a restated question is "replaced with …")
        assert "so that the question reads in its entirety" in said, said


def test_a_one_paragraph_answer_is_still_cited_as_the_answer() -> None:
    revised = [*QUESTIONS[:3], "One new option for every three eligible options."]
    items = draft_items(doc(_offer(QUESTIONS)), doc(_offer(revised))).items
    said = filing_text(items[0], "(a)(1)")
    assert "so that the answer reads in its entirety" in said, said
