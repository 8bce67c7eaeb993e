"""What Find matches and what Replace puts in, as Word does it."""

from __future__ import annotations

import pytest

from amendtool.gui.find_matching import FindOptions, keep_case, replace_in, spans

TERM, REPLACEMENT = "eligible options", "Qualified Options"


@pytest.mark.parametrize(
    "found, expected",
    [
        ("ELIGIBLE OPTIONS", "QUALIFIED OPTIONS"),  # a cover page line in capitals
        ("Eligible Options", "Qualified Options"),  # a defined term, a heading
        ("eligible options", "Qualified Options"),  # as counsel typed the term: as typed
        ("Eligible options", "Qualified Options"),  # a sentence's first words
    ],
)
def test_each_replacement_takes_the_case_of_the_words_it_replaces(
    found: str, expected: str
) -> None:
    assert keep_case(found, REPLACEMENT, TERM) == expected


def test_lower_case_words_get_the_replacement_in_lower_case() -> None:
    assert keep_case("new options", "Replacement Awards", "New Options") == "replacement awards"
    assert keep_case("New options", "replacement awards", "new options") == "Replacement awards"


def test_capitals_found_stay_capitals_however_the_term_was_typed() -> None:
    assert keep_case("NOTES", "Securities", "NOTES") == "SECURITIES"
    assert keep_case("Senior Notes", "senior securities", "SENIOR NOTES") == "Senior Securities"
    assert keep_case("Notes", "Securities", "Notes") == "Securities"


def test_match_case_and_whole_words() -> None:
    text = "Option, options, OPTION and option."
    assert len(spans(text, "option", FindOptions())) == 4
    assert spans(text, "option", FindOptions(match_case=True)) == [(8, 14), (28, 34)]
    assert len(spans(text, "option", FindOptions(whole_words=True))) == 3
    assert spans(text, "option", FindOptions(True, True)) == [(28, 34)]


def test_replace_in_keeps_case_unless_match_case() -> None:
    text = "OFFER TO EXCHANGE ELIGIBLE OPTIONS; Eligible Options"
    assert replace_in(text, TERM, REPLACEMENT, FindOptions()) == (
        "OFFER TO EXCHANGE QUALIFIED OPTIONS; Qualified Options",
        2,
    )
    exact = replace_in(text, "Eligible Options", REPLACEMENT, FindOptions(match_case=True))
    assert exact == ("OFFER TO EXCHANGE ELIGIBLE OPTIONS; Qualified Options", 1)


def test_a_term_spaced_twice_is_found_but_never_across_paragraphs() -> None:
    assert spans("the eligible  options", TERM, FindOptions()) == [(4, 21)]
    assert spans("the eligible\noptions", TERM, FindOptions()) == []
