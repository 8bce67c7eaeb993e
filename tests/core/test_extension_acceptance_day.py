"""An extension to the day the offer says options are accepted (or the New Options granted,
or payment made) leaves that event on a day the offer still runs: the check names the
sentence, as it does for such a day before the new expiration."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.extension_dates import stale_dates

OLD, NEW = dt.date(2027, 7, 2), dt.date(2027, 7, 6)


@pytest.mark.parametrize(
    "sentence",
    [
        "We expect to accept them on July 6, 2027.",
        "We will cancel the tendered options and grant the New Options on July 6, 2027.",
        "The New RSUs will be issued on July 6, 2027.",
        "We expect to accept them on July 5, 2027.",  # a day between: as before
    ],
)
def test_an_event_after_the_expiration_on_or_before_the_new_day_is_named(sentence: str) -> None:
    assert stale_dates(sentence, OLD, NEW) == [sentence.split(" on ")[-1].rstrip(".")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The offer expires at 11:59 p.m., Eastern Time, on July 6, 2027.",
        "You may withdraw your tendered options at any time before 11:59 p.m. on July 6, 2027.",
        "We will accept options tendered before 11:59 p.m., Eastern Time, on July 6, 2027, "
        "the expiration date.",
        "We expect to accept them on July 7, 2027.",
    ],
)
def test_the_new_expiration_and_a_later_event_are_not_named(sentence: str) -> None:
    assert stale_dates(sentence, OLD, NEW) == []


def test_a_grant_long_before_the_offer_is_not_named() -> None:
    sentence = "Eligible Options are options granted on July 6, 2020 or later."
    assert stale_dates(sentence, OLD, NEW) == []
