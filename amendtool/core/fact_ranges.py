"""The two ends of a range a sentence states ("ranges from $1.25 to $2.50", "between $1.40
and $2.75"): each end moved is no amount anyone receives. A notice said "The cash payment
for each Eligible Option is now $2.75 … You will receive more for each of your Eligible
Options" of the top of a range whose bottom band was cut, and Item 4 said "increase the
amount from $1.25 to $1.40" and again "from $2.50 to $2.75" of its two ends."""

from __future__ import annotations

import re
from dataclasses import replace

from amendtool.core.pattern_store import compiled
from amendtool.core.plain_fact_change import FactChange

_FIGURE = r"\$?\d[\d,]*(?:\.\d+)?"
_RANGE = compiled(
    rf"(?:\brang(?:e|es|ed|ing)\s+from|\bbetween)\s+(?P<low>{_FIGURE})\s+(?:to|and|through)\s+"
    rf"(?P<high>{_FIGURE})",
    re.I,
)


def ranges_in(sentence: str) -> list[tuple[str, str]]:
    """Each range the sentence states, as its ends print ("$1.40", "$2.75")."""
    return [(m["low"], m["high"]) for m in _RANGE.finditer(sentence)]


def an_end_of_a_range(change: FactChange) -> bool:
    """Whether the changed figure is one end of a range its sentence states."""
    new = change.new.split()[0].rstrip(".,;:") if change.new else ""
    return any(new in ends for ends in ranges_in(change.sentence))


def ranges_changed(changes: list[FactChange]) -> list[tuple[FactChange, FactChange]]:
    """Pairs of changes (low end, high end) that move the two ends of one range."""
    pairs = []
    for low, high in sorted({ends for c in changes for ends in ranges_in(c.sentence)}):
        ends = [
            next((c for c in changes if c.new.split()[0].rstrip(".,;:") == e), None)
            for e in (low, high)
        ]
        if ends[0] is not None and ends[1] is not None and ends[0] is not ends[1]:
            pairs.append((ends[0], ends[1]))
    return pairs


def as_ranges(changes: list[FactChange]) -> list[FactChange]:
    """`changes` with the two ends of each range moved told as one change of the range
    ("between $1.25 and $2.50" to "between $1.40 and $2.75"), where its first end was: "The
    amount you will receive is now $1.40" was said of the bottom of a range."""
    pairs = ranges_changed(changes)
    if not pairs:
        return changes
    first = {id(low): (low, high) for low, high in pairs}
    second = {id(high) for _, high in pairs}
    out: list[FactChange] = []
    for change in changes:
        if id(change) in second:
            continue
        if id(change) in first:
            low, high = first[id(change)]
            label = max((low.label, high.label), key=lambda text: (low.specific, len(text)))
            change = replace(
                low,
                kind="range",
                old=f"between {_figure(low.old)} and {_figure(high.old)}",
                new=f"between {_figure(low.new)} and {_figure(high.new)}",
                label=label,
                direction=0,
            )
        out.append(change)
    return out


def _figure(printed: str) -> str:
    return printed.split()[0].rstrip(".,;:") if printed else printed
