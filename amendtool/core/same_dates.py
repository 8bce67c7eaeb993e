"""Whether a printed date or deadline is a given day or moment, read as dates rather than
compared as strings: "Friday, May 22, 2026", "FRIDAY MAY 22, 2026", "May 22nd, 2026" and
"May 22, 2026" are all the same day, and a weekday printed with a date is part of it, never a
second fact that makes two equal deadlines differ."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from amendtool.core.fact_patterns import _DATE, _TIME, parse_date, parse_time


def days_stated(text: str, year: int | None = None) -> list[dt.date]:
    """Each date `text` prints, in order; one printed without a year ("Friday, May 22") is
    read in `year` when given, and left out otherwise."""
    return list(_days(text, year))


def _days(text: str, year: int | None) -> Iterator[dt.date]:
    for match in _DATE.finditer(text):
        parsed = parse_date(match)
        if len(parsed) < 10:
            if year is None:
                continue
            parsed = f"{year}-{parsed}"
        try:
            yield dt.date.fromisoformat(parsed)
        except ValueError:  # "February 30": not a day
            continue


def states_day(text: str, day: dt.date) -> bool:
    """Whether `text` prints `day` (with or without its weekday, or its year): read up to
    the first place that prints it (a whole offer states its deadline on the cover)."""
    return any(found == day for found in _days(text, day.year))


def times_stated(text: str) -> list[tuple[int, int]]:
    """Each time of day `text` prints, as hour and minute ("12:00 midnight" is 24:00)."""
    return [parse_time(match) for match in _TIME.finditer(text)]


def states_moment(text: str, moment: dt.datetime) -> bool:
    """Whether `text` prints the deadline `moment`: its day and its time of day. A midnight
    deadline is printed as "12:00 midnight … on" the day before, as offers state it."""
    clock = (moment.hour, moment.minute)
    day = moment.date()
    if clock == (0, 0) and (24, 0) in times_stated(text):
        clock, day = (24, 0), day - dt.timedelta(days=1)
    return states_day(text, day) and clock in times_stated(text)


def same_deadline(first: str, second: str) -> bool:
    """Whether two printed deadlines name the same days and times, however each prints them;
    a date one prints without a year is read in the year of the other."""
    years = [d.year for d in days_stated(first) + days_stated(second)]
    year = years[0] if years else None
    return days_stated(first, year) == days_stated(second, year) and times_stated(
        first
    ) == times_stated(second)
