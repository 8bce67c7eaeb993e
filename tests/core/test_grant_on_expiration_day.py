"""A grant date on the day an offer expires at the end of that day precedes the expiration,
and a sentence granting "on April 6, …, the first business day after the expiration date"
is false once the offer expires on April 6: both are named."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.extension_dates import stale_dates
from amendtool.core.results import Results, grant_refusal

GRANT = (
    "We will grant the New Options on April 6, 2026, the first business day after the "
    "expiration date."
)


def test_a_day_said_to_follow_the_expiration_is_named_when_it_no_longer_does() -> None:
    # extended from March 31 to the end of April 6 (midnight at the start of April 7)
    assert stale_dates(GRANT, dt.date(2026, 4, 3), dt.date(2026, 4, 6)) == ["April 6, 2026"]
    # the new expiration's own day, said as the expiration, stands
    said = "The offer will expire at 12:00 midnight on April 6, 2026."
    assert stale_dates(said, dt.date(2026, 4, 3), dt.date(2026, 4, 6)) == []


def _results(day: dt.date) -> Results:
    return Results(tendered=10, accepted=10, issued=5, grant_date=day)


@pytest.mark.parametrize(
    ("expiration", "refused"),
    [
        (dt.datetime(2026, 4, 7, 0, 0), True),  # 12:00 midnight at the end of April 6
        (dt.datetime(2026, 4, 6, 23, 59), True),  # 11:59 p.m. on April 6
        (dt.datetime(2026, 4, 6, 17, 0), False),  # 5:00 p.m.: granted that evening
    ],
)
def test_a_grant_on_the_day_of_an_expiration_at_its_end_is_refused(
    expiration: dt.datetime, refused: bool
) -> None:
    zone = dt.timezone(dt.timedelta(hours=-4))
    said = grant_refusal(_results(dt.date(2026, 4, 6)), expiration.replace(tzinfo=zone))
    assert (said is not None) == refused, said
