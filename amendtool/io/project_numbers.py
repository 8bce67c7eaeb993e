"""Whole numbers in a project file, bounded as they are read.

Every whole number a project holds (its schema version, an amendment's number, a paragraph's
place, a count, a page) is far below a trillion. A number of thirty digits, or of a hundred
thousand (which Python will not even convert), is damage or a crafted file: it is held as a
`RunawayNumber`, never converted, and the project refused in one line naming the entry.
"""

from __future__ import annotations

from typing import Any

from amendtool.core.text_limits import MAX_AMENDMENTS, shown_count
from amendtool.io.project_checks import Damaged

MAX_DIGITS = 12  # up to 999,999,999,999


class RunawayNumber:
    """A whole number in the file too long for any value of a project; its length only."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def read_whole_number(literal: str) -> int | RunawayNumber:
    """json's parse_int: the number, or a RunawayNumber when it is longer than MAX_DIGITS."""
    digits = len(literal.lstrip("-"))
    return RunawayNumber(digits) if digits > MAX_DIGITS else int(literal)


def check_numbers(data: Any) -> None:
    """Raise Damaged at the first runaway number of the parsed file (walked with a stack,
    so depth costs nothing)."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, RunawayNumber):
            raise Damaged(where, "", f"is {_said(value)}, longer than any value of a project")
        if isinstance(value, dict):
            stack.extend((v, f"{where}.{k}" if where else str(k)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(value))


def check_series_numbers(amendments: list[Any]) -> None:
    """Amendments are numbered one after another, from the first amendment the project
    drafted (No. 1, or a later one when earlier ones were filed without amendtool)."""
    previous = None
    for index, amendment in enumerate(amendments):
        number = amendment.get("number") if isinstance(amendment, dict) else None
        if isinstance(number, bool) or not isinstance(number, int):
            return  # the amendment's own reading says what is wrong with it
        where = f"amendments[{index}].number"
        if previous is None and not 1 <= number <= MAX_AMENDMENTS:
            raise Damaged(
                where, "", f"is {shown_count(number)}; an offer has at most {MAX_AMENDMENTS}"
            )
        if previous is not None and number != previous + 1:
            raise Damaged(where, "", f"is {shown_count(number)}, after Amendment No. {previous}")
        previous = number


def _said(number: RunawayNumber) -> str:
    return f"a number of {number.digits:,} digits"
