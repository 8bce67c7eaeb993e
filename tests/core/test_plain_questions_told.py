"""Questions of a question-and-answer summary, as the plain notice tells them: every question
one change puts in (or takes out) is named, never only the first; and a question reworded is
told as a question reworded, headed by the question as it now reads, never grouped under
"Corrections … do not change your rights"."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import FilingDetails
from amendtool.core.plain_notice import PlainParagraph, plain_paragraphs
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

FRONT = ("", ["Kerrow Corp. offers to exchange options for new options."])
QUESTIONS = [
    "Q1. Which options are eligible?",
    "Options priced at $20.00 or more are eligible.",
    "Q2. How many new options will I receive?",
    "One new option for every two eligible options.",
    "Q3. Whom can I talk to if I have questions?",
    "Call Stock Plan Administration.",
]
SECTION = ("1. Eligibility", ["Employees may take part."])


def _offer(questions: list[str]) -> Spec:
    return [FRONT, ("Summary Term Sheet", questions), SECTION]


@pytest.fixture(scope="module")
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


def _told(filing: FilingDetails, revised: list[str]) -> list[PlainParagraph]:
    return plain_paragraphs(draft_amendment(doc(_offer(QUESTIONS)), doc(_offer(revised)), filing))


ADDED = ["Q3. What if I leave?", "Nothing.", "Q4. What if I die?", "Your estate decides."]


def test_every_question_put_in_by_one_change_is_named(filing: FilingDetails) -> None:
    renumbered = [QUESTIONS[4].replace("Q3", "Q5"), QUESTIONS[5]]
    paragraphs = _told(filing, [*QUESTIONS[:4], *ADDED, *renumbered])
    (put_in,) = [p for p in paragraphs if "new question" in p.text]
    assert "two new questions and answers" in put_in.text, put_in.text
    for question in (ADDED[0], ADDED[2]):
        assert question in put_in.text, put_in.text
        assert question in put_in.heading, put_in.heading
    assert put_in.summary.placeholders, put_in.text  # what they mean: counsel's to say


def test_every_question_taken_out_by_one_change_is_named(filing: FilingDetails) -> None:
    original = [*QUESTIONS[:4], *ADDED, QUESTIONS[4].replace("Q3", "Q5"), QUESTIONS[5]]
    revised = [*QUESTIONS[:4], QUESTIONS[4], QUESTIONS[5]]
    amendment = draft_amendment(doc(_offer(original)), doc(_offer(revised)), filing)
    taken = " ".join(p.text for p in plain_paragraphs(amendment) if "took out" in p.text)
    for question in (ADDED[0], ADDED[2]):
        assert question in taken, taken


def test_one_question_put_in_is_named_whole(filing: FilingDetails) -> None:
    long = "Q3. What happens if I leave the company before the new options are granted?"
    paragraphs = _told(filing, [*QUESTIONS[:4], long, "Nothing.", *QUESTIONS[4:]])
    (put_in,) = [p for p in paragraphs if "new question" in p.text]
    assert long in put_in.text, put_in.text


@pytest.mark.parametrize(
    "asked",
    ["Q2. How many new options will be granted?", "Q2. HOW MANY NEW OPTIONS WILL BE GRANTED?"],
    ids=["reworded", "reworded-in-capitals"],
)
def test_a_reworded_question_is_told_as_one_with_a_placeholder(
    filing: FilingDetails, asked: str
) -> None:
    paragraphs = _told(filing, [*QUESTIONS[:2], asked, *QUESTIONS[3:]])
    assert len(paragraphs) == 1, [(p.heading, p.text) for p in paragraphs]
    (told,) = paragraphs
    assert told.heading.startswith("Q2. How many new options will be granted?"), told.heading
    assert not told.summary.wording_only and "Corrections" not in told.heading, told.heading
    assert "reworded a question" in told.text, told.text
    assert QUESTIONS[2] in told.text, told.text  # as it read
    assert "do not change your rights" not in told.text, told.text
    assert told.summary.placeholders, told.text  # whether the meaning changed: counsel's


def test_a_question_in_capitals_now_is_reworded_without_a_placeholder(
    filing: FilingDetails,
) -> None:
    paragraphs = _told(filing, [*QUESTIONS[:2], QUESTIONS[2].upper(), *QUESTIONS[3:]])
    (told,) = paragraphs
    assert "reworded a question" in told.text and not told.summary.placeholders, told.text
