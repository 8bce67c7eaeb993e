"""Amounts in the plain notice: what each one measures, and the figures that are no term of the
offer.

What an amount measures, named by the measure noun its sentence prints before it: "the
purchase price for each $1,000 principal amount of Notes validly tendered will be $1,025.00"
names "purchase price for each $1,000 principal amount of Notes", never "notes validly
tendered" (the thing bought is not what an amount measures). An amount whose sentence names
no measure is left to counsel: the notice never guesses a name that is not English.

Figures the plain notice does not state as terms of the offer, from the firm's list
(resources/plain/figures.toml): numbers that are part of a name (a street number, a suite,
a phone number, a year in a plan's name), which are no facts at all; and figures of the
past or of the market (a last sale price, a quarter's high and low, revenue), which are
disclosure: said as updated, never as "The common stock is now $7.95"."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from amendtool.core.pattern_store import compiled
from amendtool.core.plain_units import MEASURES, PRINCIPAL, SECURITY, with_unit
from amendtool.core.resource_toml import read_toml
from amendtool.resources import resource_path

# what one amount is paid for: "per Preferred Share", "for each $1,000 principal amount of
# Notes", "per $1,000 principal amount of Notes"
PER_UNIT = rf"(?:per|for each|for every)\s+(?:{PRINCIPAL}|(?:[\w-]+\s+){{0,2}}?(?:{SECURITY}))\b"
_MEASURE = compiled(
    rf"(?P<np>(?:[A-Za-z][\w-]*\s+){{0,3}}?(?P<head>{'|'.join(sorted(MEASURES))})"
    rf"(?:\s+{PER_UNIT})?)(?![\w-])",
    re.I,
)
_FUNCTION = frozenset(
    """a an the of for to in on at by with and or our your its their this that each every
    any all such will be is are was were may must shall would""".split()
)
# between the measure and its amount, only a link: "… of Notes validly tendered will be"
_LINK = compiled(
    r"^(?:\s+(?:[\w-]+\s+){0,3}?)?\s*(?:will be|shall be|is|are|was|of|equal to|equals|"
    r"will equal|at|to be)(?:\s+(?:approximately|about))?\s*$",
    re.I,
)


def measure_named(sentence: str, start: int) -> str | None:
    """The measure the clause before the amount at `start` names as its subject or object
    ("the purchase price for each $1,000 principal amount of Notes", "early tender
    premium"), as printed (a defined term keeps its capitals); None when none is linked to
    the amount by a verb of being or "of"."""
    clause = re.split(r"[;:(]|,\s(?!\d)", sentence[:start])[-1]
    found = None
    for match in _MEASURE.finditer(clause):
        if _LINK.match(clause[match.end() :]):
            found = match
    if found is None:
        return None
    words = found.group("np").split()
    head_at = next(i for i, w in enumerate(words) if w.lower() == found["head"].lower())
    mods = words[:head_at]
    cut = max((i + 1 for i, w in enumerate(mods) if w.lower() in _FUNCTION), default=0)
    measure = [*mods[cut:], words[head_at]]
    if not re.search(r"[a-z]", " ".join(measure)):  # a heading in capitals ("PURCHASE PRICE")
        measure = [w.lower() for w in measure]
    words = measure + words[head_at + 1 :]
    first = measure[0]
    plain = first[:1].isupper() and first[1:] == first[1:].lower() and "-" not in first
    if len(measure) > 1 and plain and measure[1].islower():
        words[0] = words[0].lower()  # "Purchase price will be": a sentence's first capital
    return " ".join(words)


def names_a_measure(label: str) -> bool:
    """Whether an amount's name says what it measures: a measure noun before any clause or
    unit ("amount we will pay you", "purchase price per Share"), not the thing bought
    ("notes validly tendered")."""
    words = re.split(r"\s(?:per|for|of|which|that|we|you|to|by|each)\s", f" {label} ")[0].split()
    return any(w.lower().strip(",") in MEASURES for w in words)


def money_name(label: str, specific: bool, sentence: str, start: int, end: int) -> tuple[str, bool]:
    """An amount's name for "The … is now": the measure its clause prints ("purchase price
    for each $1,000 principal amount of Notes"), else the name read before it, with what it
    is paid for; a name that says no measure is left to counsel ("amount", unnamed)."""
    measured = measure_named(sentence, start)
    bound = next((b for b in ("minimum ", "maximum ") if label.startswith(b)), "")
    core = label.removeprefix(bound)
    if measured is not None and not names_a_measure(label):
        label, specific = measured, True
    elif measured and core.lower().startswith(measured.lower()) and core != measured:
        # "price per Share validly tendered": the clause is not its name; "exercise price of
        # the Repriced Options" says whose it is (plain_owners.py) and is kept
        owned = core[len(measured) :].startswith(" of ")
        label = label if owned else bound + measured
    label, specific = with_unit(label, specific, sentence, start, end)
    if not names_a_measure(label):
        return "amount", False
    return label, specific


_PHONE = r"(?:\b1[-.\s])?(?:\(\d{3}\)\s*|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b"
# a postal code after a place ("San Jose, California 95134", "Austin, TX 78701-1234")
_POSTAL = r",\s+(?:[A-Z][a-z]+\s+){1,2}\d{5}(?:-\d{4})?\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"


@cache
def _figures() -> dict[str, Any]:
    path = resource_path("plain", "figures.toml")
    return read_toml(path)


def _either(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def name_parts() -> re.Pattern[str]:
    """Numbers that are part of what they name: addresses, phone numbers, years in names."""
    parts = _figures().get("part_of_a_name", {})
    capital = r"(?:[A-Z][\w.'’-]*\s+)"
    street = rf"\b\d{{1,6}}\s+{capital}{{0,3}}(?:{_either(parts.get('streets', []))})(?![\w])"
    unit = rf"\b(?:{_either(parts.get('units', []))})\s+#?\d+[A-Za-z]?\b"
    year = rf"\b(?:19|20)\d\d\s+{capital}{{0,3}}(?:{_either(parts.get('named_by_year', []))})\b"
    return re.compile("|".join((street, unit, year, _PHONE, _POSTAL)))


@cache
def measure_units() -> str:
    """The units a bare number keeps ("basis points"), as a pattern to follow it: a figure
    said without its unit ("is now 75") does not say what it is."""
    listed = _figures().get("units_of_measure", {}).get("words", [])
    return rf"(?:\s+(?i:{_either(listed)}))?" if listed else ""


@cache
def _history() -> tuple[re.Pattern[str], frozenset[str]]:
    history = _figures().get("history", {})
    said = rf"\b(?:{_either(history.get('words', []))})\b"
    prices, verbs = history.get("market_prices", []), history.get("past_verbs", [])
    if prices and verbs:  # "the closing price of our common stock was": a past price
        said += rf"|\b(?:{_either(prices)})\b(?:\s+[\w'’.,-]+){{0,8}}?\s+(?:{_either(verbs)})\b"
    words = re.compile(said, re.IGNORECASE)
    return words, frozenset(h.casefold() for h in history.get("headings", []))


def of_the_past(sentence: str, table: str = "") -> bool:
    """Whether a figure of this sentence (in a table, this row of `table`) is history or a
    market figure rather than a term of the offer."""
    words, headings = _history()
    if words.search(sentence):
        return True
    if "\t" not in sentence or not table:
        return False
    return any(
        cell.strip().casefold() in headings
        for row in _heading_rows(table)
        for cell in row.split("\t")
    )


_FIGURE = compiled(r"\$|\d[.,]\d|\d%")


def _heading_rows(table: str) -> list[str]:
    """The rows that head a table: the first, and the rows after it up to the first that
    holds a figure ("Sales Price" over "High" and "Low", then "Fiscal 2022")."""
    rows = table.split("\n")
    out = rows[:1]
    for row in rows[1:]:
        if _FIGURE.search(row):
            break
        out.append(row)
    return out


def says_no_measure(heading: str) -> bool:
    """Whether a table's column heading names no measure of its own ("Rate", "Value"): the
    figures under it are left for counsel to explain."""
    listed = _figures().get("unmeasured_columns", {}).get("headings", [])
    words = " ".join(heading.split()).casefold()
    return not words or words in {h.casefold() for h in listed}
