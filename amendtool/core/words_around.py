"""The words either side of each place in a text, read in one pass over the text.

Which old figure a new one replaces is told by the words around each (facts.py); read again
from the start of the text for every figure, a table of 20,000 rows took minutes. The words
are those of `[a-z]+` in the lower-cased text before the place (the last few) and after it
(the first few), exactly as reading the text's two sides apart gives them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from amendtool.core.pattern_store import compiled

_WORD = compiled(r"[a-z]+")


class WordsAround:
    """The words of one text, with where each lies, for many places asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        # lower-casing keeps each character's place unless a letter becomes two ("İ"): then
        # each side is lower-cased apart, as it reads on its own
        self.lowered = lowered if len(lowered) == len(text) else None
        words = list(_WORD.finditer(lowered)) if self.lowered is not None else []
        self.starts = [w.start() for w in words]
        self.ends = [w.end() for w in words]

    def before(self, start: int, count: int) -> list[str]:
        """The last `count` words of the text before `start`."""
        if self.lowered is None:
            return _WORD.findall(self.text[:start].lower())[-count:] if count else []
        last = bisect_left(self.starts, start)  # the words that begin before `start`
        first = max(last - count, 0)
        return [self.lowered[s : min(e, start)] for s, e in self._spans(first, last)]

    def after(self, end: int, count: int) -> list[str]:
        """The first `count` words of the text from `end` on."""
        if self.lowered is None:
            return _WORD.findall(self.text[end:].lower())[:count]
        first = bisect_right(self.ends, end)  # the words that end past `end`
        last = min(first + count, len(self.ends))
        return [self.lowered[max(s, end) : e] for s, e in self._spans(first, last)]

    def _spans(self, first: int, last: int) -> list[tuple[int, int]]:
        return list(zip(self.starts[first:last], self.ends[first:last], strict=True))
