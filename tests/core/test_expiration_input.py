"""A new expiration as counsel types it, and midnight said as offers say it."""

from __future__ import annotations

import datetime as dt

import pytest

from amendtool.core.business_days import EASTERN
from amendtool.core.expirations import parse_expiration, printed_day
from amendtool.core.series_periods import named_moment

END_OF_APRIL_8 = dt.datetime(2026, 4, 9, 0, 0)


@pytest.mark.parametrize(
    "typed",
    ["2026-04-08 24:00", "2026-04-08 midnight", "2026-04-08 12:00 Midnight", "2026-04-09 00:00"],
)
def test_midnight_on_a_day_is_the_end_of_that_day(typed: str) -> None:
    assert parse_expiration(typed) == END_OF_APRIL_8
    assert printed_day(END_OF_APRIL_8) == dt.date(2026, 4, 8)


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("2026-04-08 23:59", dt.datetime(2026, 4, 8, 23, 59)),
        ("2026-04-08T17:00", dt.datetime(2026, 4, 8, 17, 0)),
        ("2026-04-08 11:59 p.m.", dt.datetime(2026, 4, 8, 23, 59)),
        ("2026-04-08 5:00 pm", dt.datetime(2026, 4, 8, 17, 0)),
        ("2026-04-08 12:00 noon", dt.datetime(2026, 4, 8, 12, 0)),
    ],
)
def test_clock_times_as_typed(typed: str, moment: dt.datetime) -> None:
    assert parse_expiration(typed) == moment


@pytest.mark.parametrize(
    "typed", ["", "2026-04-08", "2026-04-08 25:00", "2026-04-08 13:00 pm", "April 8 midnight"]
)
def test_what_names_no_moment_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_expiration(typed)


def test_the_earliest_expiration_of_the_series_names_the_end_of_its_day() -> None:
    moment = END_OF_APRIL_8.replace(tzinfo=EASTERN)
    assert named_moment(moment, EASTERN) == (
        "12:00 midnight, Eastern Daylight Time, at the end of April 8, 2026 "
        "(the end of April 8, 2026, Eastern time)"
    )
