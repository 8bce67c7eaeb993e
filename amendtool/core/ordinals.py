"""Ordinals as counsel write them: "first", "twenty-third", "last"."""

from __future__ import annotations

_UNITS = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS_ORDINAL = {
    20: "twentieth",
    30: "thirtieth",
    40: "fortieth",
    50: "fiftieth",
    60: "sixtieth",
    70: "seventieth",
    80: "eightieth",
    90: "ninetieth",
}
_TENS = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}


def ordinal_word(n: int) -> str:
    if n < 1:
        raise ValueError("ordinals start at 1")
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS_ORDINAL[n] if unit == 0 else f"{_TENS[tens * 10]}-{_UNITS[unit]}"
    hundreds, rest = divmod(n, 100)
    head = f"{_CARDINAL[hundreds]} hundred"
    return f"{head}th" if rest == 0 else f"{head} {ordinal_word(rest)}"


_CARDINAL = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def position_word(index: int, count: int) -> str:
    """'first' … and 'last' for the final one of several."""
    if count > 1 and index == count:
        return "last"
    return ordinal_word(index)
