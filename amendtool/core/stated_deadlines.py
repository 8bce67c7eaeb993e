"""Deadlines: as an offer states them, and as they are printed.

Deadlines an offer states: a date with a time of day, in the zone it names.

Read apart from the other facts: the timing and withdrawal checks ask for the moment a
sentence fixes ("11:59 p.m., Eastern Time, on September 27, 2001"), not for its value.

Deadlines as printed ("11:59 p.m., Eastern Daylight Time, on September 27, 2001")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from amendtool.core.fact_patterns import _DATE, _TIME, parse_date, parse_time
from amendtool.core.numerals import NUM, decimal_of
from amendtool.core.pattern_store import compiled
from amendtool.core.text_cache import EVERY_PARAGRAPH, bounded_cache

_ZONES = {
    "eastern": "America/New_York",
    "new york": "America/New_York",
    "central": "America/Chicago",
    "mountain": "America/Denver",
    "pacific": "America/Los_Angeles",
    "e.t": "America/New_York",
    "et": "America/New_York",
    "edt": "America/New_York",
    "est": "America/New_York",
    "cdt": "America/Chicago",
    "cst": "America/Chicago",
    "mdt": "America/Denver",
    "mst": "America/Denver",
    "pdt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
}
_ZONE_TEXT = compiled(
    r"(?:(?:Eastern|Central|Mountain|Pacific|New York City|New York)"
    r"(?:\s+(?:Daylight|Standard|Prevailing))?(?:\s+(?:Saving|Savings))?\s+Time"
    r"|\b(?:E\.T|ET|EDT|EST|CDT|CST|MDT|MST|PDT|PST)\b)",
    re.IGNORECASE,
)


def _unnamed(pattern: re.Pattern[str]) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern.pattern)


_AFTER = (  # "one minute after 11:59 p.m.": the moment is a minute later
    rf"(?:(?P<offset>{NUM})\s+(?P<offset_unit>minutes?|hours?)\s+(?:after|past)\s+)?"
)
_DEADLINE = compiled(
    rf"{_AFTER}(?P<time>{_unnamed(_TIME)})(?P<between>(?:[^.;]|\.(?=\S)){{0,60}}?)"
    rf"(?P<date>{_unnamed(_DATE)})"
    rf"|(?P<date2>{_unnamed(_DATE)})(?P<between2>[^.;]{{0,30}}?)\bat\s+(?P<time2>{_unnamed(_TIME)})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class StatedDeadline:
    """A date and time the text states ("11:59 p.m., Eastern Time, on September 27, 2001")."""

    moment: dt.datetime  # aware; "12:00 midnight … on September 27" is 00:00 on the 28th
    text: str


def deadlines(text: str, zone: str) -> list[StatedDeadline]:
    """Dates with a time of day (and a year) in `text`, in the zone they name or in `zone`."""
    return list(_deadlines(text, zone))


@bounded_cache(EVERY_PARAGRAPH)
def _deadlines(text: str, zone: str) -> tuple[StatedDeadline, ...]:
    """Read once for each text: several checks read the same sentences, and the offer's
    zone is looked for in every paragraph of both documents (a smaller cache keeps nothing
    of one pass). A deadline has a
    time of day, and most sentences of an offer name none: those are not searched."""
    if _TIME.search(text) is None:
        return ()
    out = []
    for match in _DEADLINE.finditer(text):
        time_text = match.group("time") or match.group("time2")
        date_text = match.group("date") or match.group("date2")
        between = match.group("between") or match.group("between2") or ""
        time_match = _TIME.search(time_text)
        date_match = _DATE.search(date_text)
        if time_match is None or date_match is None:
            continue
        day = parse_date(date_match)
        if len(day) < 10:
            continue  # no year: not a deadline this tool can compare
        name = _ZONE_TEXT.search(between)
        zone_name = _ZONES.get(_zone_key(name.group(0)), zone) if name else zone
        hour, minute = parse_time(time_match)
        try:
            base = dt.datetime.fromisoformat(day)
        except ValueError:
            continue
        moment = base + dt.timedelta(hours=hour, minutes=minute) + _offset(match)
        out.append(StatedDeadline(moment.replace(tzinfo=ZoneInfo(zone_name)), match.group(0)))
    return tuple(out)


def _offset(match: re.Match[str]) -> dt.timedelta:
    """What "one minute after" (or "two hours past") adds to the time it comes before."""
    if not match.group("offset"):
        return dt.timedelta()
    count = float(decimal_of(match.group("offset")))
    unit = match.group("offset_unit").lower().rstrip("s")
    return dt.timedelta(minutes=count) if unit == "minute" else dt.timedelta(hours=count)


def _zone_key(text: str) -> str:
    lowered = text.lower().rstrip(".")
    for key in ("new york", "eastern", "central", "mountain", "pacific"):
        if lowered.startswith(key):
            return key
    return lowered


def clear_caches() -> None:
    """For benchmarks that measure a first, cold draft."""
    _deadlines.cache_clear()


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


def zone_as_stated(text: str, zone: str) -> str:
    """The offer's own name for its zone where it names one without daylight or standard
    time ("Pacific Time", "New York City time"): a deadline it states is said in its words,
    never as another name for the same clock; "" when it names none or names the season."""
    for stated in deadlines(text, zone):
        named = _ZONE_TEXT.search(stated.text)
        if named is None:
            continue
        said = " ".join(named.group(0).split())
        seasonal = re.search(r"daylight|standard|\b[A-Z]{1,2}[DS]T\b", said, re.IGNORECASE)
        if seasonal or " " not in said:
            return ""
        if _ZONES.get(_zone_key(said)) != zone:
            continue  # another zone's clock: the moment is not printed in its name
        return said.title() if said.isupper() else said  # a cover printed in capitals
    return ""


def on_the_day(time: str, date: str) -> str:
    """ "5:00 p.m. on June 17, 2026"; a midnight "at the end of" its day ("on June 17" leaves
    the reader asking which midnight)."""
    on = "at the end of" if time.lower().endswith("midnight") else "on"
    return f"{time} {on} {date}"


def deadline_phrase(moment: dt.datetime, weekday: bool = False, zone_said: str = "") -> str:
    """A midnight deadline is printed as the end of the day before, as offers state it
    ("12:00 midnight, …, at the end of July 16, 2026": "on July 16" leaves the reader asking
    which midnight); `weekday` names the day too ("on Thursday, September 27, 2001"), as
    employees read it; `zone_said` is the offer's own name of the zone (zone_as_stated)."""
    day = moment.date()
    on = "on"
    if moment.hour == 0 and moment.minute == 0:
        day, on = day - dt.timedelta(days=1), "at the end of"
    named = f"{_WEEKDAYS[day.weekday()]}, {long_date(day)}" if weekday else long_date(day)
    return f"{clock_time(moment)}, {zone_said or zone_name(moment)}, {on} {named}"
