"""The checks cite a place of the offer as the items do: a paragraph of a question-and-answer
summary is "the answer to the question …", never "the seventh paragraph in Summary Term
Sheet" counting the questions as paragraphs; and a place a finding counts is named, never
left as "and 1 other place"."""

from __future__ import annotations

from amendtool.core.cover import paragraph_in
from amendtool.core.expiration_checks import _listed, place_of
from tests.support.builders import doc

SUMMARY = [
    "Q1. What is the offer?",
    "We are offering to exchange eligible options for new options.",
    "Q2. When does the offer expire?",
    "The offer expires at 9:00 p.m., Pacific Time, on May 22, 2026.",
    "We may extend it.",
    "Q3. How do I elect?",
    "Send the election form.",
]


def test_a_summarys_answer_is_cited_by_its_question() -> None:
    document = doc(
        [("", ["Acme is offering to exchange options."]), ("Summary Term Sheet", SUMMARY)]
    )
    section = document.sections[1]
    first, second = section.paragraphs[3], section.paragraphs[4]
    assert place_of(section, first) == (
        'the first paragraph of the answer to the question "Q2. When does the offer expire?" '
        "in Summary Term Sheet on page 5"
    )
    assert place_of(section, second).startswith(
        'the last paragraph of the answer to the question "Q2. When does the offer expire?"'
    )
    only = section.paragraphs[6]
    assert place_of(section, only).startswith('the answer to the question "Q3. How do I elect?"')
    assert "seventh" not in place_of(section, only) and paragraph_in(section, only)


def test_a_section_without_questions_is_cited_by_its_paragraphs() -> None:
    document = doc([("", ["Acme is offering."]), ("1. Eligibility", ["One.", "Two."])])
    section = document.sections[1]
    assert place_of(section, section.paragraphs[1]).startswith("the last paragraph in")


def test_every_place_is_named_unless_there_are_many() -> None:
    assert _listed(["a", "b", "c"]) == "a; b; c"
    assert _listed(["a", "b", "c", "d"]) == "a; b; and 2 other places"
