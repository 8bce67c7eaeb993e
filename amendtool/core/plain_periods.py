"""Periods of time in the offer ("two weeks", "ten business days", "three months"), for the
plain notice: a period is a count of days, weeks, months or years, never of securities, so it
is named as a period and said with its unit; one period said in other units ("14 days",
"two weeks") is no change; and which way it moved is said only where its units compare
(business days do not compare with calendar days, weeks or months)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from amendtool.core.pattern_store import compiled

# the value plain_fact_reading gives a count: "10 day", "10 business day", "2 week" (its
# number as Decimal prints it, "3E+1" for 30)
_VALUE = compiled(r"(?P<n>[\d.E+-]+) (?P<unit>(?:(?:business|trading) )?[a-z]+)")
_UNITS = frozenset({"day", "week", "month", "year", "hour"})
_QUALIFIED = frozenset({"business", "trading"})  # days of their own kind, not calendar days
# a unit said in a smaller one that it is a whole number of (calendar units only)
_IN_SMALLER = {"week": ("day", 7), "year": ("month", 12)}


def period_unit(printed: str) -> str:
    """'business day' of "ten business days", 'week' of "two weeks", '' of "100 shares": the
    unit a counted figure is measured in, when it is a period of time."""
    words = printed.lower().split()
    if not words:
        return ""
    unit = words[-1].removesuffix("s")
    if unit not in _UNITS:
        return ""
    if unit == "day" and len(words) > 1 and words[-2] in _QUALIFIED:
        return f"{words[-2]} day"
    return unit


def is_period(kind: str, printed: str) -> bool:
    """Whether a fact is a period of time: a count whose unit is days, weeks, months, years
    or hours (then it is never named as a number of securities)."""
    return kind == "count" and bool(period_unit(printed))


def in_base_unit(value: str) -> str:
    """A period as the smallest calendar unit it is a whole number of ("2 week" is "14 day",
    "3 year" is "36 month"): one period said in other units is no change."""
    found = _VALUE.fullmatch(value)
    if found is None or found["unit"] not in _IN_SMALLER or _number(found["n"]) is None:
        return value
    smaller, factor = _IN_SMALLER[found["unit"]]
    return f"{(_number(found['n']) or 0) * factor:f} {smaller}"


def period_direction(old: str, new: str) -> int | None:
    """+1 or -1 for two period values ("2 week", "30 day") whose units compare, 0 for those
    that do not (business days and calendar days, days and months); None when either is no
    period (then the caller compares the figures)."""
    a, b = _VALUE.fullmatch(in_base_unit(old)), _VALUE.fullmatch(in_base_unit(new))
    if a is None or b is None:
        return None
    if a["unit"].split()[-1] not in _UNITS or b["unit"].split()[-1] not in _UNITS:
        return None
    if a["unit"] != b["unit"]:
        return 0
    before, after = _number(a["n"]), _number(b["n"])
    if before is None or after is None:
        return 0
    return (after > before) - (after < before)


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text).normalize()
    except InvalidOperation:
        return None
