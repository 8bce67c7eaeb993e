"""The expiration: as the offer states it, as counsel types a new one, and how an item moves it.

The expiration an offer's text states, and how an item moves it.

Read by the proposals (an item that only moves the expiration later is an extension, its
own class) and by the timing checks (Rule 14e-1(d), the filing details against the text).

A new expiration as counsel types it: "2026-04-08 23:59", "2026-04-08 24:00",
"2026-04-08 midnight", "2026-04-08 12:00 midnight", "2026-04-08 11:59 p.m.".

Offers state a midnight deadline as "12:00 midnight ... on April 8", the end of April 8;
the clock calls that 2026-04-09 00:00. Counsel should not have to translate: 24:00 and
midnight on a day are the end of that day."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from amendtool.core.changes import Change, item_texts
from amendtool.core.fact_hints import may_hold_date
from amendtool.core.fact_patterns import _DATE, parse_date
from amendtool.core.items import AmendmentItem
from amendtool.core.materiality_rules import Rules, house_rules
from amendtool.core.pattern_store import compiled
from amendtool.core.segment import sentences
from amendtool.core.stated_deadlines import StatedDeadline, deadlines

if TYPE_CHECKING:
    from amendtool.core.filing import FilingDetails
    from amendtool.core.model import Document

Moved = tuple[list[StatedDeadline], list[StatedDeadline]]


_END_OF_DAY = dt.time(23, 59)


def stated_expirations(
    text: str, zone: str, rules: Rules | None = None, at: dt.time = _END_OF_DAY
) -> list[StatedDeadline]:
    """Dates and times that sentences speaking of the expiration state (not the back-end
    withdrawal date, fixed from commencement: rules.toml [expiration] back_end), and a date
    alone stated as the expiration ("Expiration date …… March 31, 2023"), taken at `at`
    (the filing details' time of day; 00:00 is midnight, the end of the day)."""
    rules = rules or house_rules()
    out: list[StatedDeadline] = []
    if not rules.expiration.search(text):
        return out  # no sentence of it speaks of the expiration: none split
    for sentence in sentences(text):
        if rules.names_another_date(sentence):
            continue  # "The Early Tender Date is …, unless extended": that date, not this
        if rules.expiration.search(sentence) and not rules.back_end.search(sentence):
            timed = deadlines(sentence, zone)
            out += timed
            out += _dated_only(sentence, zone, rules, at, {printed_day(d.moment) for d in timed})
    return out


def _dated_only(
    sentence: str, zone: str, rules: Rules, at: dt.time, timed: set[dt.date]
) -> list[StatedDeadline]:
    """The dates the sentence states as the expiration with no time of day; a day also
    stated with its time is that deadline, and a sentence naming another deadline (to
    withdraw, the early tender date) states none."""
    pattern = _dated_pattern(rules.expiration_dated)
    if pattern is None or not may_hold_date(sentence):
        return []  # every match ends with a date: a sentence without one is not searched
    if rules.deadline_of(sentence) != "the expiration":
        return []
    out = []
    for match in pattern.finditer(sentence):
        date = _DATE.search(match.group("date"))
        value = parse_date(date) if date else ""
        if len(value) < 10:
            continue  # no year: not a day this tool can compare
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            continue
        if day in timed:
            continue
        moment = dt.datetime.combine(day, at)
        if at == dt.time(0, 0):  # midnight: the end of the day printed
            moment += dt.timedelta(days=1)
        out.append(StatedDeadline(moment.replace(tzinfo=ZoneInfo(zone)), match.group("date")))
    return out


@lru_cache(maxsize=8)
def _dated_pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    """The words, then leader dots, a colon, a cell break or "is", "on", "will be", then a
    date: nothing else may stand between them."""
    if not phrases:
        return None
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len)[::-1])
    date = re.sub(r"\(\?P<\w+>", "(?:", _DATE.pattern)
    return re.compile(
        rf"\b(?:{words})\b[\s.:·…_|\-–—]*(?:(?:is|are|on|will\s+be|shall\s+be)\s+)?"
        rf"(?P<date>{date})",
        re.IGNORECASE,
    )


def expiration_change(
    item: AmendmentItem, zone: str, rules: Rules | None = None, at: dt.time = _END_OF_DAY
) -> Moved | None:
    """The expirations an item takes out and those it states instead, or None; a date
    stated alone is taken at `at` (the filing details' time of day)."""
    return changed_expirations(*item_texts(item), zone, rules, at)


def changed_expirations(
    old: str, new: str, zone: str, rules: Rules | None, at: dt.time = _END_OF_DAY
) -> Moved | None:
    before = stated_expirations(old, zone, rules, at)
    after = stated_expirations(new, zone, rules, at)
    gone = [d for d in before if d.moment not in {a.moment for a in after}]
    came = [d for d in after if d.moment not in {b.moment for b in before}]
    return (gone, came) if gone or came else None


def moves_expiration(old: str, new: str, rules: Rules) -> bool:
    """The text moves a stated expiration (it does not only state it or stop stating it)."""
    moved = changed_expirations(old, new, "America/New_York", rules)
    return moved is not None and bool(moved[0] and moved[1])


def extends(moved: Moved) -> bool:
    """The item moves a stated expiration later."""
    gone, came = moved
    return bool(gone and came) and max(d.moment for d in came) > max(d.moment for d in gone)


def only_restates_expiration(change: Change, rules: Rules) -> bool:
    """Nothing but the expiration changes: apart from its date and time, the changed words
    only restate it ("the offer will now expire at …") or change no right (rules.toml
    [expiration] wording, [clarifying] harmless)."""
    if any(f.kind not in ("date", "time") for f in change.facts):
        return False
    if change.old_refs != change.new_refs:
        return False
    return all(
        rules.harmless.matches_word(w) or rules.extension_wording.matches_word(w)
        for w in change.words
    )


def extension_refusal(
    item: AmendmentItem,
    name: str,
    rules: Rules | None = None,
    items: Sequence[AmendmentItem] = (),
) -> str | None:
    """Why the item (`name`: "item B") cannot be classed an extension, in one line; None when
    it moves the offer's expiration later, or, among the amendment's `items`, only moves a
    deadline or a date worked out from the expiration with another item's extension. An
    extension is a change of the expiration: the class times nothing, so on any other
    change it would let the offer close too early."""
    moved = expiration_change(item, "America/New_York", rules)
    if moved is not None and extends(moved):
        return None
    if moved is None and _moves_with_extension(item, list(items), rules or house_rules()):
        return None
    if moved is None:
        what = "moves no expiration date or time"
    else:
        gone, came = moved
        if gone and came:
            what = f"moves the expiration earlier ({gone[0].text} → {came[0].text})"
        elif came:
            what = f"states an expiration ({came[0].text}) but does not move one later"
        else:
            what = f"takes out a statement of the expiration ({gone[0].text})"
    return (
        f"{name} {what}, so it cannot be classed an extension (an extension moves the "
        "expiration later); choose clarifying, material or consideration"
    )


def _moves_with_extension(item: AmendmentItem, items: list[AmendmentItem], rules: Rules) -> bool:
    """The item only moves a deadline, or a date the offer works out from the expiration,
    with another of `items` that extends the offer (extension_deadlines)."""
    from amendtool.core.extension_deadlines import moved_with_the_extension

    index = next((n for n, other in enumerate(items) if other is item), None)
    if index is None:
        return False
    changes = [expiration_change(other, "America/New_York", rules) for other in items]
    moving = [m is not None and extends(m) for m in changes]
    return index in moved_with_the_extension(items, moving, [False] * len(items), rules)


@lru_cache(maxsize=1 << 16)
def _stated_moments(text: str, zone: str, at: dt.time, rules: int) -> frozenset[dt.datetime]:
    """The naive moments a paragraph states as the expiration (`rules`: the house rules
    read, so rules read again are applied)."""
    return frozenset(d.moment.replace(tzinfo=None) for d in stated_expirations(text, zone, at=at))


def extended_by(
    base: Document, revised: Document, zone: str, at: dt.time = _END_OF_DAY
) -> tuple[dt.datetime, dt.datetime] | None:
    """(old, new), naive local times, when the revised offer states one later expiration in
    place of the one the base states: the amendment extends the offer, whether drafted by
    `extend`, by `amend` or from a revised draft. None otherwise."""

    rules = id(house_rules())  # read each time a draft is checked: a paragraph once

    def stated(document: Document) -> set[dt.datetime]:
        return {
            moment
            for section in document.sections
            for p in section.paragraphs
            for moment in _stated_moments(p.text, zone, at, rules)
        }

    before, after = stated(base), stated(revised)
    if not before:
        return None
    old = max(before)
    later = {moment for moment in after if moment > old}  # a restatement missed is checked
    return (old, later.pop()) if len(later) == 1 else None


def time_of_day(filing: FilingDetails) -> dt.time:
    """The time of day the filing details' expiration falls at: a date the offer states
    alone is taken at it (00:00 is midnight, the end of the day printed)."""
    return filing.expiration.time().replace(tzinfo=None)


def with_new_expiration(filing: FilingDetails, old: dt.datetime, new: dt.datetime) -> FilingDetails:
    """Filing details that still give the expiration an extension replaces give the new one;
    "11:59 p.m." typed for the offer's "12:00 midnight" (or "one minute after 11:59 p.m.") at
    the end of the same day is that expiration too. Any other expiration they give is left
    for the checks to compare with the text."""
    typed = filing.expiration.replace(tzinfo=None)
    if not dt.timedelta(0) <= old - typed <= _TYPED_EARLY:
        return filing
    return dataclasses.replace(filing, expiration=new.replace(tzinfo=filing.expiration.tzinfo))


_TYPED_EARLY = dt.timedelta(minutes=1)  # 11:59 p.m. typed for the midnight that ends the day
_TYPED = compiled(
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


def typed_expiration(moment: dt.datetime) -> str:
    """`moment` (naive local) as --to takes it: "2026-04-03 midnight" for the end of April 3
    (parse_expiration reads it back), else "2026-04-03 17:00"."""
    if moment.hour == 0 and moment.minute == 0:
        return f"{printed_day(moment):%Y-%m-%d} midnight"
    return f"{moment:%Y-%m-%d %H:%M}"


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
