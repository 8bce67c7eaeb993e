"""The width an EDGAR text file was wrapped to, read from how its prose wraps.

The reader tells a line ended on purpose (an address, a signature) from wrapped prose, and a
centred title from an indented one, against this width. It comes from the lines that show it,
so that the same text re-wrapped, or a file with a few long table rows or a paragraph added
pages away, reads as the same paragraphs:

- wrapped prose: a line that is followed by more of its paragraph filled the measure, so the
  longest such lines (a stray few aside) give the width;
- else (paragraphs saved one to a line): the axis the display lines are centred on;
- else the lengths of the lines themselves, a few long rows aside.
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
from collections import Counter

from amendtool.core.pattern_store import compiled

UNWRAPPED = 140  # lines this long are not wrapped text, whose lines end by 80 or so
NARROWEST, WIDEST = 60, 100

_TAG = compiled(r"^\s*</?[A-Z]+>", re.IGNORECASE)
_TABLE_START = compiled(r"^\s*<TABLE>", re.IGNORECASE)
_TABLE_END = compiled(r"^\s*</TABLE>", re.IGNORECASE)
_COLUMNS = compiled(r"\S {3,}\S|\.{4,}|\.{3}\s*\d+$")


def wrap_width(text: str) -> int:
    """The measure the file's prose was wrapped to (between 60 and 100 columns)."""
    blocks = _prose_blocks(text)
    ends = [
        len(line)
        for block in blocks
        for line, following in itertools.pairwise(block)
        if _wraps(line, following)
    ]
    if len(ends) >= 3:
        # the longest, but for a stray few (a contents entry, a line set by hand)
        ends.sort(reverse=True)
        return _within(ends[max(1, len(ends) // 50)])
    axis = _display_axis(blocks)
    if axis is not None:
        return _within(round(2 * axis))
    return _within(line_lengths_width(text))


def display_axis(text: str) -> float | None:
    """The column the file's display lines (titles, folios) are centred on, when a few of
    them show it: a printer may centre titles on a narrower measure than the prose takes."""
    return _display_axis(_prose_blocks(text))


def body_margin(text: str) -> int:
    """The column wrapped prose goes on from: 0, unless the printer set every line in."""
    starts = Counter(
        _indent(following)
        for block in _prose_blocks(text)
        for line, following in itertools.pairwise(block)
        if _wraps(line, following)
    )
    return starts.most_common(1)[0][0] if starts else 0


def line_lengths_width(text: str) -> int:
    """How long most lines are (a few long table rows aside): whether the file is wrapped."""
    lengths = sorted(len(line.rstrip()) for line in text.splitlines() if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 80


def _within(width: int) -> int:
    return min(max(width, NARROWEST), WIDEST)


def _prose_blocks(text: str) -> list[list[str]]:
    """Runs of lines between blank lines, tags and tables, right spaces dropped."""
    return [list(block) for block in _prose_blocks_once(text)]


@functools.lru_cache(maxsize=4)
def _prose_blocks_once(text: str) -> tuple[tuple[str, ...], ...]:
    """Read once for the width, the axis and the margin of one file (each asks for them)."""
    blocks: list[list[str]] = [[]]
    in_table = False
    for raw in text.splitlines():
        line = raw.rstrip()
        if _TABLE_START.match(line):
            in_table = True
        if in_table or not line.strip() or _TAG.match(line) or _COLUMNS.search(line.strip()):
            if _TABLE_END.match(line):
                in_table = False
            if blocks[-1]:
                blocks.append([])
            continue
        blocks[-1].append(line)
    return tuple(tuple(block) for block in blocks if block)


def one_line_paragraphs(text: str) -> bool:
    """Whether the file sets each paragraph on a line of its own, as Word's "Save as Plain
    Text" does, however short its paragraphs and with or without blank lines between: most
    lines at the margin end where the next line's first word would still have fitted, which
    wrapped prose never does (a line is broken only where the next word will not fit). A
    paragraph wrapped a little narrower than the file's widest lines (pasted in from another
    draft) is still wrapped: a line ends early only short of that ragged margin."""
    width = min(line_lengths_width(text), wrap_width(text))
    pairs = early = 0
    for block in _prose_blocks(text):
        for line, following in itertools.pairwise(block):
            if _indent(line) or _indent(following):
                continue  # display lines, a paragraph's first line set in
            pairs += 1
            early += len(line) + 1 + len(following.split(None, 1)[0]) < width - _RAGGED
    return pairs >= _FEWEST_PAIRS and early >= pairs * _EARLY_SHARE


_FEWEST_PAIRS = 4
_EARLY_SHARE = 0.5
# how much narrower than the file's margin a paragraph may be wrapped and still read as wrapped
_RAGGED = 12


def _wraps(line: str, following: str) -> bool:
    """Whether `line` is wrapped prose that goes on in `following`: words in lower case on
    both, at the same or a smaller indent (a paragraph's first line may be set in)."""
    if len(line) > UNWRAPPED or not any(c.islower() for c in line + following):
        return False
    if not following.lstrip()[:1].isalnum() and following.lstrip()[:1] not in "($\"'“":
        return False
    return _indent(following) <= _indent(line) + 1


def _display_axis(blocks: list[list[str]]) -> float | None:
    """The column display lines are centred on: the middle of lines set in well away from
    both margins (titles, the issuer's name, folios), when there are a few of them."""
    centres = [
        _indent(line) + len(line.strip()) / 2
        for block in blocks
        for line in block
        if _indent(line) >= 8 and len(line) <= 90
    ]
    if len(centres) < 3:
        return None
    return statistics.median(centres)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
