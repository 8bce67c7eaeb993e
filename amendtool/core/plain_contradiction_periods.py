"""Lengths of time as counsel's plain paragraph and the change state them, compared alike.

A vesting schedule ("equal annual installments over three years") is a length of time to
counsel's reader, who writes "your New RSUs now vest over four years"; a period written in
words or digits ("three years", "36 months") is one length whatever its unit. Both are read
as months (or days), so that the old length said as the new, or a length neither text has,
is caught as for any other figure.
"""

from __future__ import annotations

import dataclasses

from amendtool.core.facts import Fact
from amendtool.core.plain_periods import in_base_unit, period_unit
from amendtool.core.vesting_schedules import months_to_last

PERIOD = "period"


def as_periods(facts: list[Fact]) -> list[Fact]:
    """`facts` with each period of time read as its length ("three years": 36 months) and
    each vesting schedule's length added beside it."""
    out: list[Fact] = []
    for fact in facts:
        length = _length(fact)
        if length and fact.kind == "schedule":
            out += [fact, dataclasses.replace(fact, kind=PERIOD, value=length)]
        elif length:
            out.append(dataclasses.replace(fact, kind=PERIOD, value=length))
        else:
            out.append(fact)
    return out


def _length(fact: Fact) -> str:
    if fact.kind == "schedule":
        months = months_to_last(fact.value)
        return f"{months} month" if months else ""
    if fact.kind != "count":
        return ""
    unit = period_unit(fact.text) or period_unit(f"1 {fact.unit}")
    if not unit:
        return ""
    return in_base_unit(f"{fact.value} {unit}").replace(".000000", "")
