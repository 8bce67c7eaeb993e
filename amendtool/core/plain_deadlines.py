"""A deadline as the plain notice says it: whole, and the same wherever the offer prints it.

An offer prints one expiration in several ways: a cover's capitals ("MIDNIGHT, EASTERN TIME,
ON JULY 24, 2003"), a section's "12:00 midnight, Eastern Time, on July 24, 2003", with or
without its weekday or its zone. Employees read one deadline, so the notice says each as its
answers do, with weekday, time and zone ("12:00 midnight, Eastern Time, at the end of
Thursday, July 24, 2003"), and a deadline moved the same way in several places is one change
(`deadline_key`), said once, naming every place."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from amendtool.core.offer_zone import zone_named, zoned
from amendtool.core.same_dates import days_stated
from amendtool.core.stated_deadlines import clock_time, day_phrase, deadlines, zone_name


def deadline_moment(value: str) -> dt.datetime | None:
    """The one moment a deadline's words fix, without its zone ("midnight at the end of July
    24, 2003" is 00:00 on July 25); None when they fix none (no year, no time) or several."""
    found = deadlines(value, "UTC")
    return found[0].moment.replace(tzinfo=None) if len(found) == 1 else None


def deadline_key(value: str) -> str:
    """What a deadline or date is, however printed: its moment, else its one day, else its
    words ("Friday, May 22, 2026" and "MAY 22, 2026" are one day)."""
    moment = deadline_moment(value)
    if moment is not None:
        return moment.isoformat()
    days = days_stated(value)
    return days[0].isoformat() if len(days) == 1 else value


def said_deadline(value: str, sentence: str, zone_said: str, zone: str = "") -> str:
    """`value` as the notice says a deadline: weekday, time and zone, the zone as `sentence`
    (the offer's sentence stating it) names it, else as the offer names it (`zone_said`),
    else by the filing's zone (`zone`, "America/New_York") as printed for that day. A value
    that fixes no one moment keeps its words, with the zone where its sentence names one."""
    moment = deadline_moment(value)
    if moment is None:
        return zoned(value, sentence, zone_said)
    named = _zone_in(sentence, moment, zone_said)
    if not named and zone:
        named = zone_name(moment.replace(tzinfo=ZoneInfo(zone)))
    day, on = moment.date(), "on"
    if (moment.hour, moment.minute) == (0, 0):  # the end of the day before: "which midnight?"
        day, on = day - dt.timedelta(days=1), "at the end of"
    if not named:
        return f"{clock_time(moment)} {on} {day_phrase(day)}"
    return f"{clock_time(moment)}, {named}, {on} {day_phrase(day)}"


def _zone_in(sentence: str, moment: dt.datetime, zone_said: str) -> str:
    """The zone `sentence` names for `moment` (else for the deadline it states: the old one
    of a change is said in the zone of the new), as a sentence prints it; a cover in
    capitals shows no case, so the offer's own name of the zone stands for it."""
    stated = deadlines(sentence, "UTC")
    stated.sort(key=lambda d: d.moment.replace(tzinfo=None) != moment)
    for deadline in stated:
        found = zone_named(deadline.text)
        if found and deadline.text.isupper() and found.casefold() == zone_said.casefold():
            return zone_said
        if found:
            return found
    return zone_said
