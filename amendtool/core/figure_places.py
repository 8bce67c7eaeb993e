"""Where a figure is printed in a text, and the words around it, read once for each text.

The rules that name a figure ask, for each fact of a sentence, where its figure is printed
and what the words after (or the clause around) it say. A table the revision adds is read
as one sentence of its rows: asked of every figure of 20,000 rows, each question that
scanned the whole sentence (or copied all that follows the figure) made the reading
quadratic; it ran for many minutes. Here a long text's figures are found in one pass, the
answers kept for the text, and only a few words on either side of a figure are read.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from functools import lru_cache

from amendtool.core.pattern_store import compiled

# a figure as the fact reader prints it: no word, point, comma or dollar sign just before
# it, and no word, percent sign or decimal part just after it ("1,700", "$23.50", "7.25%")
_BEFORE = compiled(r"[\w.,$]")
_AFTER = compiled(r"[\w%]|[.,]\d")
_RUN = compiled(r"[\w.,$%]+")  # what a figure of these characters is printed within
_FIGURE_CHARS = compiled(r"[\w.,$%]+")
_FIGURE_START = frozenset("$.0123456789")
SHORT = 2000  # a text this short is simply searched: there is nothing to gain
WORDS_AFTER = 12  # the rules read at most eleven words after a figure
# the words before a figure a name is looked for in ("all fees and expenses of the offer,
# which we estimate at $1.5 million"): a sentence of a table's every row is no such sentence
CHARACTERS_BEFORE = 600
_CLAUSE_END = compiled(r"[,;:()\u2014]|\.\s")
_SENTENCE_END = compiled(r"[.!?][\"”’)]?\s+(?=[A-Z\"“(])")


def printed_ends(text: str, printed: str) -> list[int]:
    """Where each printing of the figure `printed` in `text` ends, as the pattern
    `(?<![\\w.,$])FIGURE(?![\\w%]|[.,]\\d)` finds them."""
    if len(text) > SHORT and _indexable(printed):
        return _places(text).get(printed, [])
    if not printed:
        return [m.end() for m in re.finditer(r"(?<![\w.,$])(?![\w%]|[.,]\d)", text)]
    return _found(text, printed)


def _found(text: str, printed: str) -> list[int]:
    """The pattern's answer without a pattern made for each figure (a proposal asks about
    dozens of figures, each a pattern compiled anew): each printing found by str.find, its
    neighbours read as the pattern's lookarounds read them."""
    ends: list[int] = []
    size = len(printed)
    at = text.find(printed)
    while at >= 0:
        end = at + size
        if (at == 0 or _BEFORE.match(text, at - 1) is None) and _AFTER.match(text, end) is None:
            ends.append(end)
            at = text.find(printed, end)
        else:
            at = text.find(printed, at + 1)
    return ends


def _indexable(printed: str) -> bool:
    return printed[:1] in _FIGURE_START and _FIGURE_CHARS.fullmatch(printed) is not None


@lru_cache(maxsize=8)
def _places(text: str) -> dict[str, list[int]]:
    """Every figure `text` prints (from a digit, a point or a dollar sign), by its words:
    where each printing ends. One pass over the text."""
    found: dict[str, list[int]] = defaultdict(list)
    size = len(text)
    for run in _RUN.finditer(text):
        start, end = run.span()
        for p in range(start, end):
            if text[p] not in _FIGURE_START:
                continue
            if p > start and _BEFORE.match(text, p - 1):
                continue  # within a figure or a word: no figure starts here
            for q in range(p + 1, end + 1):
                if q < size and _AFTER.match(text, q):
                    continue
                found[text[p:q]].append(q)
    return dict(found)


_WINDOW = compiled(rf"\s*\S+(?:\s+\S+){{0,{WORDS_AFTER - 1}}}")


def words_after(text: str, end: int) -> str:
    """What follows position `end`, through the next `WORDS_AFTER` words: all the rules
    read of it (its first two words, a clause of up to eleven)."""
    window = _WINDOW.match(text, end)
    return text[end : window.end()] if window else text[end:]


def clause_around(text: str, at: int, length: int) -> tuple[int, int]:
    """(start, end) of the clause holding text[at : at + length]: between the marks
    around it (a comma, a semicolon, a colon, a parenthesis, a dash, a full stop)."""
    starts = _ends_of(text, _CLAUSE_END)  # a mark ending by `at` opens its clause
    index = bisect.bisect_right(starts, at) - 1
    start = starts[index] if index >= 0 else 0
    end = _CLAUSE_END.search(text, at + length)
    return start, end.start() if end else len(text)


def sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts: after the last sentence end
    before it whose next letter (a capital) is also before it."""
    ends = _ends_of(text, _SENTENCE_END)
    index = bisect.bisect_left(ends, at) - 1
    return ends[index] if index >= 0 else 0


def _ends_of(text: str, pattern: re.Pattern[str]) -> list[int]:
    if len(text) <= SHORT:
        return [m.end() for m in pattern.finditer(text)]
    return _kept_ends(text, pattern)


@lru_cache(maxsize=16)
def _kept_ends(text: str, pattern: re.Pattern[str]) -> list[int]:
    return [m.end() for m in pattern.finditer(text)]


def words_before(text: str, start: int, at: int) -> str:
    """text[start:at], or its last `CHARACTERS_BEFORE` characters when it is longer, from
    the first whole word among them."""
    if at - start <= CHARACTERS_BEFORE:
        return text[start:at]
    window = text[at - CHARACTERS_BEFORE : at]
    if text[at - CHARACTERS_BEFORE - 1].isspace():
        return window
    rest = window.split(None, 1)  # the word cut in two is no word of it
    return window[len(window) - len(rest[1]) :] if len(rest) == 2 else ""


@lru_cache(maxsize=8)
def answers(text: str) -> dict[tuple[str, ...], tuple[object, object]]:
    """Answers about the figures of a long `text`, kept with it: the same figure printed in
    many rows ("$12.00") is asked about once. Each is kept with what it was worked out by
    (the firm's rules), so a question asked under other rules is worked out again."""
    return {}


def remembered(text: str, question: tuple[str, ...], by: object, work):  # type: ignore[no-untyped-def]
    """`work()`, kept for a long `text` (see `answers`)."""
    if len(text) <= SHORT:
        return work()
    kept = answers(text)
    hit = kept.get(question)
    if hit is not None and hit[0] is by:
        return hit[1]
    value = work()
    kept[question] = (by, value)
    return value


def lowered(text: str) -> str:
    """`text` in small letters, made once for a long text (asked of each of its figures)."""
    return _lowered(text) if len(text) > SHORT else text.lower()


@lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    return text.lower()
