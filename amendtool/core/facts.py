"""The facts a sentence states: amounts, percentages, ratios, counts, dates, times, deadlines.

Compared by value, so "$20" and "$20.00", or "Sept. 27, 2001" and "September 27, 2001", are
the same fact: a change that only rewrites how a fact is printed changes no fact. References
("Section 7", "Rule 13e-4(f)(1)(ii)", "page 27", "Exhibit (a)(1)", "Act of 1934") are not
facts; they are masked first and compared on their own.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from amendtool.core import fact_hints
from amendtool.core.numerals import MIXED, NUM, SPOKEN, decimal_of, plain_number
from amendtool.core.ratios import FOR_EACH_NEW, old_and_new
from amendtool.core.spans import TakenSpans

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
_DATE = re.compile(
    rf"\b(?:{_WEEKDAY})?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
    r"|\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*"
    r"(?P<suffix>a\.\s?m\.|p\.\s?m\.|a\.?m\b|p\.?m\b|midnight\b|noon\b)"
    r"|\b(?P<word>midnight|noon)\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    rf"(?:U\.S\.\s?)?\$\s?(?P<amount>{MIXED}|\d[\d,]*(?:\.\d+)?)"
    r"(?:\s+(?P<scale>thousand|million|billion)\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    rf"(?<![\w.])(?P<amount>{MIXED}|\d+(?:\.\d+)?|{SPOKEN})\s?(?:%|percent\b|per\s+cent\b)",
    re.IGNORECASE,
)
_RATIO = re.compile(
    rf"\b(?P<a>{NUM})(?:\s+[\w-]+){{0,3}}?\s+(?:for|in exchange for)\s+(?:each|every)\s+"
    rf"(?P<b>{NUM})?\b(?:{FOR_EACH_NEW})?"
    rf"|\b(?P<c>{NUM})[- ](?:for|to)[- ](?P<d>{NUM})\b"
    rf"|\b(?P<e>\d+(?:\.\d+)?):(?P<f>\d+(?:\.\d+)?)\b"
    # "For every 2 Eligible Options you exchange, we will grant you 1 New Option": what is
    # given up first, what is received after the comma
    rf"|\bfor\s+(?:each|every)\s+(?P<g>{NUM})\s+(?:[\w-]+\s+){{0,5}}?[\w-]+,\s+"
    rf"(?:[\w'’-]+\s+){{0,5}}?(?P<h>{NUM})(?!\S)",
    re.IGNORECASE,
)
UNITS = (
    "shares|share|options|option|units|unit|rsus|rsu|awards|award|securities|notes|warrants|"
    "business days|business day|calendar days|days|day|months|month|years|year|weeks|week|"
    "hours|hour|employees|holders|installments|installment|instalments|instalment|tranches|tranche"
)
_SINGULAR_UNITS = {"share": "shares", "option": "options", "day": "days"}
_SINGULAR_UNITS |= {"business day": "business days", "month": "months", "year": "years"}
_COUNT = re.compile(
    rf"\b(?P<amount>{NUM})(?P<between>(?:\s+[A-Za-z-]+){{0,2}}?)\s+(?P<unit>{UNITS})\b",
    re.IGNORECASE,
)
NUMBER = re.compile(rf"(?<![\w.])(?:{MIXED}|\d[\d,]*(?:\.\d+)?)(?![\w])")
_REFERENCE = re.compile(
    r"\b(?:Rule|Rules|Regulation)\s+\d+[a-z]?-\d+[a-z]?(?:\([a-z0-9]+\))*"
    r"|\b(?:Section|Sections|Item|Items|Schedule|Annex|Appendix|Exhibit|Exhibits|page|pages|"
    r"Part|Article|Question|Form)\s+(?:\([a-z]\)(?:\(\d+\))*|\d+[A-Z]?(?:[-.]\w+)*(?:\([a-z0-9]+\))*|[A-Z]\b)"
    r"(?:\s*(?:,|and|or|through|to|-|–)\s*(?:\([a-z]\)(?:\(\d+\))*|\d+[A-Z]?(?:\([a-z0-9]+\))*))*"
    r"|\bAct\s+of\s+\d{4}\b|\(\w\)\(\d+\)(?:\([a-z]+\))*",
    re.IGNORECASE,
)
REFERENCE_MARK = "\u00a7"  # what a masked reference reads as: no word, no number
FACT_MARK = "\u00a4"  # likewise a masked fact


@dataclass(frozen=True)
class Fact:
    kind: str  # money percent ratio count date time number
    value: str  # normalised: compared by value
    text: str  # as printed
    unit: str = ""  # count: shares, options, business days…


def references(text: str) -> list[str]:
    return [m.group(0) for m in _REFERENCE.finditer(text)]


def mask_references(text: str) -> str:
    return _REFERENCE.sub(REFERENCE_MARK, text)


def parse_date(match: re.Match[str]) -> str:
    if match.group("month"):
        month = _MONTHS[match.group("month").lower().rstrip(".")]
        day, year = int(match.group("day")), match.group("year")
    else:
        month, day, year = int(match.group("m")), int(match.group("d")), match.group("y")
        if year and len(year) == 2:
            year = str(2000 + int(year) if int(year) < 70 else 1900 + int(year))
    return f"{year}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


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


def extract(text: str) -> list[Fact]:
    """Every fact in `text`, in order of kind; each span is used by one fact only."""
    return [fact for _span, fact in _scan(mask_references(text))]


def mask_facts(text: str) -> str:
    """`text` (references already masked) with every fact replaced by one mark, so that
    the words around facts can be compared without the facts."""
    out, last = [], 0
    for (start, end), _fact in sorted(_scan(text), key=lambda pair: pair[0]):
        out += [text[last:start], FACT_MARK]
        last = end
    return "".join(out) + text[last:]


def mask_moments(text: str) -> str:
    """`text` with each date and time (a weekday with its date) replaced by one mark: what an
    item changes besides the moments it moves is read, and shown, without them."""
    out, last = [], 0
    for (start, end), fact in sorted(_scan(text), key=lambda pair: pair[0]):
        if fact.kind in ("date", "time"):
            out += [text[last:start], FACT_MARK]
            last = end
    return "".join(out) + text[last:]


@lru_cache(maxsize=4096)
def _scan(text: str) -> tuple[tuple[tuple[int, int], Fact], ...]:
    """Every fact with its span; kept for texts already read (a proposal reads each text
    for its facts, then again to mask them)."""
    found: list[tuple[tuple[int, int], Fact]] = []
    taken = TakenSpans()

    def free(match: re.Match[str]) -> bool:
        return not taken.overlaps(*match.span())

    def take(pattern: re.Pattern[str], make, may_hold=None) -> None:  # type: ignore[no-untyped-def]
        if may_hold is not None and not may_hold(text):
            return  # the text lacks what every match holds (core/fact_hints.py)
        # a match that runs into a fact already read ("$39.99 1 for every 3" in a table row)
        # is looked for again just after its start, so the fact beside it is still found
        position = 0
        while (match := pattern.search(text, position)) is not None:
            if not free(match):
                position = match.start() + 1
                continue
            fact = make(match)
            if fact is not None:
                found.append((match.span(), fact))
                taken.add(*match.span())
            position = max(match.end(), match.start() + 1)

    take(_TIME, lambda m: Fact("time", "{:02d}:{:02d}".format(*parse_time(m)), m.group(0)))
    take(_DATE, lambda m: Fact("date", parse_date(m), m.group(0)), fact_hints.may_hold_date)
    take(_MONEY, _money)
    percent = fact_hints.may_hold_percent
    take(_PERCENT, lambda m: Fact("percent", plain_number(m.group("amount")), m.group(0)), percent)
    take(_RATIO, _ratio, fact_hints.may_hold_ratio)
    take(_COUNT, _count)
    take(NUMBER, lambda m: Fact("number", plain_number(m.group(0)), m.group(0)))
    return tuple(_as_defined(found))


_HYPHENATED = re.compile(rf"(?P<c>{NUM})[- ]for[- ](?P<d>{NUM})", re.IGNORECASE)


def _as_defined(
    found: list[tuple[tuple[int, int], Fact]],
) -> list[tuple[tuple[int, int], Fact]]:
    """A ratio printed "1-for-2" is read the way the same text states those two numbers in
    words ("one New Option for every two Eligible Options … the 1-for-2 exchange ratio")."""
    ratios = [f for _, f in found if f.kind == "ratio"]
    stated = {f.value for f in ratios if not _HYPHENATED.fullmatch(f.text)}
    out = []
    for span, fact in found:
        match = _HYPHENATED.fullmatch(fact.text) if fact.kind == "ratio" else None
        if match and decimal_of(match["c"]) and decimal_of(match["d"]):
            read = f"{(decimal_of(match['c']) / decimal_of(match['d'])).normalize():f}"
            if read in stated and fact.value not in stated:
                fact = dataclasses.replace(fact, value=read)
        out.append((span, fact))
    return out


def _money(match: re.Match[str]) -> Fact:
    scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}.get(
        (match.group("scale") or "").lower(), 1
    )
    value = (decimal_of(match.group("amount")) * scale).normalize()
    return Fact("money", f"{value:f}", match.group(0))


def _ratio(match: re.Match[str]) -> Fact | None:
    """Valued as what one receives for each one given up, whichever way it is printed."""
    if match.group("g"):
        given, received = old_and_new("comma", match.group("g"), match.group("h"), "")
        value = decimal_of(received) / decimal_of(given) if decimal_of(given) else Decimal(0)
        return Fact("ratio", f"{value.normalize():f}", f"{received} for every {given}")
    if match.group("a"):
        if not match.group("b") and match.group("a").lower() in ("a", "an"):
            return None  # "a New Option for each Eligible Option" states no number
        given, received = old_and_new(
            "each", match.group("a"), match.group("b") or "one", match.group(0)
        )
    else:  # "2-for-1", "two-for-one", "3.5 to 1", "2:1": given up first
        given = match.group("c") or match.group("e")
        received = match.group("d") or match.group("f")
    value = decimal_of(received) / decimal_of(given) if decimal_of(given) else Decimal(0)
    return Fact("ratio", f"{value.normalize():f}", match.group(0))


def _count(match: re.Match[str]) -> Fact | None:
    amount = match.group("amount")
    if amount.lower() in ("a", "an"):
        return None  # "a day", "an option": no number is stated
    unit = match.group("unit").lower()
    unit = _SINGULAR_UNITS.get(unit, unit)
    return Fact("count", plain_number(amount), match.group(0), unit)


def changed_facts(old: str, new: str) -> tuple[list[Fact], list[Fact]]:
    """The facts only the old text states and those only the new one states. A bare number
    the other text prints as often ("Secton 10" → "Section 10", read there as a reference)
    is not changed: only the word beside it is."""
    before, after = extract(old), extract(new)
    key = lambda f: (f.kind, f.value, f.unit)  # noqa: E731
    extra_old = Counter(map(key, before)) - Counter(map(key, after))
    extra_new = Counter(map(key, after)) - Counter(map(key, before))
    printed = [Counter(map(plain_number, NUMBER.findall(text))) for text in (old, new)]
    kept = lambda f, own, other: f.kind != "number" or other[f.value] < own[f.value]  # noqa: E731
    removed = [f for f in _pick(before, extra_old, key) if kept(f, *printed)]
    return removed, [f for f in _pick(after, extra_new, key) if kept(f, *printed[::-1])]


def _pick(facts: list[Fact], wanted: Counter, key) -> list[Fact]:  # type: ignore[no-untyped-def,type-arg]
    out = []
    for fact in facts:
        if wanted[key(fact)] > 0:
            wanted[key(fact)] -= 1
            out.append(fact)
    return out


def clear_caches() -> None:
    """For benchmarks that measure a first, cold draft."""
    from amendtool.core import stated_deadlines  # reads its dates and times with this module's

    _scan.cache_clear()
    stated_deadlines.clear_caches()
