"""Numbers as the checks read them: "two" and "2", "3,356,925" and "17.50", each compared by
value; numbers spelled out with hundreds or a fraction ("one hundred ten", "two and
one-half", "three-quarters") are read as the numbers they are, never as their first word."""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from amendtool.core.pattern_store import compiled

_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
_TENS |= {"ninety": 90}
NUMBER_WORDS = {word: n for n, word in enumerate(_WORDS)} | _TENS | {"a": 1, "an": 1}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_FRACTIONS |= {"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5}


def _either(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # the longest first


_UNIT = _either(w for w in NUMBER_WORDS if w not in ("a", "an", "zero"))
_TEN = _either(["twenty", *_TENS])
_BELOW_100 = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})"
_PARTS = _either(_FRACTIONS)
_HUNDREDS = rf"(?:{_UNIT}|a)\s+hundred(?:\s+(?:and\s+)?{_BELOW_100}(?![- ]?(?:{_PARTS})\b))?"
_WHOLE = rf"(?:{_HUNDREDS}|{_BELOW_100})"
_FRACTION = rf"(?:one|a|two|three|four)[- ](?:{_PARTS})"
# A number in words starts with the first letter of a number word, one in digits with a
# digit or a fraction mark. The patterns look at that one character first, so they do not try
# every number word at every word of a paragraph (a long offer's paragraphs hold hundreds of
# words and few numbers); they match what they matched without it.
WORD_START = "".join(sorted({w[0] for w in NUMBER_WORDS}))
# "two and one-half", "one hundred ten", "twenty-five", "three-quarters": a number in words
SPOKEN = rf"(?=[{WORD_START}])(?:{_WHOLE}(?:\s+and\s+{_FRACTION})?(?![\w-])|{_FRACTION}\b)"
_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅛": (1, 8)}
_VULGAR |= {"⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8), "⅕": (1, 5), "⅖": (2, 5), "⅗": (3, 5)}
_VULGAR_MARKS = "".join(_VULGAR)
# a whole number in digits and a fraction, "15 and one half", "15 and a quarter", "2 and
# 1/2": one number, never its fraction alone (nor "10 and a third party")
_AND_FRACTION = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\s+and\s+"
    rf"(?:(?i:{_FRACTION})(?![\w-])(?!\s+(?i:part(?:y|ies))\b)|\d{{1,2}}/\d{{1,2}}(?![\d/]))"
)
# a mixed number in digits, "2 1/2", "2-1/2", "2½" (or "½"): never a date's "1/2/2027"
MIXED = (
    rf"(?:{_AND_FRACTION}|\d+(?:[ \u00a0]|-)\d{{1,2}}/\d{{1,2}}(?![\d/])"
    rf"|\d*[{_VULGAR_MARKS}])"
)


def number_start(words: Iterable[str] = ()) -> str:
    """What a number (in digits, or in words, these `words` too) can start with, looked at
    first."""
    letters = "".join(sorted(set(WORD_START) | {w[0] for w in words}))
    return rf"(?=[\d{_VULGAR_MARKS}{letters}])"


def number_begins(words: Iterable[str] = ()) -> str:
    """What a number must begin with, as a whole: a digit, a fraction mark, a number word
    (these `words` too) ending a word, or "a" in "a hundred" or "a half". Cheaper to look
    for than the number itself, so a text with none is passed over (a ratio, a range)."""
    # in the order given, not a set's: a set's order changes with each process's hash seed,
    # and a pattern spelled anew each run is compiled anew and rewrites the pattern store
    whole = _either(w for w in dict.fromkeys([*NUMBER_WORDS, *words]) if w not in ("a", "an"))
    return rf"(?:[\d{_VULGAR_MARKS}]|(?:{whole})\b|a(?:\s+hundred|[- ](?:{_PARTS})))"


NUM = number_start() + rf"(?:{MIXED}|\d[\d,]*(?:\.\d+)?|{SPOKEN}|{_either(NUMBER_WORDS)})"
_SPOKEN = compiled(SPOKEN, re.IGNORECASE)
_MIXED = compiled(MIXED)
_AND = compiled(r"\s+and\s+")


def mixed_value(text: str) -> Decimal | None:
    """The value of the first mixed number in digits in `text` ("2 1/2" → 2.5), or None;
    thirds are read to four places, as a price is compared."""
    match = _MIXED.search(text)
    if match is None:
        return None
    printed = match.group(0)
    whole_and, *fraction_words = _AND.split(printed, maxsplit=1)
    if fraction_words and "/" not in fraction_words[0]:  # "15 and one half"
        part = spoken_value(" ".join(fraction_words[0].split()))
        return None if part is None else (Decimal(whole_and.replace(",", "")) + part).normalize()
    if fraction_words:  # "2 and 1/2"
        printed = f"{whole_and} {fraction_words[0]}"
    if printed[-1] in _VULGAR:
        whole, (numerator, denominator) = printed[:-1] or "0", _VULGAR[printed[-1]]
    else:
        whole, fraction = re.split(r"[ \u00a0-]", printed.replace(",", ""), maxsplit=1)
        numerator, denominator = (int(n) for n in fraction.split("/"))
    if not denominator:
        return None
    value = Decimal(whole) + Decimal(numerator) / Decimal(denominator)
    return value.quantize(Decimal("0.0001")).normalize()


def spoken_value(text: str) -> Decimal | None:
    """The value of a number in words ("two and one-half" → 2.5), or None."""
    if not _SPOKEN.fullmatch(text.strip()):
        return None
    words = text.lower().replace("-", " ").split()
    value = Decimal(0)
    if len(words) >= 2 and words[-1] in _FRACTIONS:
        value = Decimal(NUMBER_WORDS[words[-2]]) / Decimal(_FRACTIONS[words[-1]])
        words = words[:-2]
        if words and words[-1] == "and":
            words = words[:-1]
    total = 0
    for word in words:
        if word == "hundred":
            total = max(total, 1) * 100
        elif word != "and":
            total += NUMBER_WORDS.get(word, 0)
    return (value + total).normalize()


def decimal_of(text: str) -> Decimal:
    if text.isdigit() and text.isascii():  # digits alone, as a table prints most figures
        return Decimal(text).normalize()
    word = NUMBER_WORDS.get(text.lower())
    if word is not None:
        return Decimal(word)
    if _MIXED.fullmatch(text.strip()):
        return mixed_value(text) or Decimal(0)
    spoken = spoken_value(text)
    if spoken is not None:
        return spoken
    try:
        return Decimal(text.replace(",", "")).normalize()
    except InvalidOperation:
        return Decimal(0)


def plain_number(text: str) -> str:
    return f"{decimal_of(text):f}"


def counted(count: int, noun: str) -> str:
    """'1 item', '0 items', '6 items': a count with its noun in the number it takes."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def roman(number: int) -> str:
    """`number` in lower-case roman numerals ("" for none below 1): Word's and HTML's page
    and list numbers, the redline's note marks and section numbers are all written so."""
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out, number = out + letters, number - value
    return out
