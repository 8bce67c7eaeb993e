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


_CARDINAL = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]
_ORDINAL_OF = {
    **{word: _UNITS[i] for i, word in enumerate(_CARDINAL) if word},
    **{word: _UNITS[10 + i] for i, word in enumerate(_TEENS)},
    **{_TENS[t]: _TENS_ORDINAL[t] for t in _TENS},
    "hundred": "hundredth",
    **{name: f"{name}th" for _, name in _SCALES},
}


def cardinal_words(n: int) -> str:
    """1234 → 'one thousand two hundred thirty-four' (no "and", as US filings write it)."""
    if n < 10:
        return _CARDINAL[n] or "zero"
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens * 10] + (f"-{_CARDINAL[unit]}" if unit else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_CARDINAL[hundreds]} hundred"
        return f"{head} {cardinal_words(rest)}" if rest else head
    for scale, name in _SCALES:
        if n >= scale:
            high, rest = divmod(n, scale)
            head = f"{cardinal_words(high)} {name}"
            return f"{head} {cardinal_words(rest)}" if rest else head
    raise AssertionError("unreachable")


def ordinal_word(n: int) -> str:
    """1 → 'first', 23 → 'twenty-third', 1000 → 'one thousandth', 1001 → 'one thousand
    first': any paragraph a document can have."""
    if n < 1:
        raise ValueError("ordinals start at 1")
    words = cardinal_words(n).split(" ")
    *lead, last = words[-1].split("-")
    words[-1] = "-".join([*lead, _ORDINAL_OF[last]])
    return " ".join(words)


def position_word(index: int, count: int) -> str:
    """'first' … and 'last' for the final one of several."""
    if count > 1 and index == count:
        return "last"
    return ordinal_word(index)


def paragraph_ordinal(index: int, count: int, titled: bool = False) -> str | None:
    """The ordinal a paragraph is cited by ('first', 'second', 'last'); None for the only
    paragraph the page shows, which is "the paragraph". Under a cover's title block the
    page shows more than one (the title's lines, then the paragraph), so the one paragraph
    after the title is "the last"."""
    if count <= 1 and index <= 1:
        return "last" if titled else None
    return position_word(index, max(count, index))
