"""A fact a change alters, as the plain notice says it (`FactChange`), and a deadline said
whole: its time with its date, whichever of them changed, and a date or time until which
holders may act read as a deadline, never as "the time" (plain_facts.py pairs the facts)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from amendtool.core.offer_dates import is_moment
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_fact_reading import facts_in
from amendtool.core.plain_fact_shown import shown as _shown
from amendtool.core.plain_tied_times import tied_time
from amendtool.core.stated_deadlines import on_the_day


@dataclass(frozen=True)
class FactChange:
    """One fact the change alters: old and new as printed, and what the fact measures."""

    kind: str
    old: str
    new: str
    label: str  # "minimum exercise price per share"; generic ("amount") when unknown
    specific: bool  # the label came from the text, not from the kind of fact
    direction: int  # +1 the new value is higher or later, -1 lower or earlier, 0 unknown
    sentence: str  # the new sentence stating it (in a table, its row)
    row: str = ""  # in a table: the row's first cell, which names it
    history: bool = False  # a figure of the past or of the market, not a term of the offer
    column: str = ""  # in a table: its column's heading, as the notice quotes it
    group: str = ""  # in a table: the caption the row is printed under, naming several rows
    unread: bool = False  # a ratio "1 for 2" its text never says the direction of
    sub: str = ""  # in a table: the column's own heading under one spanning several
    # its words tie it to an owner they do not name ("… (the "Old Options") for options with
    # an exercise price of $5.50"): `label` names no owner, and counsel says whose it is
    unowned: bool = False


_BEFORE = compiled(r"\b(?:before|until|prior to|no later than|not later than)\b", re.I)


def a_deadline(sentence: str, start: int) -> bool:
    """A date or time until which holders may act ("You may withdraw … before 5:00 p.m. …
    on June 10"): a deadline by the rules' `[[expiration.deadlines]]`, said whole (its time
    with its date) and with the expiration it moves with, never as "the time"."""
    from amendtool.core.materiality_rules import house_rules

    until = list(_BEFORE.finditer(sentence[:start]))
    if not until:
        return False
    # who may act is said in the clause that leads to "before" ("You may withdraw … before"),
    # not anywhere in a long sentence ("If you elect …, the closing, which will be no later")
    clause = re.split(r"[,;:]", sentence[: until[-1].start()])[-1]
    return house_rules().deadline_named(clause)[0] != "date"


def deadlines_joined(changes: list[FactChange]) -> list[FactChange]:
    """A deadline is said whole, its time and its date: "5:00 p.m. on October 4, 2001" (it
    was "11:59 p.m. on September 27, 2001"); when only one of them changed, the other is the
    one its sentence states, the same before and after."""
    times = [c for c in changes if c.kind == "time" and is_moment(c.kind, c.label, c.specific)]
    dates = [c for c in changes if c.kind == "date" and is_moment(c.kind, c.label, c.specific)]
    out = list(changes)
    for time in times:
        same = [d for d in dates if (d.sentence, d.label) == (time.sentence, time.label)]
        if not same:  # one moment named twice ("THE OFFER AND WITHDRAWAL RIGHTS WILL EXPIRE
            # AT 5:00 P.M. … ON JUNE 12"): its one changed time and one changed date, whole;
            # never the old time with the new date and the new time with the old date
            same = _only_pair(time, times, dates)
        date = next((d for d in same if d in out), None)
        if date is None:
            day = _stated(time.sentence, "date")
            if day is None:
                continue
            date = dataclasses.replace(time, kind="date", old=day, new=day, direction=0)
        else:
            out.remove(date)
        out[out.index(time)] = _joined(time, date)
    for date in [d for d in dates if d in out]:
        hour = _stated(date.sentence, "time")
        if hour is not None:
            out[out.index(date)] = _joined(
                dataclasses.replace(date, kind="time", old=hour, new=hour, direction=0), date
            )
    for time in [c for c in out if c.kind == "time"]:  # "May 28, 2026 at 5:00 p.m."
        date = next((d for d in out if d.kind == "date" and d.sentence == time.sentence), None)
        if date is not None and not (time.specific and date.specific):  # one moment
            named = date if date.specific or not time.specific else time
            old, new = on_the_day(time.old, date.old), on_the_day(time.new, date.new)
            out[out.index(date)] = dataclasses.replace(date, label=named.label, old=old, new=new)
            out.remove(time)
    for index, date in enumerate(out):  # any other date is said with the time tied to it
        hour = tied_time(date.sentence, date.new) if date.kind == "date" else None
        if hour and not any(c.kind == "time" and c.sentence == date.sentence for c in out):
            out[index] = dataclasses.replace(
                date, old=on_the_day(hour, date.old), new=on_the_day(hour, date.new)
            )
    return out


def _only_pair(
    time: FactChange, times: list[FactChange], dates: list[FactChange]
) -> list[FactChange]:
    """The date a sentence's one changed time goes with, where it changes one of each."""
    in_times = [t for t in times if t.sentence == time.sentence]
    in_dates = [d for d in dates if d.sentence == time.sentence]
    return in_dates if len(in_times) == 1 and len(in_dates) == 1 else []


def _stated(sentence: str, kind: str) -> str | None:
    """The one time (or date) a sentence states, as the notice prints it."""
    found = [f for f in facts_in(sentence) if f.kind == kind]
    return _shown(kind, found[0].text) if len(found) == 1 else None


def _joined(time: FactChange, date: FactChange) -> FactChange:
    return FactChange(
        "deadline",
        on_the_day(time.old, date.old),
        on_the_day(time.new, date.new),
        date.label if date.direction else time.label,
        True,
        date.direction or time.direction,
        time.sentence,
    )
