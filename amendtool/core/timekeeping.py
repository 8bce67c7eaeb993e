"""Deadlines as printed ("11:59 p.m., Eastern Daylight Time, on September 27, 2001")."""

from __future__ import annotations

import datetime as dt

_ZONE_NAMES = {
    "EST": "Eastern Standard Time",
    "EDT": "Eastern Daylight Time",
    "CST": "Central Standard Time",
    "CDT": "Central Daylight Time",
    "MST": "Mountain Standard Time",
    "MDT": "Mountain Daylight Time",
    "PST": "Pacific Standard Time",
    "PDT": "Pacific Daylight Time",
    "AKST": "Alaska Standard Time",
    "AKDT": "Alaska Daylight Time",
    "HST": "Hawaii-Aleutian Standard Time",
    "HDT": "Hawaii-Aleutian Daylight Time",
    "GMT": "Greenwich Mean Time",
    "BST": "British Summer Time",
}


def zone_name(moment: dt.datetime) -> str:
    """The zone's name as printed for that very date, daylight or standard."""
    abbreviation = moment.tzname() or ""
    return _ZONE_NAMES.get(abbreviation, abbreviation or str(moment.tzinfo))


def clock_time(moment: dt.datetime) -> str:
    """'11:59 p.m.', '12:00 midnight', '12:00 noon', '9:00 a.m.'."""
    if moment.hour == 0 and moment.minute == 0:
        return "12:00 midnight"
    if moment.hour == 12 and moment.minute == 0:
        return "12:00 noon"
    hour = moment.hour % 12 or 12
    suffix = "a.m." if moment.hour < 12 else "p.m."
    return f"{hour}:{moment.minute:02d} {suffix}"


# English names whatever the process locale (Qt sets the user's locale at start-up, and
# strftime's %A and %B follow it).
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def long_date(value: dt.date) -> str:
    return f"{_MONTHS[value.month - 1]} {value.day}, {value.year}"


def day_phrase(value: dt.date) -> str:
    """'Friday, September 14, 2001': a day counsel counts to, named with its weekday."""
    return f"{_WEEKDAYS[value.weekday()]}, {long_date(value)}"


def deadline_phrase(moment: dt.datetime, weekday: bool = False) -> str:
    """A midnight deadline is printed as the end of the day before, as offers state it;
    `weekday` names the day too ("on Thursday, September 27, 2001"), as employees read it."""
    day = moment.date()
    if moment.hour == 0 and moment.minute == 0:
        day = day - dt.timedelta(days=1)
    named = f"{_WEEKDAYS[day.weekday()]}, {long_date(day)}" if weekday else long_date(day)
    return f"{clock_time(moment)}, {zone_name(moment)}, on {named}"
