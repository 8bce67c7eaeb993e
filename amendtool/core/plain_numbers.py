"""Numbers and exchange ratios as the plain notice reads them: "two" and "2" are the same
number, "one New Option for every two Eligible Options" and "2-for-1" are one new for two
given up, said "one for two" however the offer prints them (ratios.py says which side is
which).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from amendtool.core.numerals import MIXED, SPOKEN, mixed_value, number_start, spoken_value

__all__ = ["DIGITS", "MIXED", "NUM", "RATIO", "decimal_of", "spelled"]
from amendtool.core.pattern_store import compiled
from amendtool.core.ratios import (
    BEFORE_FOR_EACH,
    FOR_EACH_NEW,
    SECURITY,
    given_first,
    named_both_ways,
    old_and_new,
    per_each,
    surrendered_to_receive,
)

SMALL = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
WORD_VALUES = {w: i + 1 for i, w in enumerate(SMALL)} | {
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
# "2 1/2", "3,356,925", "17.50"; never a trailing comma
DIGITS = rf"(?:{MIXED}|\d(?:[\d,]*\d)?(?:\.\d+)?)"
# "two and one-half", "one hundred ten" first, so a number in words is never its first word
NUM = (
    number_start(WORD_VALUES)
    + rf"(?:{DIGITS}|{SPOKEN}|"
    + "|".join(sorted(WORD_VALUES, key=len, reverse=True))
    + ")"
)
_SPOKEN_START = compiled(SPOKEN, re.I)
RATIO = compiled(
    rf"\b(?P<a>{NUM}){BEFORE_FOR_EACH}\s+(?:in exchange\s+)?for\s+(?:each|every)"
    rf"(?:\s+(?P<b>{NUM})\b)?"
    rf"(?:{FOR_EACH_NEW})?"
    rf"|\b(?P<c>{NUM})[- ]for[- ](?P<d>{NUM})\b"  # "2-for-1", "two-for-one"
    r"|\b(?P<e>\d+(?:\.\d+)?)[- ]to[- ](?P<f>1)\b"  # "3.5 to 1" in an exchange table
    # "For every 2 Eligible Options you exchange, we will grant you 1 New Option"
    rf"|{given_first(NUM)}"
    # "1 New Option per 2 Eligible Options", "surrender 2 Eligible Options to receive 1 …"
    rf"|{per_each(NUM)}"
    rf"|{surrendered_to_receive(NUM)}"
    # "3 options for 1 New RSU", "1 New RSU for 3 Eligible Options"
    rf"|{named_both_ways(NUM)}",
    re.I,
)


# the first number printed, mixed ("2 1/2") or not; the first figure in digits
_FIRST_NUMBER = compiled(rf"{MIXED}|\d[\d,]*(?:\.\d+)?")
_FIRST_FIGURE = compiled(r"\d[\d,]*(?:\.\d+)?")


def decimal_of(text: str) -> Decimal | None:
    if text.isdigit() and text.isascii():  # digits alone, as a table prints most figures
        return Decimal(text).normalize()
    spoken = _SPOKEN_START.match(text.strip())
    if spoken is not None and spoken.group(0).lower() not in WORD_VALUES:
        return spoken_value(spoken.group(0))
    word = WORD_VALUES.get(text.lower().split()[0]) if text.split() else None
    if word is not None:
        return Decimal(word)
    number = _FIRST_NUMBER.search(text)
    if number is not None and (mixed := mixed_value(number.group(0))) is not None:
        return mixed  # the first number printed is a mixed one ("2 1/2 years")
    number = _FIRST_FIGURE.search(text)
    if number is None:
        return None
    try:
        value = Decimal(number.group(0).replace(",", ""))
    except InvalidOperation:
        return None
    scale = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
    for word_scale, factor in scale.items():
        if word_scale in text.lower():
            value *= factor
    return value.normalize()


def ratio_sides(text: str) -> tuple[str, str] | None:
    """(received, given up), the numbers as printed; None when no ratio is printed."""
    match = RATIO.search(text)
    if match is None:
        return None
    received, given = _side_groups(match)
    return match.group(received) or "one", match.group(given) or "one"


def _side_groups(match: re.Match[str]) -> tuple[str, str]:
    """The groups of a ratio's match that print (received, given up)."""
    for received, given in (("pa", "pb"), ("pd", "pc"), ("t", "s")):
        if match.group(received if received != "pd" else given):
            return received, given
    if match.group("g"):
        return ("h" if match.group("h") else "h2"), "g"
    if match.group("a"):
        # "two options for each new option": "each" is one (no group prints it)
        given, _ = old_and_new("each", "a", "b", match.group(0))
        return ("b" if given == "a" else "a"), given
    if match.group("i"):
        return "j", "i"
    if match.group("k"):
        return "k", "l"
    if match.group("c"):
        return "d", "c"
    return "e", "f"  # "3.5 to 1": which is which?


_COUNTED = compiled(rf"\s+(?:[\w-]+\s+){{0,2}}?(?P<unit>{SECURITY})\b", re.I)


def ratio_counted(text: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """What each side of the ratio printed in `text` counts, (received, given up), each as
    (unit, words): the unit singular and in small letters, the words as printed after the
    number. (('share', 'share'), ('share', 'shares')) for "For every two shares subject to
    an Eligible Option …, a New Option to purchase one share"; ('option', 'New Option') for
    "one New Option for every …"; ('', '') for a side that names no security."""
    match = RATIO.search(text)
    if match is None:
        return ("", ""), ("", "")
    out = []
    for group in _side_groups(match):
        found = _COUNTED.match(text, match.end(group)) if match.group(group) else None
        if found is None:
            out.append(("", ""))
            continue
        unit = found.group("unit").lower()
        out.append((_UNIT_SINGULAR.get(unit, unit.removesuffix("s")), found.group(0).strip()))
    return out[0], out[1]


_UNIT_SINGULAR = {"securities": "security", "rsus": "rsu", "restricted stock units": "rsu"}
_UNIT_SINGULAR |= {"restricted stock unit": "rsu"}


def ratio_terms(text: str) -> tuple[Decimal, Decimal]:
    sides = ratio_sides(text)
    if sides is None:
        return Decimal(0), Decimal(0)
    return decimal_of(sides[0]) or Decimal(0), decimal_of(sides[1]) or Decimal(0)


def ratio_per_one(text: str) -> Decimal | None:
    """What one tendered security brings under a ratio "one … for every two …"; None for a
    ratio printed "3.5 to 1"."""
    match = RATIO.search(text)
    if match is None or match.group("e"):
        return None
    a, b = ratio_terms(text)
    return a / b if b else None


def ratio_words(text: str) -> str:
    """'one New Option for every two Eligible Options', '2-for-1' → 'one for two': what one
    receives for what one gives up."""
    match = RATIO.search(text)
    sides = ratio_sides(text)
    if match is None or sides is None or match.group("e"):
        return text  # "3.5 to 1" as printed
    return f"{spelled(sides[0])} for {spelled(sides[1])}"


def spelled(number: str) -> str:
    """'2' → 'two', 'One' → 'one': a ratio reads the same however the offer prints it; a
    figure printed with decimals ('2.0', '1.5') is said as printed, as the offer states it."""
    value = decimal_of(number)
    whole = value is not None and value == value.to_integral_value() and "." not in number
    if value is not None and whole and 0 < value <= len(SMALL):
        return SMALL[int(value) - 1]
    return number.lower() if number.isalpha() else number


_BARE = compiled(rf"\s*(?P<c>{NUM})[- ]for[- ](?P<d>{NUM})\s*", re.I)


def reads_either_way(printed: str, text: str) -> bool:
    """Whether a ratio printed "1 for 2" is left unread by `text`: offers print "X for Y"
    old-for-new and new-for-old alike, so only the offer's own words stating those numbers
    ("which means you will receive one New Option for every two shares") say which side is
    received. Unread, no one may say that holders receive more or fewer."""
    bare = _BARE.fullmatch(printed)
    if bare is None:
        return False
    c, d = decimal_of(bare["c"]), decimal_of(bare["d"])
    if not c or not d or c == d:
        return False
    for match in RATIO.finditer(text):
        if _BARE.fullmatch(match.group(0)):
            continue
        a, b = ratio_terms(match.group(0))
        if b and a / b in (c / d, d / c):
            return False
    return True
