"""A figure printed in digits alone (most of a long table's) is valued at once, by both fact
readers, as the longer reading values it: no look for words, fractions or scales first.
Counted as lines run, never timed."""

from __future__ import annotations

from decimal import Decimal

from amendtool.core import numerals, plain_numbers
from tests.support.work_lines import lines_run

FIGURES = [str(n * 37) for n in range(100)] + ["0", "007", "1000", "12345678901234567890"]


def test_digits_alone_are_valued_as_before() -> None:
    assert numerals.decimal_of("1000") == Decimal("1E+3") == plain_numbers.decimal_of("1000")
    assert str(numerals.decimal_of("007")) == "7" == str(plain_numbers.decimal_of("007"))
    assert numerals.decimal_of("2,500") == Decimal("2.5E+3")  # commas: the longer reading
    assert plain_numbers.decimal_of("two") == Decimal(2)


def test_digits_alone_are_valued_in_two_lines() -> None:
    readers = {"numerals": numerals.decimal_of, "plain_numbers": plain_numbers.decimal_of}
    for module, read in readers.items():
        values, lines = lines_run(lambda read=read: [read(f) for f in FIGURES], f"core/{module}")
        assert values[-1] == Decimal("12345678901234567890")
        assert lines <= 2 * len(FIGURES), (module, lines)
