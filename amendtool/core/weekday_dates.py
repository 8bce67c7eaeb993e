"""A weekday printed with a date that is not that date's weekday ("Thursday, June 26, 2026",
a Friday): a holder who reads the weekday acts on the wrong day. Only a date printed with its
year is read; "Thursday, June 26" names no one day."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_DATED = re.compile(
    rf"\b({'|'.join(_WEEKDAYS)}),?\s+({'|'.join(_MONTHS)})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b"
)
# where a weekday is printed: found at once (a pattern that opens on a word's edge is tried
# at every character of the text), and _DATED read only from there
_WEEKDAY = re.compile("|".join(_WEEKDAYS))


class WrongWeekday(NamedTuple):
    """A weekday and date as printed, and the weekday that date falls on."""

    printed: str
    actual: str


def wrong_weekdays(text: str) -> list[WrongWeekday]:
    """Each weekday-and-date of `text` whose weekday is not the date's, once each (as printed,
    its spaces made one)."""
    out: list[WrongWeekday] = []
    for match in _dated(text):
        weekday, month, day, year = match.groups()
        try:
            date = dt.date(int(year), _MONTHS.index(month) + 1, int(day))
        except ValueError:
            continue  # no such day: the date reader's to name
        actual = _WEEKDAYS[date.weekday()]
        found = WrongWeekday(" ".join(match.group(0).split()), actual)
        if actual != weekday and found not in out:
            out.append(found)
    return out


def _dated(text: str) -> Iterator[re.Match[str]]:
    """What `_DATED.finditer` finds, read only where a weekday is printed. The text is not
    made single-spaced first (the whole of each output, read for a date or two): every space
    the pattern allows is a run of white space, so the same dates are found in either."""
    end = 0
    for weekday in _WEEKDAY.finditer(text):
        if weekday.start() < end:
            continue  # within the date before: no weekday is printed in a date
        match = _DATED.match(text, weekday.start())
        if match is not None:
            end = match.end()
            yield match
