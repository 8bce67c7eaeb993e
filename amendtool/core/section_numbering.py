"""The run of numbered section headings (1, 2, 3 … or I, II, III …) that makes the outline:
which numbered headings belong to it, and which numbers it skips.

A run survives one bad heading: one number may be missing at a time, and the first few.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from amendtool.core.model import SectionKind
from amendtool.core.numerals import roman as roman_numeral

if TYPE_CHECKING:
    from amendtool.core.headings import Heading

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def main_sequence(candidates: list[Heading | None]) -> list[int]:
    """The longest run of numbered headings 1, 2, 3… (a table of contents is skipped).

    One number may be missing at a time, and the first few (each heading set so that it
    could not be read), so a bad heading costs its own section and no other."""
    best: list[int] = []
    best_key = (0, 0)
    for roman in (False, True):  # a run is numbered one way: 1, 2, 3 or I, II, III
        run, key = _longest_run(candidates, roman)
        if key > best_key:
            best, best_key = run, key
    return best


def number_value(number: str | None) -> int | None:
    """7 for "7", 4 for "IV"; None for anything else."""
    if not number:
        return None
    if number.isdigit():
        return int(number)
    if not re.fullmatch(r"[IVXL]{1,7}", number):
        return None
    values = [_ROMAN[c] for c in number]
    total = sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
    return total if total > 0 and to_roman(total) == number else None


def to_roman(value: int) -> str:
    return roman_numeral(value).upper()


def _longest_run(
    candidates: list[Heading | None], roman: bool
) -> tuple[list[int], tuple[int, int]]:
    numbered = [
        (i, value)
        for i, h in enumerate(candidates)
        if h
        and h.kind is SectionKind.NUMBERED
        and h.number
        and h.number.isdigit() != roman
        and (value := number_value(h.number)) is not None
    ]
    last_at = {n: position for position, (_, n) in enumerate(numbered)}  # last occurrence
    best: list[int] = []
    best_key = (0, 0)
    for start, (_, value) in enumerate(numbered):
        if not 1 <= value <= 1 + _MOST_LOST_FIRST:
            continue
        run: list[int] = []
        expected, gaps = value, value - 1
        for position in range(start, len(numbered)):
            index, number = numbered[position]
            if number == expected:
                run.append(index)
                expected += 1
            elif (
                number == expected + 1
                and run
                and (last_at.get(number + 1, -1) > position or position == len(numbered) - 1)
            ):
                run.append(index)  # `expected` was lost: skip it
                expected, gaps = number + 1, gaps + 1
            elif run and _numbered_with_a_gap(numbered, position, expected):
                # sections numbered with gaps (1, 4, 5, 7, 14): none of the numbers skipped
                # comes later, and the numbering goes on after this one
                run.append(index)
                expected, gaps = number + 1, gaps + number - expected
        key = (len(run), -gaps)
        if key >= best_key:
            best, best_key = run, key
    return best, best_key


_MOST_SKIPPED = 9  # numbers a run of section headings may skip at once
_MOST_LOST_FIRST = 3  # headings lost before the first one read (the run starts at "4.")


def _numbered_with_a_gap(numbered: list[tuple[int, int]], position: int, expected: int) -> bool:
    """Whether the heading numbered at `position` goes on a run that expected `expected`:
    no number skipped is printed later (a stray list item "9." is not taken over the real
    "6." after it), and a later heading goes on from it (or it is the last)."""
    number = numbered[position][1]
    if not expected < number <= expected + _MOST_SKIPPED:
        return False
    later = {n for _, n in numbered[position + 1 :]}
    if any(n in later for n in range(expected, number)):
        return False
    return position == len(numbered) - 1 or any(
        n in later for n in range(number + 1, number + 1 + _MOST_SKIPPED)
    )


def missing_numbers(candidates: list[Heading | None], run: list[int]) -> list[tuple[str, int, int]]:
    """(number as printed, first block, end block) for each number the run skips: where it
    should be."""
    out: list[tuple[str, int, int]] = []
    previous_number, previous_index = 0, -1
    for index in run:
        heading = candidates[index]
        number = (number_value(heading.number) or 0) if heading else 0
        roman = heading is not None and not (heading.number or "").isdigit()
        for missing in range(previous_number + 1, number):
            out.append((to_roman(missing) if roman else str(missing), previous_index + 1, index))
        previous_number, previous_index = number, index
    return out
