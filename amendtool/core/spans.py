"""Spans of a text already taken by one reading (a fact, a reference), looked up by halving.

The fact readers take each match only where no earlier match lies. Checked against every
span taken so far, a table of 7,500 rows (15,000 figures, in one section's text) costs
hundreds of millions of comparisons; kept in order, each check is a few steps.
"""

from __future__ import annotations

from bisect import bisect_right


class TakenSpans:
    """Disjoint [start, end) spans, in order. `probes` counts the spans looked at, over all
    instances: the work a reader does, for tests that keep it in proportion to the text."""

    probes = 0

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """[start, end) shares a character with a span taken (an empty one: lies inside one)."""
        index = self._first_ending_after(start)
        return index < len(self._starts) and self._starts[index] < end

    def past(self, start: int, end: int) -> int:
        """Where to look again after a match at [start, end) that shares a character with a
        span taken: past that span when the match starts inside it (every match starting
        there would too: "379" of "379 options" is not tried as "79", then "9"), else just
        after the match's start (the fact beside the one it ran into is still found)."""
        index = self._first_ending_after(start)
        if index < len(self._starts) and self._starts[index] <= start:
            return self._ends[index]
        return start + 1

    def add(self, start: int, end: int) -> None:
        index = self._first_ending_after(start)
        self._starts.insert(index, start)
        self._ends.insert(index, end)

    def _first_ending_after(self, position: int) -> int:
        """The first span whose end is past `position` (the spans are disjoint and in order,
        so their ends are in order too), found by halving in C: the halving steps are counted,
        not taken one by one in Python (a long table's facts look up 100,000 spans)."""
        TakenSpans.probes += len(self._ends).bit_length()
        return bisect_right(self._ends, position)
