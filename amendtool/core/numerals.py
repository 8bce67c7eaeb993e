"""Numbers as the checks read them: "two" and "2", "3,356,925" and "17.50", each compared by
value."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80}
NUMBER_WORDS = {word: n for n, word in enumerate(_WORDS)} | _TENS | {"a": 1, "an": 1}
NUM = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"


def decimal_of(text: str) -> Decimal:
    word = NUMBER_WORDS.get(text.lower())
    if word is not None:
        return Decimal(word)
    try:
        return Decimal(text.replace(",", "")).normalize()
    except InvalidOperation:
        return Decimal(0)


def plain_number(text: str) -> str:
    return f"{decimal_of(text):f}"
