"""What the text must hold for a fact's pattern (core/facts.py, and the plain notice's in
core/plain_facts.py) to match anywhere in it: a percentage needs "%" or "cent", a ratio
"for each" or "for every", a colon between digits or "for"/"to" between numbers, a date a
digit and a month or a slash. The patterns try every number word at every word of a
paragraph; most paragraphs of a long offer hold none of these, and are not searched."""

from __future__ import annotations

import re

from amendtool.core.numerals import NUM
from amendtool.core.pattern_store import compiled

_DIGIT = compiled(r"\d")
# every month's name and abbreviation starts with one of these
_MONTH_OR_SLASH = compiled(r"/|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)
_PERCENT = compiled(r"%|cent", re.IGNORECASE)
# "2 for each", "for every 2": "for" and each or every (legal prose says "each" in most
# paragraphs, "for each" in few); "2:1", digits either side of the colon (not any colon, as
# a table's introduction has); "surrender 2 … to receive 1 …" (or "to be granted 1": "to be"
# alone is in a paragraph of most sections, each then searched in vain); "1-for-2" or
# "one to two": the pattern's own numbers after "for" or "to" (found from the space, not at
# every word), however many spaces a justified EDGAR line puts between them
_RATIO = compiled(
    rf"\bfor\s+(?:each|every)|\d:\d|\bto\s+(?:receive|get|obtain|be\s+(?:granted|issued|given))\b"
    rf"|[-\s](?:for|to)(?:-|\s+){NUM}\b",
    re.IGNORECASE,
)
# "1 New Option per 2 Eligible Options", "1 New RSU for surrendering 3 Eligible Options": the
# ratios said with "per" or "for" a surrender ("for surrendering", "for tender") name the new
# securities ("new", "replacement"); most paragraphs saying "per share" or "by tendering" name
# none (ratios.py: per_each, named_both_ways)
_PER_OR_GIVING = compiled(
    r"\bper\b|\b(?:for|by)\s+(?:surrender|tender|exchang|giv|cancel)", re.IGNORECASE
)
_NEW = compiled(r"new|replacement", re.IGNORECASE)


# text in ASCII (most of an offer) is looked at for these in lower case, the same answer as
# the patterns' without their cost: a pattern ignoring case tries each word at each place
_MONTH_STARTS = ("/", *"jan feb mar apr may jun jul aug sep oct nov dec".split())


def may_hold_date(text: str) -> bool:
    if _DIGIT.search(text) is None:
        return False
    if text.isascii():
        lowered = text.lower()
        return any(start in lowered for start in _MONTH_STARTS)
    return _MONTH_OR_SLASH.search(text) is not None


# a time of day: "noon", "midnight", or a digit, its minutes, and "a.m." or "p.m." however
# printed ("5:00 p.m.", "12 pm", "9 a. m."): the time's pattern tries each digit of a
# paragraph, in most paragraphs (amounts, dates, section numbers) for nothing
_TIME = compiled(r"noon|midnight|\d(?::\d\d)?\s*[ap]\.?\s?m")
_TIME_CASED = compiled(_TIME.pattern, re.IGNORECASE)


def may_hold_time(text: str) -> bool:
    if text.isascii():
        return _TIME.search(text.lower()) is not None
    return _TIME_CASED.search(text) is not None


def may_hold_percent(text: str) -> bool:
    if text.isascii():
        return "%" in text or "cent" in text.lower()
    return _PERCENT.search(text) is not None


# The same looks for text in ASCII, made in small letters and minding case, each of their
# branches led by a character the engine finds before it tries the rest ("f", "t", ":",
# "n", "r", "p", "b"), not tried at every place: the edge of a word before a letter is
# told just after it ("(?<!\w.)": no letter before it), "[- ]" or a digit before it alike.
# Asked of every paragraph (the offer's reading, the plain notice's), in most for nothing.
_RATIO_SMALL = compiled(
    rf"f(?:(?<!\w.)or\s+(?:each|every)|(?<=[-\s].)or(?:-|\s+){NUM}\b)"
    rf"|t(?:(?<!\w.)o\s+(?:receive|get|obtain|be\s+(?:granted|issued|given))\b"
    rf"|(?<=[-\s].)o(?:-|\s+){NUM}\b)"
    r"|:(?<=\d:)\d"
)
_GIVING = r"\s+(?:surrender|tender|exchang|giv|cancel)"
_PER_OR_GIVING_SMALL = compiled(rf"p(?<!\w.)er\b|f(?<!\w.)or{_GIVING}|b(?<!\w.)y{_GIVING}")
_NEW_SMALL = compiled(r"new|replacement")


def may_hold_ratio(text: str) -> bool:
    """Whether `_RATIO` finds something, or `_NEW` and `_PER_OR_GIVING` do: in text in ASCII,
    their twins above in small letters."""
    if text.isascii():
        small = text.lower()
        if _RATIO_SMALL.search(small) is not None:
            return True
        return _NEW_SMALL.search(small) is not None and (
            _PER_OR_GIVING_SMALL.search(small) is not None
        )
    if _RATIO.search(text) is not None:
        return True
    return _NEW.search(text) is not None and _PER_OR_GIVING.search(text) is not None


# every unit a count is counted in holds one of these: core/fact_patterns.py's UNITS
# ("shares", "business days", "installments") and the plain notice's ("RSUs", "holders").
# Half the paragraphs of an offer name none, and the count's pattern tries each number word
# at each word of them.
COUNT_UNITS = (
    *("share", "option", "unit", "rsu", "award", "securities", "note", "warrant", "employee"),
    *("day", "month", "year", "week", "hour", "holder", "instal", "tranche"),
)
_COUNT_UNIT = compiled("|".join(COUNT_UNITS), re.IGNORECASE)


def may_hold_count(text: str) -> bool:
    """Whether a count's unit may be in `text`: in ASCII looked for in lower case, else as
    the patterns ignoring case would find it."""
    if text.isascii():
        lowered = text.lower()
        return any(unit in lowered for unit in COUNT_UNITS)
    return _COUNT_UNIT.search(text) is not None


def may_hold_money(text: str) -> bool:
    """An amount of money is printed with its dollar sign."""
    return "$" in text


_HINTS = {
    "date": may_hold_date,
    "percent": may_hold_percent,
    "ratio": may_hold_ratio,
    "count": may_hold_count,
}


def may_hold(kind: str, text: str) -> bool:
    """Whether a fact of `kind` ("date", "percent", "ratio", "count"; any other: yes) may be
    in `text`."""
    hint = _HINTS.get(kind)
    return hint is None or hint(text)
