"""Figures the plain notice does not state as terms of the offer, from the firm's list
(resources/plain/figures.toml): numbers that are part of a name (a street number, a suite,
a phone number, a year in a plan's name), which are no facts at all; and figures of the
past or of the market (a last sale price, a quarter's high and low, revenue), which are
disclosure: said as updated, never as "The common stock is now $7.95"."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from amendtool.resources import resource_path

_PHONE = r"(?:\b1[-.\s])?(?:\(\d{3}\)\s*|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b"
# a postal code after a place ("San Jose, California 95134", "Austin, TX 78701-1234")
_POSTAL = r",\s+(?:[A-Z][a-z]+\s+){1,2}\d{5}(?:-\d{4})?\b|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"


@cache
def _figures() -> dict[str, Any]:
    path = resource_path("plain", "figures.toml")
    return tomllib.loads(path.read_text(encoding="utf-8"))


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
    words = re.compile(rf"\b(?:{_either(history.get('words', []))})\b", re.IGNORECASE)
    return words, frozenset(h.casefold() for h in history.get("headings", []))


def of_the_past(sentence: str, table: str = "") -> bool:
    """Whether a figure of this sentence (in a table, this row of `table`) is history or a
    market figure rather than a term of the offer."""
    words, headings = _history()
    if words.search(sentence):
        return True
    if "\t" not in sentence or not table:
        return False
    heading = table.split("\n", 1)[0].split("\t")
    return any(cell.strip().casefold() in headings for cell in heading)


def says_no_measure(heading: str) -> bool:
    """Whether a table's column heading names no measure of its own ("Rate", "Value"): the
    figures under it are left for counsel to explain."""
    listed = _figures().get("unmeasured_columns", {}).get("headings", [])
    words = " ".join(heading.split()).casefold()
    return not words or words in {h.casefold() for h in listed}
