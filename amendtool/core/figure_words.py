"""A text's words with each figure as one word: a deadline (its date, time and zone
together), a date, a time of day, an amount of money (in figures or in words, with its
scale).

Comparing words, a figure split in parts reads as changes it is not: an extension from
"11:59 p.m. on June 26" to "5:00 p.m. on July 10" turns the hour back, yet the moment is two
weeks later. Each figure is one word, and the word is its value
("2026-06-26T23:59@America/New_York"), so the same moment in other words is the same word
(with no space in it: runs of words are compared as text).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from decimal import Decimal, InvalidOperation

from amendtool.core.fact_patterns import _DATE, _MONEY, _TIME, parse_date, parse_time
from amendtool.core.money_words import MONEY_WORDS, may_hold_money_words, money_in_words
from amendtool.core.numerals import decimal_of
from amendtool.core.stated_deadlines import _DEADLINE, _ZONE_TEXT, _ZONES, _zone_key
from amendtool.core.typography import fold_typography

Span = tuple[int, int, str]
Reader = Callable[[str], Iterator[Span]]

_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


def figure_words(text: str) -> list[str]:
    """The text's words, lower case, each figure one word of its value."""
    text = fold_typography(text)
    spans = _figures(text)
    if not spans:
        return text.lower().split()
    words: list[str] = []
    at = 0
    for start, end, value in spans:
        words += text[at:start].lower().split()
        words.append(value)
        at = end
    return words + text[at:].lower().split()


def _figures(text: str) -> list[Span]:
    """Each figure's place and value, the widest first where figures overlap (a deadline
    holds a date and a time)."""
    taken: list[Span] = []
    for reader in (_deadlines, _money, _dates, _times):
        for span in reader(text):
            if all(span[1] <= start or span[0] >= end for start, end, _ in taken):
                taken.append(span)
    return sorted(taken)


def _read(pattern: re.Pattern[str], value: Callable[[re.Match[str]], str | None]) -> Reader:
    def reader(text: str) -> Iterator[Span]:
        for match in pattern.finditer(text):
            said = value(match)
            if said is not None:
                yield match.start(), match.end(), said

    return reader


def _moment(match: re.Match[str]) -> str | None:
    """'2026-06-26 23:59 America/New_York'; a midnight ending a day of a known year is the
    next day's 00:00, as the clock has it; the zone is "" where the text names none."""
    time = _TIME.search(match.group("time") or match.group("time2") or "")
    date = _DATE.search(match.group("date") or match.group("date2") or "")
    if time is None or date is None:
        return None
    named = _ZONE_TEXT.search(match.group("between") or match.group("between2") or "")
    zone = _ZONES.get(_zone_key(named.group(0)), named.group(0).lower()) if named else ""
    hour, minute = parse_time(time)
    offset = match.group("offset")
    if offset:
        unit = 1 if match.group("offset_unit").lower().startswith("minute") else 60
        minute += int(decimal_of(offset) * unit)
    day = parse_date(date)
    try:
        moment = dt.datetime.fromisoformat(day) + dt.timedelta(hours=hour, minutes=minute)
    except ValueError:  # no year: the day and time as stated
        return f"{day}T{hour:02d}:{minute:02d}@{zone}"
    return f"{moment:%Y-%m-%dT%H:%M}@{zone}"


def _date(match: re.Match[str]) -> str:
    return parse_date(match)


def _time(match: re.Match[str]) -> str:
    hour, minute = parse_time(match)
    return f"{hour:02d}:{minute:02d}"


def _amount(match: re.Match[str]) -> str:
    amount = match.group("amount").replace(",", "")
    try:
        value = Decimal(amount)
    except InvalidOperation:
        value = decimal_of(amount)
    value *= _SCALES.get((match.group("scale") or "").lower(), 1)
    return f"${Decimal(value).normalize():f}"


def _money(text: str) -> Iterator[Span]:
    yield from _read(_MONEY, _amount)(text)
    if may_hold_money_words(text):
        for match in MONEY_WORDS.finditer(text):
            yield match.start(), match.end(), f"${Decimal(money_in_words(match)[0]).normalize():f}"


_deadlines = _read(_DEADLINE, _moment)
_dates = _read(_DATE, _date)
_times = _read(_TIME, _time)
