"""A deadline at 12:00 midnight is printed as offers state it, "at the end of" the day it
closes: "12:00 midnight … on July 16" leaves the reader asking which midnight. Read back, the
phrase is the same moment, so the offer restated with it still states the expiration."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from amendtool.core.stated_deadlines import deadline_phrase, deadlines

ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles"]


@given(
    day=st.dates(min_value=dt.date(2001, 1, 2), max_value=dt.date(2040, 12, 30)),
    zone=st.sampled_from(ZONES),
    weekday=st.booleans(),
)
def test_midnight_is_said_at_the_end_of_its_day_and_reads_back(
    day: dt.date, zone: str, weekday: bool
) -> None:
    moment = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), ZoneInfo(zone))
    phrase = deadline_phrase(moment, weekday=weekday)
    assert phrase.startswith("12:00 midnight, "), phrase
    assert " at the end of " in phrase and " on " not in phrase, phrase
    assert f"{day.day}, {day.year}" in phrase, phrase  # the day it ends, not the next
    [read] = deadlines(phrase, zone)
    assert read.moment == moment, phrase


@given(
    day=st.dates(min_value=dt.date(2001, 1, 2), max_value=dt.date(2040, 12, 30)),
    hour=st.integers(1, 23),
    minute=st.integers(0, 59),
)
def test_any_other_time_is_said_on_its_day(day: dt.date, hour: int, minute: int) -> None:
    moment = dt.datetime.combine(day, dt.time(hour, minute), ZoneInfo("America/New_York"))
    phrase = deadline_phrase(moment)
    assert " on " in phrase and "at the end of" not in phrase, phrase
    [read] = deadlines(phrase, "America/New_York")
    assert read.moment == moment, phrase
