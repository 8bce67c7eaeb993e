"""The patterns by which facts.py finds facts in a sentence: dates and times, money,
percentages, exchange ratios, counts with their units, bare numbers, and the references
("Section 7", "Rule 13e-4(f)(1)(ii)") that are no facts. Kept apart from the reading so the
patterns can be read, and tuned, in one place."""

from __future__ import annotations

import re

from amendtool.core.led_search import led_by
from amendtool.core.numerals import _VULGAR_MARKS, MIXED, NUM, SPOKEN
from amendtool.core.pattern_store import compiled
from amendtool.core.ratios import (
    BEFORE_FOR_EACH,
    FOR_EACH_NEW,
    given_first,
    named_both_ways,
    per_each,
    surrendered_to_receive,
)
from amendtool.core.small_letter_search import searched_small

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"  # noqa: E501
# a weekday printed with a date is part of it ("Friday, November 20, 2026"): it changes with
# the date, so it is never a changed word of its own
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
_DATE = compiled(
    rf"\b(?:{_WEEKDAY})?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
    r"|\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b",
    re.IGNORECASE,
)
# a month and year without a day ("granted before May 2001"): the month's name in capitals
# or as printed in a heading, never a verb ("the committee may 2001 …" is no date)
_MONTH_YEAR = compiled(rf"\b(?P<month>{_MONTH}|{_MONTH.upper()})\s+(?P<year>\d{{4}})\b")
_TIME = compiled(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*"
    r"(?P<suffix>a\.\s?m\.|p\.\s?m\.|a\.?m\b|p\.?m\b|midnight\b|noon\b)"
    r"|\b(?P<word>midnight|noon)\b",
    re.IGNORECASE,
)
_MONEY = compiled(
    rf"(?:U\.S\.\s?)?\$\s?(?P<amount>{MIXED}|\d[\d,]*(?:\.\d+)?)"
    r"(?:\s+(?P<scale>thousand|million|billion)\b)?",
    re.IGNORECASE,
)
_PERCENT = compiled(
    rf"(?<![\w.])(?P<amount>{MIXED}|\d+(?:\.\d+)?|{SPOKEN})\s?(?:%|percent\b|per\s+cent\b)",
    re.IGNORECASE,
)
_RATIO = compiled(
    rf"\b(?P<a>{NUM}){BEFORE_FOR_EACH}\s+(?:for|in exchange for)\s+(?:each|every)\s+"
    rf"(?P<b>{NUM})?\b(?:{FOR_EACH_NEW})?"
    rf"|\b(?P<c>{NUM})[- ](?:for|to)[- ](?P<d>{NUM})\b"
    rf"|\b(?P<e>\d+(?:\.\d+)?):(?P<f>\d+(?:\.\d+)?)\b"
    # "For every 2 Eligible Options you exchange, we will grant you 1 New Option": what is
    # given up first, what is received after the comma
    rf"|{given_first(NUM)}"
    rf"|{per_each(NUM)}"
    rf"|{surrendered_to_receive(NUM)}"
    rf"|{named_both_ways(NUM)}",
    re.IGNORECASE,
)
UNITS = (
    "shares|share|options|option|units|unit|rsus|rsu|awards|award|securities|notes|warrants|"
    "business days|business day|calendar days|days|day|months|month|years|year|weeks|week|"
    "hours|hour|employees|holders|installments|installment|instalments|instalment|tranches|tranche"
)
_SINGULAR_UNITS = {"share": "shares", "option": "options", "day": "days"}
_SINGULAR_UNITS |= {"business day": "business days", "month": "months", "year": "years"}
_COUNT = compiled(
    rf"\b(?P<amount>{NUM})(?P<between>(?:\s+[A-Za-z-]+){{0,2}}?)\s+(?P<unit>{UNITS})\b",
    re.IGNORECASE,
)
# every number word tried at every word of a paragraph: searched in small letters
searched_small(_RATIO, _COUNT)
NUMBER = compiled(rf"(?<![\w.])(?:{MIXED}|\d[\d,]*(?:\.\d+)?)(?![\w])")
# every bare number begins with a digit or a fraction mark: searched from those alone
FIGURE_START = compiled(rf"[\d{_VULGAR_MARKS}]")
led_by(NUMBER, FIGURE_START)
_REFERENCE = compiled(
    r"\b(?:Rule|Rules|Regulation)\s+\d+[a-z]?-\d+[a-z]?(?:\([a-z0-9]+\))*"
    r"|\b(?:Section|Sections|Item|Items|Schedule|Annex|Appendix|Exhibit|Exhibits|page|pages|"
    r"Part|Article|Question|Form)\s+(?:\([a-z]\)(?:\(\d+\))*|\d+[A-Z]?(?:[-.]\w+)*(?:\([a-z0-9]+\))*"
    r"|(?-i:[IVXL]{2,7})\b|[A-Z]\b)"  # "Section III" (a numeral in capitals), "Annex A"
    r"(?:\s*(?:,|and|or|through|to|-|–)\s*(?:\([a-z]\)(?:\(\d+\))*|\d+[A-Z]?(?:\([a-z0-9]+\))*"
    r"|(?-i:[IVXL]{1,7})\b))*"
    r"|\bAct\s+of\s+\d{4}\b|\(\w\)\(\d+\)(?:\([a-z]+\))*",
    re.IGNORECASE,
)
# what every reference holds, in small letters: one of the words above and a space after
# it, or ")(" (fact_references.py looks for it first: most paragraphs cite nothing)
REFERENCE_HINT = compiled(
    r"(?:rules?|regulation|sections?|items?|schedule|annex|appendix|exhibits?|pages?|part"
    r"|article|question|form|act)\s|\)\("
)


def parse_date(match: re.Match[str]) -> str:
    if match.group("month"):
        month = _MONTHS[match.group("month").lower().rstrip(".")]
        day, year = int(match.group("day")), match.group("year")
    else:
        month, day, year = int(match.group("m")), int(match.group("d")), match.group("y")
        if year and len(year) == 2:
            year = str(2000 + int(year) if int(year) < 70 else 1900 + int(year))
    return f"{year}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


def parse_month_year(match: re.Match[str]) -> str:
    """'2001-05' for "May 2001": a month, compared as a date is."""
    month = _MONTHS[match.group("month").lower().rstrip(".")]
    return f"{match.group('year')}-{month:02d}"


def parse_time(match: re.Match[str]) -> tuple[int, int]:
    """Hour and minute; "12:00 midnight" is 24:00, the end of the day it is stated for."""
    word = (match.group("word") or "").lower()
    suffix = (match.group("suffix") or word).lower().replace(" ", "").replace(".", "")
    hour = int(match.group("hour") or 12)
    minute = int(match.group("minute") or 0)
    if suffix == "midnight":
        return (24, 0) if hour == 12 else (hour, minute)
    if suffix == "noon":
        return 12, minute
    if suffix == "pm" and hour < 12:
        hour += 12
    if suffix == "am" and hour == 12:
        hour = 0
    return hour, minute
