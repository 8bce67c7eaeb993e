"""A weekday printed with a date that is not that date's weekday ("Thursday, June 26, 2026",
a Friday): a holder who reads the weekday acts on the wrong day. Only a date printed with its
year is read; "Thursday, June 26" names no one day."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_DATED = re.compile(
    rf"\b({'|'.join(_WEEKDAYS)}),?\s+({'|'.join(_MONTHS)})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b"
)


class WrongWeekday(NamedTuple):
    """A weekday and date as printed, and the weekday that date falls on."""

    printed: str
    actual: str


def wrong_weekdays(text: str) -> list[WrongWeekday]:
    """Each weekday-and-date of `text` whose weekday is not the date's, once each."""
    out: list[WrongWeekday] = []
    for match in _DATED.finditer(" ".join(text.split())):
        weekday, month, day, year = match.groups()
        try:
            date = dt.date(int(year), _MONTHS.index(month) + 1, int(day))
        except ValueError:
            continue  # no such day: the date reader's to name
        actual = _WEEKDAYS[date.weekday()]
        found = WrongWeekday(match.group(0), actual)
        if actual != weekday and found not in out:
            out.append(found)
    return out
