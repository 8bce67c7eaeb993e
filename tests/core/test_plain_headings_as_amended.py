"""Employees read the plain notice against the amended offer: each change is headed, and
placed, by what the amended offer calls it. A question and answer put in is headed by its own
question, never by the question before it (the notice headed "Q5. What happens if I leave …"
as "Q4. How many new options will I receive?"); a question renumbered by its new number; a
section retitled by its new title, the old one said once beside it where it was retitled (the
notice headed changes in "Certain Risk Factors" as "Certain Significant Considerations")."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
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
SECTIONS = [
    ("1. Eligibility", ["Employees may take part."]),
    ("4. Certain Significant Considerations", ["Our stock price may fall.", "Taxes may apply."]),
]
OFFER: Spec = [FRONT, ("Summary Term Sheet", QUESTIONS), *SECTIONS]


@pytest.fixture(scope="module")
def filing(example_filing_toml: Path) -> FilingDetails:
    return plain_filing(example_filing_toml)


def drafted(filing: FilingDetails, revised: Spec) -> tuple[Amendment, list[PlainParagraph]]:
    amendment = draft_amendment(doc(OFFER), doc(revised), filing)
    return amendment, plain_paragraphs(amendment)


def summary(questions: list[str]) -> Spec:
    return [FRONT, ("Summary Term Sheet", questions), *SECTIONS]


LEAVE = "Q3. WHAT HAPPENS IF I LEAVE THE COMPANY BEFORE THE NEW OPTIONS ARE GRANTED?"
ANSWER = "You will not receive new options."


@pytest.mark.parametrize(
    "added",
    [
        [LEAVE, ANSWER],
        [LEAVE, ANSWER, "Your tendered options will not be returned."],
        [LEAVE.title(), ANSWER],
        [LEAVE],
    ],
    ids=["capitals", "two-paragraph-answer", "title-case", "question-alone"],
)
def test_a_question_put_in_is_headed_by_itself_never_by_the_one_before(
    filing: FilingDetails, added: list[str]
) -> None:
    renumbered = "Q4. Whom can I talk to if I have questions?"
    _, paragraphs = drafted(filing, summary([*QUESTIONS[:4], *added, renumbered, QUESTIONS[5]]))
    headings = [p.heading for p in paragraphs]
    put_in = [p for p in paragraphs if "new question" in p.text or "new paragraph" in p.text]
    assert len(put_in) == 1, headings
    assert put_in[0].heading.lower().startswith("q3. what happens if i leave the company"), headings
    assert not any(h.startswith("Q2.") for h in headings), headings
    # the question the amendment renumbers is headed as the amended offer numbers it
    assert not any(h.startswith("Q3. Whom") for h in headings), headings
    assert any(h.startswith("Q4. Whom can I talk to") for h in headings), headings


def test_a_paragraph_put_in_an_answer_is_headed_by_the_question_it_answers(
    filing: FilingDetails,
) -> None:
    added = "Fractional options are rounded down."
    _, paragraphs = drafted(filing, summary([*QUESTIONS[:4], added, *QUESTIONS[4:]]))
    (put_in,) = [p for p in paragraphs if "new paragraph" in p.text]
    assert put_in.heading.startswith("Q2. How many new options will I receive?"), put_in.heading


def test_a_change_in_a_renumbered_question_s_answer_is_headed_by_its_new_number(
    filing: FilingDetails,
) -> None:
    questions = [*QUESTIONS[:4], LEAVE, ANSWER, QUESTIONS[4].replace("Q3", "Q4"), "Call us."]
    amendment, paragraphs = drafted(filing, summary(questions))
    (reworded,) = [i for i, c in enumerate(amendment.change_items) if c.new_text == "Call us."]
    (answered,) = [p for p in paragraphs if reworded in p.items]
    assert answered.heading.startswith("Q4. Whom can I talk to"), answered.heading
    # and its words name the question as the amended offer asks it
    assert "Q3. Whom" not in answered.text and "Q4. Whom" in answered.text, answered.text


RISK = "4. Certain Risk Factors"


def test_a_retitled_section_is_named_by_its_new_title(filing: FilingDetails) -> None:
    revised: Spec = [
        FRONT,
        ("Summary Term Sheet", QUESTIONS),
        SECTIONS[0],
        (RISK, ["Our stock price may fall.", "Taxes may apply. Consult your tax advisor."]),
    ]
    _, paragraphs = drafted(filing, revised)
    in_section = [p for p in paragraphs if "Section 4" in p.places]
    assert len(in_section) == 2, [(p.heading, p.places) for p in paragraphs]
    retitled, added = in_section
    assert retitled.heading.startswith(
        "Certain Risk Factors, formerly Certain Significant Considerations"
    ), retitled.heading
    assert added.heading.startswith("Certain Risk Factors ("), added.heading


def test_a_retitled_part_is_placed_by_its_new_title(filing: FilingDetails) -> None:
    questions = [q.replace("$20.00", "$17.50") for q in QUESTIONS]
    revised: Spec = [FRONT, ("Summary of Terms", questions), *SECTIONS]
    _, paragraphs = drafted(filing, revised)
    places = [p.places for p in paragraphs]
    assert not any("Summary Term Sheet" in p for p in places), places
    assert any("in the Summary of Terms" in p for p in places), places
    headings = [p.heading for p in paragraphs]
    assert "Summary of Terms, formerly Summary Term Sheet (change 1)" in headings, headings


def test_a_change_in_a_reworded_question_s_answer_is_headed_by_the_question_now(
    filing: FilingDetails,
) -> None:
    asked = "Q2. How many new options will I be granted?"
    answer = "One new option for every two eligible options, rounded down."
    amendment, paragraphs = drafted(
        filing, summary([*QUESTIONS[:2], asked, answer, *QUESTIONS[4:]])
    )
    (changed,) = [i for i, c in enumerate(amendment.change_items) if "rounded" in c.new_text]
    (answered,) = [p for p in paragraphs if changed in p.items]
    assert answered.heading.startswith(asked), answered.heading
