"""A changed figure is said as what it is: a fraction of the shares is a portion, never "The
number of shares is now one-fourth"; a price the conditions compare the market with is a
threshold, never "The amount the closing price falls below"; a figure in a worked example
illustrates the terms, so the notice quotes the example as it now reads rather than "The
number of options is now 4"."""

from __future__ import annotations

import re

import pytest

from amendtool.core.plain_facts import fact_changes
from amendtool.core.plain_summary import fact_sentences
from amendtool.core.wording import house_wording


def _said(frame: str, old: str, new: str) -> list[str]:
    changes, _ = fact_changes(frame.format(old), frame.format(new))
    return fact_sentences(changes, house_wording())


@pytest.mark.parametrize(("old", "new"), [("one-third", "one-fourth"), ("1/3", "1/4")])
@pytest.mark.parametrize("counted", ["the shares", "the New RSUs", "your Eligible Options"])
def test_a_fraction_of_the_shares_is_never_said_as_a_number_of_them(
    old: str, new: str, counted: str
) -> None:
    frame = f"The New Options will vest as to {{}} of {counted} on each anniversary."
    for sentence in _said(frame, old, new):
        assert not re.search(r"number of|is now (?:one-|1/)", sentence), sentence


@pytest.mark.parametrize(
    "frame",
    [
        "We may terminate the offer if the closing price falls below {} per share.",
        "We will not be required to accept any options if the closing price falls below {} "
        "per share.",
        "The offer is conditioned on our stock price exceeds {} per share.",
    ],
)
def test_a_price_the_conditions_compare_with_is_a_threshold(frame: str) -> None:
    (sentence,) = _said(frame, "$5.00", "$4.00")
    assert sentence == "The stock-price threshold is now $4.00 per share. It was $5.00 per share."


@pytest.mark.parametrize("preposition", ["below", "above", "under"])
def test_a_name_never_ends_with_the_preposition_of_its_clause(preposition: str) -> None:
    frame = f"Each holder may keep the Notes whose yield stays {preposition} {{}} of par."
    for sentence in _said(frame, "95%", "90%"):
        match = re.match(r"The (.+?) (?:is|are) now", sentence)
        assert match is None or not match[1].endswith(preposition), sentence


@pytest.mark.parametrize(
    ("frame", "old", "new"),
    [
        (
            "For example, if you exchange {} options, you will receive 1 New Option, subject to "
            "rounding down to the nearest whole share.",
            "3",
            "4",
        ),
        ("For instance, a holder of {} Notes would receive $1,025.00 for each Note.", "2", "5"),
        ("If you exchange 300 options, for example, you will receive {} New RSUs.", "100", "75"),
    ],
)
def test_a_worked_example_is_quoted_as_it_now_reads(frame: str, old: str, new: str) -> None:
    (sentence,) = _said(frame, old, new)
    assert "is now" not in sentence and "It was" not in sentence, sentence
    assert sentence.startswith("We changed an example"), sentence
    assert frame.format(new) in sentence, sentence


def test_an_example_with_two_changed_figures_is_quoted_once() -> None:
    frame = "For example, if you exchange {} options, you will receive {} New Options."
    changes, _ = fact_changes(frame.format(300, 100), frame.format(400, 120))
    said = fact_sentences(changes, house_wording())
    assert len(said) == 1, said
