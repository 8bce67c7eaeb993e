"""A fact as core/facts.py reads it, and its value read from what a pattern matched:
compared by value, so "$20" and "$20.00", or "2-for-1" and "one for every two", are the
same fact whichever way the offer prints it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from amendtool.core.fact_patterns import _SINGULAR_UNITS
from amendtool.core.numerals import decimal_of, plain_number
from amendtool.core.pattern_store import compiled
from amendtool.core.ratios import old_and_new, sides_of
from amendtool.core.vesting_schedules import schedule_value

_IN = compiled(r"^in\s+")  # "vest in …": the preposition a schedule's pattern reads too


@dataclass(frozen=True)
class Fact:
    """A figure or date read in a paragraph, compared by value (so a reprinting of the same
    value is no change)."""

    kind: str  # money percent ratio schedule count date time number address
    value: str  # normalised: compared by value
    text: str  # as printed
    unit: str = ""  # count: shares, options, business days…


def schedule_fact(match: re.Match[str]) -> Fact | None:
    value = schedule_value(match)
    printed = _IN.sub("", match.group(0))  # "vest in …": the preposition is read too
    return Fact("schedule", value, printed) if value is not None else None


def money_fact(match: re.Match[str]) -> Fact:
    scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}.get(
        (match.group("scale") or "").lower(), 1
    )
    value = (decimal_of(match.group("amount")) * scale).normalize()
    return Fact("money", f"{value:f}", match.group(0))


def ratio_fact(match: re.Match[str]) -> Fact | None:
    """Valued as what one receives for each one given up, whichever way it is printed."""
    sides = sides_of(match)
    if sides is not None:  # "per", "surrender … to receive …"
        received, given = (side or "one" for side in sides)
        if received.lower() in ("a", "an") and given.lower() in ("a", "an", "one"):
            return None  # "a New Option per Eligible Option" states no number
        value = decimal_of(received) / decimal_of(given) if decimal_of(given) else Decimal(0)
        return Fact("ratio", f"{value.normalize():f}", match.group(0))
    if match.group("g"):
        given, received = old_and_new(
            "comma", match.group("g"), match.group("h") or match.group("h2"), ""
        )
        value = decimal_of(received) / decimal_of(given) if decimal_of(given) else Decimal(0)
        return Fact("ratio", f"{value.normalize():f}", f"{received} for every {given}")
    if match.group("a"):
        if not match.group("b") and match.group("a").lower() in ("a", "an"):
            return None  # "a New Option for each Eligible Option" states no number
        given, received = old_and_new(
            "each", match.group("a"), match.group("b") or "one", match.group(0)
        )
    elif match.group("i") or match.group("k"):  # "3 options for 1 New RSU", and back
        given, received = match.group("i") or match.group("l"), match.group("j") or match.group("k")
    else:  # "2-for-1", "two-for-one", "3.5 to 1", "2:1": given up first
        given = match.group("c") or match.group("e")
        received = match.group("d") or match.group("f")
    value = decimal_of(received) / decimal_of(given) if decimal_of(given) else Decimal(0)
    return Fact("ratio", f"{value.normalize():f}", match.group(0))


def count_fact(match: re.Match[str]) -> Fact | None:
    amount = match.group("amount")
    if amount.lower() in ("a", "an"):
        return None  # "a day", "an option": no number is stated
    unit = match.group("unit").lower()
    unit = _SINGULAR_UNITS.get(unit, unit)
    return Fact("count", plain_number(amount), match.group(0), unit)
