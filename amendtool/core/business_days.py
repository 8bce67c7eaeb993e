"""Business days as SEC Rule 14d-1(g)(3) counts them, and how long an offer must stay open.

A business day is any day but Saturday, Sunday or a federal holiday, from 12:01 a.m. through
12:00 midnight Eastern time. The day of the event that starts a period counts as its first
day (or, if it is not a business day, the next business day does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

EASTERN = ZoneInfo("America/New_York")


@cache
def _federal(year: int) -> dict[dt.date, str]:
    first, last, table = _table()
    if first <= year <= last:
        return table.get(year, {})
    import holidays  # outside the table only: importing it takes a third of a second

    return dict(holidays.country_holidays("US", years=year))


@cache
def _table() -> tuple[int, int, dict[int, dict[dt.date, str]]]:
    """The shipped calendar (resources/calendar), made from the `holidays` package."""
    from amendtool.resources import resource_path

    first, last = 0, -1
    table: dict[int, dict[dt.date, str]] = {}
    path = resource_path("calendar", "us-federal-holidays.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("years "):
            first, last = (int(y) for y in line.split()[1:3])
            continue
        date, name = line.split(maxsplit=1)
        day = dt.date.fromisoformat(date)
        table.setdefault(day.year, {})[day] = name.strip()
    return first, last, table


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _federal(day.year)


def federal_holidays(year: int) -> dict[dt.date, str]:
    """The year's federal holidays (observed dates), each with its name."""
    return dict(_federal(year))


def holiday_name(day: dt.date) -> str | None:
    return _federal(day.year).get(day)


def next_business_day(day: dt.date) -> dt.date:
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def eastern(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(EASTERN)


def last_full_day(expiration: dt.datetime) -> dt.date:
    """The last Eastern day the offer is open through its end. Rule 14d-1(g)(3): a business
    day runs to 12:00 midnight, so midnight completes the day before, and 11:59 p.m. leaves
    that day one minute short (the earliest compliant expiration is the midnight)."""
    return eastern(expiration).date() - dt.timedelta(days=1)


def has_expired(expiration: dt.datetime, published: dt.date) -> bool:
    """The offer expired before the day of publication began (Eastern time): an expiration
    at 12:00 midnight ends the day before, so it has expired by that day's start."""
    start = dt.datetime.combine(published, dt.time(0, 0), tzinfo=EASTERN)
    return eastern(expiration) <= start


def stated_day(expiration: dt.datetime) -> dt.date:
    """The date an expiration is stated for, where it is stated ("12:00 midnight … on
    September 27" is September 27)."""
    if expiration.hour == 0 and expiration.minute == 0:
        return expiration.date() - dt.timedelta(days=1)
    return expiration.date()


def announcement_deadline(scheduled: dt.datetime) -> dt.datetime:
    """Rule 14e-1(d): an extension is announced no later than 9:00 a.m. Eastern on the next
    business day after the scheduled expiration date (the earlier of the date as stated in
    the offer's zone and in Eastern time)."""
    day = min(stated_day(scheduled), stated_day(eastern(scheduled)))
    following = next_business_day(day + dt.timedelta(days=1))
    return dt.datetime.combine(following, dt.time(9, 0), tzinfo=EASTERN)


def business_days_open(published: dt.date, expiration: dt.datetime) -> int:
    """Business days from the day of publication (counted) through the expiration."""
    start = next_business_day(published)
    end = last_full_day(expiration)
    count = 0
    day = start
    while day <= end:
        if is_business_day(day):
            count += 1
        day += dt.timedelta(days=1)
    return count


def counted_through(published: dt.date, expiration: dt.datetime) -> dt.date | None:
    """The last business day a count from `published` runs through: the last business day
    the offer is open through its end (never a Saturday, a Sunday or a holiday); None when
    no business day counts."""
    start, day = next_business_day(published), last_full_day(expiration)
    while day >= start and not is_business_day(day):
        day -= dt.timedelta(days=1)
    return day if day >= start else None


def weekday_holidays(first: dt.date, last: dt.date) -> list[tuple[dt.date, str]]:
    """The federal holidays from `first` through `last` that fall on a weekday: the days a
    count of business days skips other than Saturdays and Sundays."""
    out = []
    for year in range(first.year, last.year + 1):
        out += [(d, n) for d, n in _federal(year).items() if first <= d <= last and d.weekday() < 5]
    return sorted(out)


@dataclass(frozen=True)
class Proposal:
    """The expiration a rule's minimum period first allows: its last business day, and the
    moment the offer would then expire."""

    day: dt.date  # the last business day of the period
    expiration: dt.datetime  # 12:00 midnight Eastern at the end of that day


def earliest_expiration(published: dt.date, business_days: int) -> Proposal:
    """The earliest expiration leaving `business_days` business days, counting publication."""
    day = next_business_day(published)
    counted = 1
    while counted < business_days:
        day += dt.timedelta(days=1)
        if is_business_day(day):
            counted += 1
    midnight = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0), tzinfo=EASTERN)
    return Proposal(day, midnight)
