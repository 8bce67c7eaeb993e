"""A new expiration as counsel types it: "2026-04-08 23:59", "2026-04-08 24:00",
"2026-04-08 midnight", "2026-04-08 12:00 midnight", "2026-04-08 11:59 p.m.".

Offers state a midnight deadline as "12:00 midnight ... on April 8", the end of April 8;
the clock calls that 2026-04-09 00:00. Counsel should not have to translate: 24:00 and
midnight on a day are the end of that day."""

from __future__ import annotations

import datetime as dt
import re

_TYPED = re.compile(
    r"^\s*(?P<date>\d{4}-\d{2}-\d{2})(?:[ T]+(?:(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?"
    r"(?::00)?)?\s*(?P<word>a\.?\s*m\.?|p\.?\s*m\.?|midnight|noon)?)?\s*$",
    re.IGNORECASE,
)

EXAMPLE = "2001-10-11 23:59 (or 2001-10-11 24:00, or 2001-10-11 midnight, the end of that day)"


def parse_expiration(text: str) -> dt.datetime:
    """The naive local moment `text` names; midnight on a day is the end of that day
    (the next day at 00:00). Raises ValueError when it names no moment."""
    match = _TYPED.match(text)
    if match is None or (match.group("hour") is None and match.group("word") is None):
        raise ValueError(text)
    day = dt.date.fromisoformat(match.group("date"))
    word = (match.group("word") or "").lower().replace(".", "").replace(" ", "")
    hour = int(match.group("hour")) if match.group("hour") is not None else 12
    minute = int(match.group("minute") or 0)
    if word in ("am", "pm"):
        if not 1 <= hour <= 12:
            raise ValueError(text)
        hour = hour % 12 + (12 if word == "pm" else 0)
    elif word == "midnight":
        if (hour, minute) not in ((12, 0), (24, 0)):
            raise ValueError(text)
        hour, minute = 24, 0
    elif word == "noon" and (hour, minute) != (12, 0):
        raise ValueError(text)
    if (hour, minute) == (24, 0):
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    return dt.datetime.combine(day, dt.time(hour, minute))


def printed_day(moment: dt.datetime) -> dt.date:
    """The day an offer names for `moment`: midnight is the end of the day before."""
    if moment.hour == 0 and moment.minute == 0:
        return moment.date() - dt.timedelta(days=1)
    return moment.date()


def typed_moment(text: str) -> dt.datetime | None:
    """A moment written as a string: "2026-05-14 24:00" and "2026-05-14 midnight" are the
    end of May 14, as the command line's --to reads them; else an ISO date and time."""
    try:
        return parse_expiration(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
