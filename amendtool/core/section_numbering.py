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
    return _with_moved(candidates, best)


def _with_moved(candidates: list[Heading | None], run: list[int]) -> list[int]:
    """The run with the headings of sections moved out of their order (9, 11, 10, 12: a
    section moved with its number kept): a number the run skips, printed once after the
    run's first heading, at the level of the run's headings, is that section's heading.
    Without it the moved section's text was read as part of the section before it."""
    if len(run) < 3:
        return run
    headings = [h for i in run if (h := candidates[i]) is not None]
    roman = not (headings[0].number or "").isdigit()
    values = {number_value(h.number) for h in headings}
    levels = {h.level for h in headings}
    highest = max(v for v in values if v is not None)
    found: dict[int, list[int]] = {}
    in_run = set(run)
    for index in range(run[0] + 1, len(candidates)):
        heading = candidates[index]
        if (
            index in in_run
            or heading is None
            or heading.kind is not SectionKind.NUMBERED
            or not heading.number
            or heading.number.isdigit() == roman
            or heading.level not in levels
        ):
            continue
        value = number_value(heading.number)
        if value is not None and value not in values and value < highest:
            found.setdefault(value, []).append(index)
    moved = [places[0] for places in found.values() if len(places) == 1]
    return sorted([*run, *moved]) if moved else run


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
    numbers = [(number_value(h.number) or 0) if (h := candidates[i]) else 0 for i in run]
    present = set(numbers)
    previous_number, previous_index = 0, -1
    for index, number in zip(run, numbers, strict=True):
        heading = candidates[index]
        roman = heading is not None and not (heading.number or "").isdigit()
        for missing in range(previous_number + 1, number):
            if missing not in present:  # a section moved out of order is not missing
                out.append(
                    (to_roman(missing) if roman else str(missing), previous_index + 1, index)
                )
        previous_number, previous_index = max(previous_number, number), index
    return out
