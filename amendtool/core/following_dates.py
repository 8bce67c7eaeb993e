"""Dates the offer works out from its expiration, as its own words say.

"We will accept … on October 9, 2026, the business day following the expiration date";
"the second business day after the Expiration Date, which is expected to be November 16,
2026". When the offer is extended, counsel moves such a date to follow the new expiration
in the same way: that move is part of the extension (no new term, no period of its own),
and a date that already follows the new expiration is right, not a date left behind. What
a date may be worked out from is listed in rules.toml ([expiration] worked_out_from)."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from amendtool.core.business_days import next_business_day
from amendtool.core.facts import Fact
from amendtool.core.materiality_rules import Rules
from amendtool.core.same_dates import days_stated
from amendtool.core.segment import sentences

_COUNTS = {
    "first": 1, "next": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3,
    "fourth": 4, "four": 4, "fifth": 5, "five": 5, "sixth": 6, "six": 6, "seventh": 7,
    "seven": 7, "eighth": 8, "eight": 8, "ninth": 9, "nine": 9, "tenth": 10, "ten": 10,
}  # fmt: skip


@lru_cache(maxsize=8)
def _pattern(anchors: tuple[str, ...]) -> re.Pattern[str] | None:
    """'[the] [second] [business] day(s) [immediately] after|following [the] [scheduled]
    ANCHOR'."""
    if not anchors:
        return None
    words = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(anchors, key=len)[::-1])
    counts = "|".join(_COUNTS)
    return re.compile(
        rf"\b(?:the\s+)?(?:(?P<count>{counts}|\d{{1,2}})(?:st|nd|rd|th)?\s+)?"
        r"(?:(?P<kind>business|trading|calendar)\s+)?days?\s+(?:immediately\s+)?"
        rf"(?:after|following)\s+(?:the\s+)?[\"“]?(?:scheduled\s+)?(?:{words})\b",
        re.IGNORECASE,
    )


def relation(sentence: str, rules: Rules) -> tuple[int, bool, str] | None:
    """(how many days, whether business days, the words as printed) by which the sentence
    says its date follows the expiration; None when it says none."""
    pattern = _pattern(rules.worked_out_from)
    found = pattern.search(sentence) if pattern else None
    if found is None:
        return None
    count = found.group("count") or "1"
    number = int(count) if count.isdigit() else _COUNTS[count.lower()]
    business = (found.group("kind") or "").lower() in ("business", "trading")
    return number, business, found.group(0)


def relation_at(sentence: str, rules: Rules) -> int | None:
    """Where in the sentence its words of a date following the expiration begin."""
    pattern = _pattern(rules.worked_out_from)
    found = pattern.search(sentence) if pattern else None
    return found.start() if found else None


def worked_out(expiration_day: dt.date, count: int, business: bool) -> dt.date:
    """The day `count` (business) days after the expiration's day."""
    if not business:
        return expiration_day + dt.timedelta(days=count)
    day = expiration_day
    for _ in range(count):
        day = next_business_day(day + dt.timedelta(days=1))
    return day


def follows(sentence: str, day: dt.date, expiration_day: dt.date, rules: Rules) -> bool:
    """The sentence says its date follows the expiration, and `day` is that day for an
    offer expiring on `expiration_day`."""
    said = relation(sentence, rules)
    return said is not None and worked_out(expiration_day, said[0], said[1]) == day


def moved_to_follow(
    old: str,
    new: str,
    removed: list[Fact],
    added: list[Fact],
    days: tuple[dt.date, dt.date],
    rules: Rules,
) -> str | None:
    """The offer's words ("the business day following the expiration date") when every date
    an item takes out follows the old expiration's day as its sentence says, and every date
    it puts in follows the new one the same way; None otherwise. `days`: the old and the
    new expiration's days as stated."""
    gone = [f for f in removed if f.kind == "date"]
    came = [f for f in added if f.kind == "date"]
    if not gone or not came or len(gone) + len(came) != len(removed) + len(added):
        return None
    said = [_followed(old, f, days[0], rules) for f in gone]
    said += [_followed(new, f, days[1], rules) for f in came]
    if any(s is None for s in said):
        return None
    return said[-1]


def _followed(text: str, fact: Fact, expiration_day: dt.date, rules: Rules) -> str | None:
    """The words by which the date `fact` follows `expiration_day` in its sentence."""
    for sentence in sentences(text):
        if fact.text not in sentence:
            continue
        said = relation(sentence, rules)
        stated = days_stated(fact.text, expiration_day.year)
        if said and stated and worked_out(expiration_day, said[0], said[1]) == stated[0]:
            return said[2]
    return None
