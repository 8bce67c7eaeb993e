"""An amount of money written in words: "twenty dollars", "nineteen dollars and fifty
cents", "five million dollars", "20 dollars". Read as money, of its value, as "$20.00" is:
otherwise the fact reader sees "twenty dollars per share" as a count of shares, and a price
or threshold moved from "$22.00" to words is neither said nor checked as the amount it is."""

from __future__ import annotations

import re
from decimal import Decimal

from amendtool.core.numerals import SPOKEN, decimal_of
from amendtool.core.pattern_store import compiled

_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
MONEY_WORDS = compiled(
    rf"(?<![\w.$])(?P<amount>{SPOKEN}|\d[\d,]*(?:\.\d+)?)"
    r"(?:\s+(?P<scale>thousand|million|billion))?\s+(?:U\.S\.\s+)?dollars?\b"
    rf"(?:\s+and\s+(?P<cents>{SPOKEN}|\d{{1,2}})\s+cents?\b)?",
    re.IGNORECASE,
)


def may_hold_money_words(text: str) -> bool:
    """The text says "dollar" somewhere: only then is it searched for an amount in words."""
    return "dollar" in text.lower()


def money_in_words(match: re.Match[str]) -> tuple[str, str]:
    """The amount's value, as a money fact holds it, and its words as printed."""
    scale = _SCALES.get((match.group("scale") or "").lower(), 1)
    value = decimal_of(match.group("amount")) * scale
    if match.group("cents"):
        value += decimal_of(match.group("cents")) / Decimal(100)
    return f"{value.normalize():f}", match.group(0)
