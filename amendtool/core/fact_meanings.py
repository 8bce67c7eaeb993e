"""What a fact read from an item's text means beside the others the text states: the share
each installment of a vesting schedule vests is part of the schedule, and "1-for-2" is read
the way the text states those two numbers in words. Read over the whole text, after its
paragraphs are read one by one (core/facts.py)."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from amendtool.core.numerals import NUM, decimal_of
from amendtool.core.pattern_store import compiled
from amendtool.core.vesting_schedules import installments_of, months_to_last, share_of_each

if TYPE_CHECKING:  # facts.py reads the facts, then asks this module what they mean
    from amendtool.core.facts import Fact


def shares_of_schedules(
    found: list[tuple[tuple[int, int], Fact]],
) -> list[tuple[tuple[int, int], Fact]]:
    """The share each installment vests, printed apart from its schedule ("One-third of the
    shares subject to each New Option will vest on each of the first three anniversaries"),
    is part of the schedule, not a number of shares of its own."""
    schedules = [f.value for _, f in found if f.kind == "schedule"]
    counts = {installments_of(value) for value in schedules}
    if not counts:
        return found
    lengths = {months_to_last(value) for value in schedules}
    return [
        (span, fact)
        for span, fact in found
        if fact.kind != "count"
        or not (
            any(share_of_each(_share_printed(fact), n) for n in counts)
            or _in_months(fact) in lengths  # "over 36 months": the schedule's own length
        )
    ]


def _in_months(fact: Fact) -> int | None:
    """A period of months or years, in months; None for any other count."""
    per = {"months": 1, "years": 12}.get(fact.unit)
    try:
        return int(Decimal(fact.value) * per) if per else None
    except ArithmeticError:
        return None


def _share_printed(fact: Fact) -> str:
    """'One-third' of 'One-third of the shares'."""
    return re.sub(r"\s+of\s+.*$", "", fact.text, flags=re.IGNORECASE | re.DOTALL)


_HYPHENATED = compiled(rf"(?P<c>{NUM})[- ]for[- ](?P<d>{NUM})", re.IGNORECASE)


def as_defined(
    found: list[tuple[tuple[int, int], Fact]],
) -> list[tuple[tuple[int, int], Fact]]:
    """A ratio printed "1-for-2" is read the way the same text states those two numbers in
    words ("one New Option for every two Eligible Options … the 1-for-2 exchange ratio")."""
    ratios = [f for _, f in found if f.kind == "ratio"]
    stated = {f.value for f in ratios if not _HYPHENATED.fullmatch(f.text)}
    out = []
    for span, fact in found:
        match = _HYPHENATED.fullmatch(fact.text) if fact.kind == "ratio" else None
        if match and decimal_of(match["c"]) and decimal_of(match["d"]):
            read = f"{(decimal_of(match['c']) / decimal_of(match['d'])).normalize():f}"
            if read in stated and fact.value not in stated:
                fact = dataclasses.replace(fact, value=read)
        out.append((span, fact))
    return out
