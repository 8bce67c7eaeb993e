"""The timing error's count, in any zone the offer is stated in: business days are counted
in Eastern time (Rule 14d-1(g)(3)), but the days the message names are named with their
own weekdays and are business days; the day the offer states as its expiration, in its own
zone, is said not to count only when it is a business day the count leaves out (11:59 p.m.
Pacific on a Friday is a Saturday in Eastern time: the Friday counts, and no Saturday is
named as a day that might have)."""

from __future__ import annotations

import datetime as dt
import os
import re
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.business_days import (
    EASTERN,
    business_days_open,
    is_business_day,
)
from amendtool.core.timing_checks import earliest_phrase, leaving_phrase

EXAMPLES = int(os.environ.get("AMENDTOOL_HYPOTHESIS_EXAMPLES", "200"))
ZONES = [
    ZoneInfo(z)
    for z in ("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles")
]
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_DAY = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\w+ \d+, \d{4})")
_NOT_COUNTED = re.compile(r"on ((?:\w+, )?(\w+ \d+, \d{4})), so that day does not count")


def named_days(message: str) -> list[tuple[str, dt.date]]:
    return [(m[1], dt.datetime.strptime(m[2], "%B %d, %Y").date()) for m in _DAY.finditer(message)]


def oracle_count(published: dt.date, expiration: dt.datetime) -> int:
    """Business days from publication whose Eastern midnight at their end the offer reaches."""
    count, day = 0, published
    while dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), EASTERN) <= expiration:
        count += is_business_day(day)
        day += dt.timedelta(days=1)
    return count


moments = st.builds(
    lambda day, minutes: dt.datetime.combine(day, dt.time(0, 0)) + dt.timedelta(minutes=minutes),
    st.dates(dt.date(2026, 1, 5), dt.date(2028, 12, 20)),
    st.sampled_from([0, 9 * 60, 17 * 60, 21 * 60, 23 * 60 + 59, 2 * 60 + 30]),
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(moments, st.sampled_from(ZONES), st.integers(2, 20))
def test_the_count_names_business_days_with_their_weekdays(
    local: dt.datetime, zone: ZoneInfo, before: int
) -> None:
    expiration = local.replace(tzinfo=zone)
    published = local.date() - dt.timedelta(days=before)
    remaining = business_days_open(published, expiration)
    assert remaining == oracle_count(published, expiration)
    message = leaving_phrase(published, remaining, expiration)
    assert message.startswith(f"{remaining}")
    for weekday, day in named_days(message):
        assert weekday == _WEEKDAYS[day.weekday()], message
        assert is_business_day(day), message
    not_counted = _NOT_COUNTED.search(message)
    if not_counted:
        day = dt.datetime.strptime(not_counted.group(2), "%B %d, %Y").date()
        assert is_business_day(day), message
        assert not_counted.group(1) == f"{_WEEKDAYS[day.weekday()]}, {not_counted.group(2)}"
        stated = (expiration - dt.timedelta(minutes=1)).date()  # midnight: the day it ends
        assert day == stated, message
        end_of_day = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), EASTERN)
        assert expiration < end_of_day, message


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.dates(dt.date(2026, 1, 5), dt.date(2028, 12, 20)), st.sampled_from(ZONES))
def test_the_earliest_expiration_is_the_same_moment_in_both_zones(
    published: dt.date, zone: ZoneInfo
) -> None:
    phrase = earliest_phrase(published, 10, zone)
    assert "Saturday" not in phrase and "Sunday" not in phrase
    if zone.key != "America/New_York":
        local, eastern = phrase.split(", which is ")
        assert "Eastern" in eastern and "Eastern" not in local


def test_11_59_pm_pacific_on_a_friday_counts_the_friday_and_names_no_saturday() -> None:
    expiration = dt.datetime(2027, 3, 12, 23, 59, tzinfo=ZoneInfo("America/Los_Angeles"))
    published = dt.date(2027, 3, 2)
    message = leaving_phrase(published, business_days_open(published, expiration), expiration)
    assert message == "9, counted through Friday, March 12, 2027"


def test_8_59_pm_pacific_leaves_out_its_own_day() -> None:
    expiration = dt.datetime(2027, 3, 11, 20, 59, tzinfo=ZoneInfo("America/Los_Angeles"))
    published = dt.date(2027, 3, 2)
    message = leaving_phrase(published, business_days_open(published, expiration), expiration)
    assert message == (
        "7, counted through Wednesday, March 10, 2027 (the offer closes before 12:00 midnight "
        "Eastern time on Thursday, March 11, 2027, so that day does not count)"
    )
