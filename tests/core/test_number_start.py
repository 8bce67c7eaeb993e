"""The patterns that read numbers look at a word's first character before trying every
number word at it: they find the same numbers, at the same places, as without the look."""

from __future__ import annotations

import random
import re

import pytest

from amendtool.core import numerals, plain_numbers

PIECES = (
    "one | One | ONE | two | twenty-five | Forty-Five | a hundred | one hundred ten | an | a | "
    "two and one-half | three-quarters | one-half | half | zero | ſix | ſeven | ﬁve | İ | ı | "
    "K | 12 | 3,356,925 | 17.50 | 2 1/2 | 2-1/2 | 2½ | ½ | ⅞ | ٣ | ７ | 1/2/2027 | thirty | "
    "ninety | eleven | eighteen | options | shares | for | each | every | new | of | the | "
    "Offer | - | , | . | ( | ) | $ | % | \u00a0 | tenth | Seventy | Sixty | Zero | thirteen"
).split(" | ")

PATTERNS = {
    "number": numerals.NUM,
    "number in words": numerals.SPOKEN,
    "the plain notice's number": plain_numbers.NUM,
}


def without_the_look(pattern: str) -> str:
    look = re.match(r"\(\?=\[[^\]]*\]\)", pattern)
    assert look is not None, pattern  # the look comes first
    return pattern[look.end() :]


@pytest.mark.parametrize("name", list(PATTERNS))
@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["cased", "ignoring-case"])
def test_a_number_is_found_where_it_was_found_without_the_look(name: str, flags: int) -> None:
    pattern = PATTERNS[name]
    looked, plain = re.compile(pattern, flags), re.compile(without_the_look(pattern), flags)
    bounded = [re.compile(rf"\b{p}\b", flags) for p in (pattern, without_the_look(pattern))]
    rng = random.Random(15)
    found = 0
    for _ in range(3000):
        text = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        spans = [m.span() for m in looked.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text
        first, second = ([m.span() for m in b.finditer(text)] for b in bounded)
        assert first == second, text
        found += len(spans)
    assert found > 3000  # the texts hold numbers
