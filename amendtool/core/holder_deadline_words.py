"""The words by which an offer gives holders a deadline besides a date and time: the
expiration's day named by words ("11:59 p.m. on the day on which the Offer expires", "until
the end of the Expiration Date"), a later date printed without a time ("through December 17,
2026"), and the words that make a date no deadline (the back-end withdrawal right "after"
it) or a later day's deadline no holder's (payment, grants, guaranteed delivery). The words
are counsel's to adjust: resources/checks/holder_deadlines.toml."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

from amendtool.core.fact_patterns import _DATE, _TIME, parse_date, parse_time
from amendtool.core.pattern_store import compiled
from amendtool.core.resource_toml import read_toml
from amendtool.core.rule_words import Words
from amendtool.core.text_cache import kept_by_content
from amendtool.resources import resource_path

# a year (four digits: the date pattern before it tells a year from other figures; a first
# digit the engine can look for is a third of the time of "\b\d{4}\b"), and how far before
# it the words and the date before it can begin ("through Wednesday, December 17, 2026")
_YEAR = compiled(r"[12]\d{3}(?!\d)")
_BEFORE_YEAR = 48


@cache
def wording() -> dict[str, Any]:
    return read_toml(resource_path("checks", "holder_deadlines.toml"))


@cache
def words(key: str) -> Words:
    return Words(list(wording()[key]))


def _alternatives(key: str) -> str:
    """The phrases of a list as one alternation, any spacing between their words."""
    phrases = sorted(wording()[key], key=len, reverse=True)  # the longest first
    return "|".join(r"\s+".join(re.escape(word) for word in p.split()) for p in phrases)


@cache
def _on_the_day() -> re.Pattern[str]:
    """A time on the expiration's day named by words: "11:59 p.m., New York City time, on the
    day on which the Offer expires"; "12:00 midnight … at the end of the Expiration Date"."""
    return compiled(
        rf"(?P<time>{_TIME.pattern})[^.;]{{0,40}}?\b(?:on|at\s+the\s+end\s+of)\s+"
        rf"(?:{_alternatives('expiration_day')})\b",
        re.IGNORECASE,
    )


@cache
def _end_of_the_day() -> re.Pattern[str]:
    """The end of the expiration's day with no time printed: "the end of the day on which
    the offer expires"."""
    return compiled(rf"\bthe\s+end\s+of\s+(?:{_alternatives('expiration_day')})\b", re.IGNORECASE)


@cache
def _until_date() -> re.Pattern[str]:
    return compiled(rf"\b(?:{_alternatives('until_date')})\s+$", re.IGNORECASE)


@cache
def _from_words() -> re.Pattern[str]:
    return compiled(rf"\b(?:{_alternatives('from_words')})\s*$", re.IGNORECASE)


def on_expiration_day(clause: str, day: dt.date) -> list[tuple[dt.datetime, str]]:
    """(moment, as printed) for each time the clause sets on the expiration's day by words:
    the time it names, or 12:00 midnight at the end of the day; not one from which holders
    may act ("after 5:00 p.m. on the expiration date")."""
    out = []
    taken: list[tuple[int, int]] = []
    start = dt.datetime.combine(day, dt.time())
    for found in _on_the_day().finditer(clause):
        time = _TIME.search(found.group("time"))
        taken.append(found.span())
        if time is None or starts_from(clause, found.start()):
            continue
        hour, minute = parse_time(time)
        out.append((start + dt.timedelta(hours=hour, minutes=minute), found.group(0)))
    for found in _end_of_the_day().finditer(clause):
        if any(a <= found.start() < b for a, b in taken) or starts_from(clause, found.start()):
            continue
        out.append((start + dt.timedelta(days=1), found.group(0)))
    return out


def dates_until(clause: str, stated: list[str]) -> list[tuple[dt.date, str]]:
    """(date, as printed) for each date with a year the clause gives holders to act until
    with no time of day ("through December 17, 2026"); not one a deadline it states with a
    time includes (`stated`, as printed)."""
    out = []
    for found in _DATE.finditer(clause):
        if any(found.group(0) in text for text in stated):
            continue
        if not _until_date().search(clause[: found.start()]):
            continue
        parsed = parse_date(found)
        if len(parsed) < len("2026-12-17"):
            continue  # no year: not a date this check can compare
        try:
            out.append((dt.date.fromisoformat(parsed), found.group(0)))
        except ValueError:
            continue
    return out


def starts_from(text: str, start: int) -> bool:
    """Whether the time or date at `start` is one from which holders may act ("after",
    "beginning on"), no deadline."""
    return _from_words().search(text[:start]) is not None


def holders_own(clause: str) -> bool:
    """Whether a deadline on a later day than the expiration can be the holders' own: the
    clause names nothing the company or others do after the expiration on purpose."""
    return words("after_on_purpose").search(clause) is None


@cache
def _dated_until() -> re.Pattern[str]:
    """A date straight after the words of `until_date`: the dates dates_until reads."""
    date = re.sub(r"\(\?P<\w+>", "(?:", _DATE.pattern)
    return compiled(rf"\b(?:{_alternatives('until_date')})\s+(?:{date})", re.IGNORECASE)


@kept_by_content
def worth_reading(text: str) -> bool:
    """Whether a paragraph or sentence can state a deadline this check reads: a time, a
    date after "until" or "through", or the end of the expiration's day named by words.
    Most of an offer's paragraphs state none (dates of filings, grants, prices): a year is
    looked for first, and the words only just before it (searched for in the whole text,
    they took longer than the rest of the check). Kept by the text: the check asks it of a
    paragraph, then of each of its sentences (most paragraphs are one), and an offer says
    the same sentence in many places (a 300-page offer: 1,237 asked, 429 texts)."""
    if _TIME.search(text):
        return True
    if "end of" in text.lower() and _end_of_the_day().search(text):
        return True
    until = _dated_until()
    return any(
        until.search(text, max(0, year.start() - _BEFORE_YEAR), year.end())
        for year in _YEAR.finditer(text)
    )
