"""Exactly the words a change inserted or deleted, for the shading in the panes and Review.

The words of a paragraph before and after a change are matched as a word processor's compare
does it: the longest run of words (and marks) the two share in order stays unshaded, and only
the rest is shaded. A diff cleaned up for reading (as the drafting's is) folds the unchanged
words between two edits into the edit; shading them would tell counsel that words changed that
did not. Where an added or deleted run could sit at more than one place (a sentence added
after "discretion." could take either full stop), it is put where a reader sees it: at the
ends of sentences and words, so the words next to it stay unshaded.
"""

from __future__ import annotations

from functools import lru_cache

from amendtool.core.diff_budget import WorkBudgetDiff
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import CACHED_CHARS

Span = tuple[int, int]
DELETE, INSERT = -1, 1
# as the word diff takes them, less spaces; a time of day ("11:59") is one word, as the
# redline strikes it whole
_WORD = compiled(r"\d+(?::\d+)+\b|\w+(?:['’.,-]\w+)*|[^\w\s]")
EXACT_TOKENS = 4000  # longer pairs are diffed within the engine's work limit instead


def changed_spans(old: str, new: str, side: int) -> list[Span]:
    """Ranges of `old` (side DELETE) or `new` (side INSERT) that the change deleted or
    inserted: each run of changed words is one range, the spaces inside it too, and a run
    added (or taken out) whole brings one space of its own, the one before it (after it, at
    the start of the paragraph), so that what is left unshaded on both sides reads the same."""
    text = old if side == DELETE else new
    words = [m.span() for m in _WORD.finditer(text)]
    spans: list[Span] = []
    for first, last, whole in _changed(old, new)[0 if side == DELETE else 1]:
        start, end = words[first][0], words[last - 1][1]
        if whole and first:
            start = words[first - 1][1]
        elif whole and last < len(words):
            end = words[last][0]
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


Runs = tuple[tuple[int, int, bool], ...]  # words first..last (exclusive), added or taken out whole


def _changed(old: str, new: str) -> tuple[Runs, Runs]:
    if len(old) + len(new) > CACHED_CHARS:
        return _changed_words(old, new)
    return _cached_changed(old, new)


@lru_cache(maxsize=2048)
def _cached_changed(old: str, new: str) -> tuple[Runs, Runs]:
    """Paragraph-sized pairs are kept: both panes, and each review while counsel types,
    shade the same paragraphs again."""
    return _changed_words(old, new)


def _changed_words(old: str, new: str) -> tuple[Runs, Runs]:
    """The runs of words of `old` the change took out, and of `new` it put in."""
    a = [m.group() for m in _WORD.finditer(old)]
    b = [m.group() for m in _WORD.finditer(new)]
    codes: dict[str, str] = {}

    def code(word: str) -> str:
        if word not in codes:
            point = 0x100 + len(codes)
            codes[word] = chr(point if point < 0xD800 else point + 0x800)  # no surrogates
        return codes[word]

    ea, eb = "".join(map(code, a)), "".join(map(code, b))
    engine = WorkBudgetDiff(0) if len(a) + len(b) <= EXACT_TOKENS else WorkBudgetDiff()
    runs = [(op, len(part)) for op, part in engine.diff_main(ea, eb, False)]
    gone: list[tuple[int, int, bool]] = []
    added: list[tuple[int, int, bool]] = []
    i = j = 0
    for index, (op, count) in enumerate(runs):
        room = _alone(runs, index)
        if op == DELETE:
            start = _placed(old, a, i, i + count, room)
            gone.append((start, start + count, room is not None))
            i += count
        elif op == INSERT:
            start = _placed(new, b, j, j + count, room)
            added.append((start, start + count, room is not None))
            j += count
        else:
            i, j = i + count, j + count
    return tuple(gone), tuple(added)


def _alone(runs: list[tuple[int, int]], index: int) -> tuple[int, int] | None:
    """How far an edit with only unchanged words on both sides may slide (words before, after);
    None for an edit beside another edit (a replacement), which stays where it is."""
    before = runs[index - 1] if index else (0, 0)
    after = runs[index + 1] if index + 1 < len(runs) else (0, 0)
    if before[0] != 0 or after[0] != 0:
        return None
    return before[1], after[1]


def _placed(text: str, words: list[str], start: int, end: int, room: tuple[int, int] | None) -> int:
    """Where the run words[start:end] reads best among the places it could equally be."""
    if room is None:
        return start
    back = 0  # words[start - k : end - k] is the same run of words, for k up to `back`
    while back < room[0] and words[start - back - 1] == words[end - back - 1]:
        back += 1
    ahead = 0
    while ahead < room[1] and words[end + ahead] == words[start + ahead]:
        ahead += 1
    if not back and not ahead:
        return start
    places = [m.span() for m in _WORD.finditer(text)]
    best, score, count = start, -1, end - start
    for at in range(start - back, start + ahead + 1):
        left, right = places[at][0], places[at + count - 1][1]
        here = _edge(text[:left], text[left:]) + _edge(text[:right], text[right:])
        if here > score:
            best, score = at, here
    return best


def _edge(one: str, two: str) -> int:
    """How well an edit's edge falls between `one` and `two` (diff-match-patch's measure):
    best at the ends of the paragraph, then after a sentence's end, at a space, at a mark."""
    if not one or not two:
        return 6
    a, b = one[-1], two[0]
    if a in "\r\n" or b in "\r\n":
        return 4
    if not a.isalnum() and not a.isspace() and b.isspace():
        return 3
    if a.isspace() or b.isspace():
        return 2
    if not a.isalnum() or not b.isalnum():
        return 1
    return 0
