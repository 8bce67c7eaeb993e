"""A vesting schedule read as one fact: how many installments, how far apart, from when.

"three equal annual installments", "equal installments on each of the first three
anniversaries of the grant date" and "over three years, one-third on each anniversary of the
grant date" state one schedule. Read word by word, the rewording takes out "three … annual
installments" and so looked like a change in the new securities' terms; read as a schedule,
the same schedule in other words is the same fact, and a changed schedule ("four" for
"three", "quarterly" for "annual") is a changed fact, named as such.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from amendtool.core.numerals import NUM, decimal_of
from amendtool.core.pattern_store import compiled

_EVERY = {"annual": 12, "yearly": 12, "semi-annual": 6, "semiannual": 6, "quarterly": 3}
_EVERY |= {"monthly": 1}
_EVERY_WORDS = r"annual|yearly|semi-annual|semiannual|quarterly|monthly"
_PARTS = r"(?:installments|instalments|tranches|increments|portions|amounts)"
_EQUAL = r"(?:(?:substantially\s+)?equal\s+)"
_GRANT = (
    r"(?:(?:the\s+)?(?:applicable\s+)?(?:grant\s+date|date\s+of\s+grant)"
    r"(?:\s+of\s+the\s+new\s+[\w-]+)?)"
)
# "… of the grant date": the day the anniversaries are counted from, part of the schedule
_OF_GRANT = rf"(?:\s+(?:of|following|after)\s+{_GRANT})?"
_FIRST_ANNIVERSARY = (
    r"(?:,?\s+(?:beginning|commencing|starting)\s+(?:on\s+)?(?:the\s+)?first\s+anniversary"
    rf"{_OF_GRANT})"
)
_OVER_YEARS = rf"(?:\s+over\s+(?:a\s+(?:period\s+of\s+)?)?(?P<over>{NUM})\s+years?)"
# the share that vests each time: "one-third", "25%", "1/4"
_FRACTION = (
    r"(?P<share>(?:one[- ])?half|one[- ](?:third|quarter|fourth|fifth)|\d+(?:\.\d+)?\s?%"
    r"|\d+(?:\.\d+)?\s+percent|1/\d)"
)
_SHARES = {"third": 3, "quarter": 4, "fourth": 4, "half": 2, "fifth": 5}
# "one-third of the shares", "25% of the New Options": the share of the award, part of the
# schedule when printed with it
_OF_AWARD = r"(?:\s+of\s+(?:the\s+|each\s+|your\s+)?(?:shares|new\s+[\w-]+|award))?"
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_WORDS = "|".join(_ORDINALS[1:])
# the share that vests each time, as printed ("one-third of the shares"); the award it is a
# share of ("Half of the New RSUs") is named apart
SHARE = compiled(_FRACTION + r"(?:\s+of\s+(?:the\s+)?shares)?", re.IGNORECASE)


@cache
def schedule_patterns() -> tuple[re.Pattern[str], ...]:
    """The schedules' patterns, compiled on first use: they cost more to compile than the
    rest of the module, and most offers' sentences never get past may_hold_schedule."""
    return (
        # "three equal annual installments[, beginning on the first anniversary of the grant
        # date]"
        compiled(
            rf"(?:\bin\s+)?\b(?P<n>{NUM})\s+{_EQUAL}?(?P<every>{_EVERY_WORDS})\s+{_PARTS}"
            rf"(?P<first>{_FIRST_ANNIVERSARY})?{_OVER_YEARS}?",
            re.IGNORECASE,
        ),
        # "[in (three) equal installments | 25% (of the shares)] on (each of) the first three
        # anniversaries of the grant date"
        compiled(
            rf"(?:(?:\bin\s+)?(?:\b(?P<parts>{NUM})\s+)?\b{_EQUAL}?(?:annual\s+)?{_PARTS}\s+"
            rf"|{_FRACTION}{_OF_AWARD}\s+)?\bon\s+(?:each\s+of\s+)?the\s+first\s+(?P<n>{NUM})\s+"
            rf"(?:annual\s+)?anniversaries{_OF_GRANT}",
            re.IGNORECASE,
        ),
        # "[in two equal installments | half] on (each of) the first and second anniversaries"
        compiled(
            rf"(?:(?:\bin\s+)?(?:\b(?P<parts>{NUM})\s+)?\b{_EQUAL}?(?:annual\s+)?{_PARTS}\s+"
            rf"|{_FRACTION}{_OF_AWARD}\s+)?\bon\s+(?:each\s+of\s+)?the\s+(?P<listed>first"
            rf"(?:(?:,\s*|,?\s+and\s+)(?:{_ORDINAL_WORDS}))+)\s+(?:annual\s+)?anniversaries"
            rf"{_OF_GRANT}",
            re.IGNORECASE,
        ),
        # "in three equal installments on each anniversary of the grant date"
        compiled(
            rf"(?:\bin\s+)?\b(?P<n>{NUM})\s+{_EQUAL}?{_PARTS}\s+on\s+each\s+(?:annual\s+)?"
            rf"anniversary{_OF_GRANT}",
            re.IGNORECASE,
        ),
        # "over three years, [with] one-third on each anniversary of the grant date"
        compiled(
            rf"\bover\s+(?:a\s+(?:period\s+of\s+)?)?(?P<n>{NUM})\s+years,?\s+(?:with\s+)?"
            rf"{_FRACTION}\s+(?:vesting\s+)?on\s+each\s+anniversary{_OF_GRANT}",
            re.IGNORECASE,
        ),
        # "in equal quarterly installments over three years"
        compiled(
            rf"(?:\bin\s+)?\b{_EQUAL}?(?P<every>{_EVERY_WORDS})\s+{_PARTS}{_OVER_YEARS}",
            re.IGNORECASE,
        ),
    )


_HINT_WORDS = ("install", "instalment", "tranche", "increment", "anniversar", "portions", "amounts")
_HINT = compiled("|".join(_HINT_WORDS), re.I)


def may_hold_schedule(text: str) -> bool:
    """Most sentences name no installment nor anniversary: those are not searched. Text in
    ASCII (most of an offer) is looked at in lower case, as the pattern ignoring case reads
    it there: the pattern tried at each character cost more than reading the few sentences
    that hold such a word."""
    if text.isascii():
        lowered = text.lower()
        return any(word in lowered for word in _HINT_WORDS)
    return _HINT.search(text) is not None


def schedule_value(match: re.Match[str]) -> str | None:
    """The schedule a match states, valued as "3x12m from 12m": three installments twelve
    months apart, the first twelve months after the grant; None when it states no whole
    number of installments."""
    groups = match.groupdict()
    every = _EVERY.get((groups.get("every") or "annual").lower(), 12)
    if groups.get("listed"):  # "the first, second and third anniversaries": one by one
        listed = re.findall(r"[a-z]+", groups["listed"].lower().replace(" and ", " "))
        if tuple(listed) != _ORDINALS[: len(listed)]:
            return None  # "the first and third anniversaries" skips one: no equal schedule
        groups["n"] = str(len(listed))
    # "equal quarterly installments over three years": as many as the years hold
    count = decimal_of(groups["n"]) if groups.get("n") else decimal_of(groups["over"]) * 12 / every
    if count != count.to_integral_value() or count < 1:
        return None
    if groups.get("parts") and decimal_of(groups["parts"]) != count:
        return None  # "two installments on the first three anniversaries" says two things
    if groups.get("share") and abs(_share(groups["share"]) * count - 1) > Decimal("0.001"):
        return None  # "25% on each of the first three anniversaries" is no equal schedule
    first = 12 if groups.get("first") else every
    return f"{int(count)}x{every}m from {first}m"


def _share(printed: str) -> Decimal:
    """The part of the award a printed share is: "one-third" 1/3, "25%" 1/4, "1/5"."""
    words = printed.lower().replace("-", " ").split()
    if words[-1] in _SHARES:
        return Decimal(1) / _SHARES[words[-1]]
    if "/" in printed:
        return Decimal(1) / Decimal(printed.split("/")[1])
    return decimal_of(re.sub(r"\s?(%|percent)$", "", printed.strip())) / 100


def months_to_last(value: str) -> int | None:
    """Months from the grant to a schedule's last installment ("3x12m from 12m": 36): the
    length "vest over 36 months" or "over three years" restates."""
    match = re.fullmatch(r"(\d+)x(\d+)m from (\d+)m", value)
    if match is None:
        return None
    count, every, first = (int(g) for g in match.groups())
    return first + (count - 1) * every


# "over 36 months", "for a period of three years": a length, read against a schedule's
LENGTH = compiled(
    rf"\b(?:over|for|during)\s+(?:a\s+period\s+of\s+)?(?P<n>{NUM})\s+(?P<unit>months?|years?)\b",
    re.IGNORECASE,
)


def length_in_months(match: re.Match[str]) -> int | None:
    """The months a LENGTH match states."""
    number = decimal_of(match["n"])
    if number is None:
        return None
    return int(number * (12 if match["unit"].lower().startswith("year") else 1))


def installments_of(value: str) -> int:
    """How many installments a schedule's value ("3x12m from 12m") states."""
    return int(value.split("x", 1)[0])


def share_of_each(printed: str, installments: int) -> bool:
    """Whether a share printed apart from its schedule ("One-third of the shares … will vest
    on each of the first three anniversaries") is what each of its installments vests."""
    match = re.fullmatch(_FRACTION, printed.strip(), re.IGNORECASE)
    return match is not None and abs(_share(printed) * installments - 1) <= Decimal("0.001")
