"""Rule 14d-1(g)(3) business days, property-tested against an independent calendar.

The oracle below computes the federal holidays from 5 U.S.C. 6103 and the observance rule
(a Saturday holiday is observed on the Friday before, a Sunday one on the Monday after),
without the calendar library the product uses, and counts business days from the definition:
a day counts when the offer is open through 12:00 midnight Eastern at its end.
"""

from __future__ import annotations

import datetime as dt
import os
from functools import cache
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core.business_days import (
    EASTERN,
    announcement_deadline,
    business_days_open,
    counted_through,
    earliest_expiration,
    has_expired,
    is_business_day,
)

EXAMPLES = int(os.environ.get("AMENDTOOL_HYPOTHESIS_EXAMPLES", "200"))
ZONES = [ZoneInfo(z) for z in ("America/New_York", "America/Chicago", "America/Los_Angeles")]
ONE_DAY = dt.timedelta(days=1)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The nth (1-based; -1 for the last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - ONE_DAY
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def observed(day: dt.date) -> dt.date:
    return day - ONE_DAY if day.weekday() == 5 else day + ONE_DAY if day.weekday() == 6 else day


@cache
def federal_holidays(year: int) -> frozenset[dt.date]:
    fixed = [(1, 1), (7, 4), (11, 11), (12, 25)] + ([(6, 19)] if year >= 2021 else [])
    days = {observed(dt.date(year, m, d)) for m, d in fixed}
    days.add(nth_weekday(year, 1, 0, 3))  # Martin Luther King Jr. Day
    days.add(nth_weekday(year, 2, 0, 3))  # Washington's Birthday
    days.add(nth_weekday(year, 5, 0, -1))  # Memorial Day
    days.add(nth_weekday(year, 9, 0, 1))  # Labor Day
    days.add(nth_weekday(year, 10, 0, 2))  # Columbus Day
    days.add(nth_weekday(year, 11, 3, 4))  # Thanksgiving Day
    if observed(dt.date(year + 1, 1, 1)).year == year:
        days.add(observed(dt.date(year + 1, 1, 1)))  # New Year's Day on a Saturday
    return frozenset(days)


def oracle_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def oracle_count(published: dt.date, expiration: dt.datetime) -> int:
    end = expiration.astimezone(EASTERN)  # a day counts once open through 12:00 midnight
    count, day = 0, published
    while dt.datetime.combine(day + ONE_DAY, dt.time(0, 0), tzinfo=EASTERN) <= end:
        count += oracle_business_day(day)
        day += ONE_DAY
    return count


days_ = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31))
# the weeks around the daylight-saving changes and the year's end, where zones and
# observed holidays trip counting
edges = st.builds(
    lambda year, which, shift: (
        nth_weekday(year, 3, 6, 2) if which == 0 else
        nth_weekday(year, 11, 6, 1) if which == 1 else dt.date(year, 12, 24)
    ) + dt.timedelta(days=shift),
    st.integers(2001, 2035), st.integers(0, 2), st.integers(-10, 10),
)  # fmt: skip
clock = st.sampled_from([(0, 0), (23, 59), (17, 0), (21, 0), (12, 0), (0, 1), (2, 30)])


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(days_, edges))
def test_business_days_are_weekdays_other_than_federal_holidays(day: dt.date) -> None:
    assert is_business_day(day) == oracle_business_day(day)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    st.one_of(days_, edges),
    st.integers(0, 45),
    clock,
    st.sampled_from(ZONES),
)
def test_days_open_are_counted_in_eastern_time_in_every_zone(
    published: dt.date, length: int, at: tuple[int, int], zone: ZoneInfo
) -> None:
    local = dt.datetime.combine(published + dt.timedelta(days=length), dt.time(*at), zone)
    counted = business_days_open(published, local)
    assert counted == oracle_count(published, local)
    # the same moment named in another zone is the same deadline
    for other in ZONES:
        assert business_days_open(published, local.astimezone(other)) == counted


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(days_, edges), st.integers(0, 45), clock, st.sampled_from(ZONES))
def test_the_day_a_count_runs_through_is_a_business_day_and_ends_the_count(
    published: dt.date, length: int, at: tuple[int, int], zone: ZoneInfo
) -> None:
    """The day a count is said to run through is never a weekend day or a holiday: it is the
    last business day the offer is open through its end, and the count stops there."""
    local = dt.datetime.combine(published + dt.timedelta(days=length), dt.time(*at), zone)
    through = counted_through(published, local)
    counted = business_days_open(published, local)
    if counted == 0:
        assert through is None
        return
    assert through is not None and oracle_business_day(through)
    assert counted == oracle_count(
        published, dt.datetime.combine(through + ONE_DAY, dt.time(0, 0), EASTERN)
    )
    later = through + ONE_DAY  # no business day the offer is open through comes after it
    while dt.datetime.combine(later + ONE_DAY, dt.time(0, 0), EASTERN) <= local:
        assert not oracle_business_day(later)
        later += ONE_DAY


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(days_, edges), st.sampled_from([5, 10, 20]))
def test_the_earliest_expiration_leaves_exactly_the_days_required(
    published: dt.date, required: int
) -> None:
    proposal = earliest_expiration(published, required)
    assert proposal.expiration == dt.datetime.combine(
        proposal.day + ONE_DAY, dt.time(0, 0), EASTERN
    )
    assert oracle_business_day(proposal.day)
    assert business_days_open(published, proposal.expiration) == required
    # any earlier end, in any zone, leaves one day fewer
    earlier = proposal.expiration - dt.timedelta(minutes=2)
    for zone in ZONES:
        assert business_days_open(published, earlier.astimezone(zone)) == required - 1


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(days_, edges), clock, st.sampled_from(ZONES))
def test_an_extension_is_announced_by_9_am_eastern_on_the_next_business_day(
    day: dt.date, at: tuple[int, int], zone: ZoneInfo
) -> None:
    scheduled = dt.datetime.combine(day, dt.time(*at), zone)
    deadline = announcement_deadline(scheduled)
    assert deadline.tzinfo == EASTERN and (deadline.hour, deadline.minute) == (9, 0)
    assert oracle_business_day(deadline.date())
    assert deadline > scheduled
    stated = day - ONE_DAY if at == (0, 0) else day  # "12:00 midnight on the 27th"
    assert deadline.date() > stated
    between = [stated + ONE_DAY * k for k in range(1, (deadline.date() - stated).days)]
    assert not any(oracle_business_day(d) for d in between)


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.one_of(days_, edges), clock, st.sampled_from(ZONES), st.integers(-2, 2))
def test_an_offer_is_open_on_every_eastern_day_it_runs_into(
    day: dt.date, at: tuple[int, int], zone: ZoneInfo, shift: int
) -> None:
    expiration = dt.datetime.combine(day, dt.time(*at), zone)
    in_eastern = expiration.astimezone(EASTERN)
    last_open = in_eastern.date() - (
        ONE_DAY if in_eastern.time() == dt.time(0, 0) else dt.timedelta()
    )
    published = last_open + dt.timedelta(days=shift)
    assert has_expired(expiration, published) == (published > last_open)
