"""Finding the facts in a text, for the plain notice: amounts, prices, percentages, ratios,
share counts, periods, dates, times and document names, each with its span and a value that
compares "$20" with "$20.00" as the same amount.

References ("Section 7", "Rule 13e-4", "page 27", "Exhibit (a)(1)") are not facts; they are
masked before anything is read.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from amendtool.core import fact_hints
from amendtool.core.fact_patterns import FIGURE_START
from amendtool.core.led_search import led_by
from amendtool.core.paragraph_reading import PARAGRAPH_BREAK, by_paragraph
from amendtool.core.pattern_store import compiled
from amendtool.core.plain_amounts import measure_units, name_parts
from amendtool.core.plain_numbers import (
    DIGITS,
    MIXED,
    NUM,
    RATIO,
    decimal_of,
    ratio_terms,
    spelled,
)
from amendtool.core.plain_periods import period_unit
from amendtool.core.small_letter_search import in_small_letters, search, searched_small
from amendtool.core.spans import TakenSpans
from amendtool.core.text_cache import kept_by_content

_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# a weekday printed with its date is part of it: it changes with the date, not as a word
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
_UNITS = (
    r"business days?|calendar days?|trading days?|days?|months?|years?|weeks?|hours?|"
    r"shares?|options?|units?|rsus?|awards?|notes?|warrants?|employees?|holders?"
)  # in small letters, as the pattern is searched in ASCII text (small_letter_search.py)
# words before a name that are no part of it ("The Election Form", "Each Transmittal Letter")
_ARTICLE = r"(?:The|A|An|This|That|These|Those|Each|Every|Any|Such|Your|Our|Its|Their|No)"
# a word of a document's name after "Letter of" or "Notice of" (a hyphened one too); another
# document's name it is joined to ("… and Notice of Guaranteed Delivery") is no part of it
_WORD = r"(?!(?:Letter|Notice|Form|Offer)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)*"
_AFTER = r"(?:(?:one|two|three|\d{1,2})\s+(?:minutes?|hours?)\s+(?:after|past)\s+)?"
_OFFSET = compiled(r"(one|two|three|\d{1,2})\s+(minute|hour)s?\s+(?:after|past)\s+")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "time",
        compiled(
            # "one minute after 11:59 p.m.": that moment, said as printed
            rf"\b{_AFTER}\d{{1,2}}(?::\d{{2}})?\s*(?:a\.m\.|p\.m\.|midnight|noon)"
            r"|\bmidnight\b|\bnoon\b",
            re.I,
        ),
    ),
    (
        "date",
        compiled(
            rf"\b(?:{_WEEKDAY})?{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
            r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
            re.I,
        ),
    ),
    (
        "money",
        compiled(rf"\$\s?{DIGITS}(?:\s+(?:thousand|million|billion))?(?:\s+per share)?"),
    ),
    ("percent", compiled(rf"(?<![\w.])(?:{MIXED}|\d+(?:\.\d+)?)\s?(?:%|percent\b)", re.I)),
    ("ratio", RATIO),
    ("count", compiled(rf"\b{NUM}(?:\s+[A-Za-z-]+){{0,2}}?\s+(?:{_UNITS})\b", re.I)),
    (
        "document",
        compiled(
            # a name is kept whole across its "and", "or", "of" ("Election and Release Form");
            # it ends with what the document is ("Election and Transmittal Letter", "Withdrawal
            # Notice"), and opens after an article ("the Election Form" is the Election Form)
            # what the document is may come first, its words after "of" kept whole across
            # words put in ("Letter of Election and Transmittal", "Notice of Guaranteed
            # Book-Entry Delivery", "Notice of Withdrawal and Revocation")
            rf"\b(?!{_ARTICLE}\s)[A-Z][a-z]+(?:\s+(?:(?:and|or|of|&)\s+)?[A-Z][a-z]+){{0,5}}\s+"
            r"(?:Form|Agreement|Letter of Transmittal|Letter|Notice|Certificate)\b"
            rf"|\b(?:Letter|Notice)\s+of\s+{_WORD}(?:\s+(?:(?:and|or|&)\s+)?{_WORD}){{0,4}}"
            r"|\bOffer to (?:Exchange|Purchase)\b"
        ),
    ),
    # a number with the unit it is measured in ("75 basis points"): the unit is said with it
    ("number", compiled(rf"(?<![\w.$]){DIGITS}{measure_units()}(?![\w%])")),
]
# every number word tried at every word of a paragraph: searched in small letters
searched_small(*(pattern for kind, pattern in _PATTERNS if kind in ("ratio", "count")))
# a number with its unit begins with a digit or a fraction mark: searched from those alone
led_by(dict(_PATTERNS)["number"], FIGURE_START)
_REFERENCE = compiled(
    # a list of sections is one reference: "Sections 6 and 7", "Sections 5, 6 and 9"
    r"\b(?:Sections|Items|Questions|pages)\s+\d+[A-Za-z]?(?:\([a-z0-9]+\))*"
    r"(?:\s*(?:,|,?\s*and|,?\s*or|through|to|-|–)\s*\d+[A-Za-z]?(?:\([a-z0-9]+\))*)+"
    r"|\b(?:Rules?|Regulation|Sections?|Items?|Schedule|Annex|Appendix|Exhibits?|pages?|Part|"
    r"Article|Question|Form)\s+(?:\([a-z]\)(?:\(\d+\))*|\d+[A-Za-z]?(?:[-.]\w+)*(?:\([a-z0-9]+\))*)"
    r"|\bAct of \d{4}\b|\(\w\)\(\d+\)|\b(?:19|20)\d\d Stock\b|\bQ\d+\b",
)


# a fraction of a thing counted ("one-fourth of the shares", "1/3 of the RSUs") says what
# part of it, not how many: said as a number of shares it would mislead
_PORTION = compiled(
    r"^\S*?(?:[- ](?:halfs?|halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)"
    r"|\d/\d+)\s+of\b",
    re.I,
)


def _portion(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is (part of) a fraction of what it counts: "one-fourth of the
    shares", the "3 of the shares" of "1/3 of the shares"."""
    in_fraction = text[start - 1 : start] == "/" or _OVER_DIGIT.match(text[end : end + 2])
    return bool(in_fraction or _PORTION.match(text[start:end]))


@dataclass(frozen=True)
class Fact:
    """A figure or date read in a sentence, with where it stands, so the plain summary can
    say what changed in it."""

    kind: str  # time date money percent ratio count document number
    value: str  # compared by value: "$20" and "$20.00" are the same amount
    text: str  # as printed
    start: int
    end: int
    unit: str = ""
    shown: str = ""  # a ratio as its text defines it ("one for two"), when read from there


# asked of every fact read (each row of a long table): compiled once
_OVER_DIGIT = compiled(r"/\d")
_MONTH_DAY_YEAR = compiled(rf"({_MONTH})\s+(\d+)(?:,\s*(\d{{4}}))?", re.I)
_PLURAL_END = compiled(r"s$")
_HOUR_MINUTE = compiled(r"(\d{1,2})(?::(\d{2}))?")


def _value(kind: str, text: str) -> str:
    folded = " ".join(text.split()).lower()
    if kind == "date":
        match = _MONTH_DAY_YEAR.search(text)
        if match:
            month = _MONTHS.index(match.group(1).lower()) + 1
            return f"{match.group(3) or ''}-{month:02d}-{int(match.group(2)):02d}"
        return folded
    if kind == "time":
        return _clock(folded)
    if kind == "document":
        return folded.replace(" ", "")
    if kind == "ratio":
        a, b = ratio_terms(text)
        return f"{(a / b).normalize():f}" if b else folded
    if kind == "count":  # a period keeps its kind of day: "10 business day" is not "10 day"
        unit = period_unit(folded) or _PLURAL_END.sub("", folded.split()[-1])
        return f"{decimal_of(folded)} {unit}"  # "2 1/2 years", "two and one-half years"
    number = decimal_of(folded)
    return f"{number:f}" if number is not None else folded


def _clock(folded: str) -> str:
    """'11:59 p.m.' → '23:59'; midnight is the end of its day ('24:00'), as is "one minute
    after 11:59 p.m."."""
    offset = _OFFSET.match(folded)
    if offset is not None:
        hour, minute = map(int, _clock(folded[offset.end() :]).split(":"))
        count = {"one": 1, "two": 2, "three": 3}.get(offset.group(1)) or int(offset.group(1))
        total = hour * 60 + minute + count * (60 if offset.group(2) == "hour" else 1)
        return f"{total // 60:02d}:{total % 60:02d}" if total <= 24 * 60 else folded
    if "midnight" in folded:
        return "24:00"
    match = _HOUR_MINUTE.match(folded)
    if match is None:
        return "12:00"  # noon
    hour, minute = int(match.group(1)) % 12, int(match.group(2) or 0)
    if "p.m." in folded:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def facts_in(text: str) -> list[Fact]:
    """Every fact in the text, each span read once, in the order they appear."""
    return list(_facts_in(text))


# what every name of a document read above holds: a paragraph without it names none
_NAMES_A_DOCUMENT = compiled(r"Form|Agreement|Letter|Notice|Certificate|Offer to")


def document_names(text: str) -> list[str]:
    """The names of documents the text gives ("Election Form"), as `facts_in` reads them,
    from its paragraphs that may hold one: a restated section with a list of 20,000 grants
    was read whole, every row's figures, for the one form it names."""
    return [
        fact.text
        for paragraph in text.split(PARAGRAPH_BREAK)
        if _NAMES_A_DOCUMENT.search(paragraph)
        for fact in _facts_in(paragraph)
        if fact.kind == "document"
    ]


@kept_by_content
def _facts_in(text: str) -> tuple[Fact, ...]:
    """Read paragraph by paragraph (core/paragraph_reading.py); a ratio printed "1-for-2" is
    read by what the whole text states."""
    if PARAGRAPH_BREAK not in text:
        return tuple(as_defined(_paragraph_facts(text)))
    found = [
        Fact(f.kind, f.value, f.text, f.start + at, f.end + at, f.unit, f.shown)
        for at, f in by_paragraph(text, _facts_of_paragraph)
    ]
    return tuple(as_defined(found))


def _paragraph_facts(text: str) -> list[Fact]:
    """The facts of one paragraph, in the order printed."""
    # every reference prints a digit or "(" ("Exhibit (a)"), every part of a name a digit
    # (a street number, a year, a telephone number): a paragraph without is not searched
    digits = _DIGIT.search(text) is not None
    masked = _REFERENCE.sub(_marked, text) if digits or "(" in text else text
    masked = name_parts().sub(_marked, masked) if digits else masked
    taken = TakenSpans()
    facts: list[Fact] = []
    small = in_small_letters(masked)
    for kind, pattern in _PATTERNS:
        if not fact_hints.may_hold(kind, masked):
            continue  # it lacks what every such fact holds
        position = 0
        while (match := search(pattern, masked, small, position)) is not None:
            start, end = match.span()
            position = max(end, start + 1)
            if taken.overlaps(start, end):
                position = taken.past(start, end)  # "$39.99 1 for every 3": the ratio after
                continue
            printed = text[start:end]
            if kind in ("count", "number") and _portion(masked, start, end):
                continue  # "one-fourth of the shares" is a portion, not a number of shares
            unit = printed.split()[-1].lower() if kind == "count" else ""
            facts.append(Fact(kind, _value(kind, printed), printed, start, end, unit))
            taken.add(start, end)
    return sorted(facts, key=lambda f: f.start)


_DIGIT = compiled(r"\d")


def _marked(match: re.Match[str]) -> str:
    return "§" * len(match.group(0))


@kept_by_content
def _facts_of_paragraph(text: str) -> tuple[Fact, ...]:
    """A paragraph of a long text, kept: the same rows are read in each text that holds them."""
    return tuple(_paragraph_facts(text))


_HYPHENATED = compiled(rf"(?P<c>{NUM})[- ]for[- ](?P<d>{NUM})", re.I)


def as_defined(facts: list[Fact]) -> list[Fact]:
    """A ratio printed "1-for-2" is read the way the same text states those two numbers in
    words ("one New Option for every two Eligible Options … We refer to this as the 1-for-2
    exchange ratio"): one new for two old there, whatever the usual reading of "A-for-B"."""
    stated = {f.value for f in facts if f.kind == "ratio" and not _HYPHENATED.fullmatch(f.text)}
    out = []
    for fact in facts:
        match = _HYPHENATED.fullmatch(fact.text) if fact.kind == "ratio" else None
        first, second = (decimal_of(match["c"]), decimal_of(match["d"])) if match else (None, None)
        if match and first and second:
            read = f"{(first / second).normalize():f}"
            if read in stated and fact.value not in stated:
                said = f"{spelled(match['c'])} for {spelled(match['d'])}"
                fact = dataclasses.replace(fact, value=read, shown=said)
        out.append(fact)
    return out
