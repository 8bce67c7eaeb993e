"""Places in a pane's text as Python counts them (characters) and as Qt's editor counts them
(UTF-16 code units).

A character outside the Basic Multilingual Plane (an emoji, a mathematical letter such as
𝑥) is one character to Python and two units to Qt. The items, their change marks and the
find bar's matches are worked out on Python strings; the cursors that paint and select them
take Qt positions. Every turn from one to the other goes through here, so a mark, a match or
a typed character after such a character is never one place off.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _astral(text: str) -> list[int]:
    """Where the characters that take two Qt units stand (none in most offers)."""
    return [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]


def to_units(text: str, index: int) -> int:
    """Python offset `index` into `text` as Qt units (the offset clamped to the text)."""
    index = max(0, min(index, len(text)))
    return index + bisect_left(_astral(text), index)


def to_index(text: str, units: int) -> int:
    """Qt units `units` into `text` as a Python offset; a place inside a pair of units is
    taken as after the character, so nothing is ever split."""
    count = 0
    for at in _astral(text):
        first = at + count  # the character's first unit
        if first >= units:
            break
        count += 1
        if units == first + 1:
            return at + 1
    return max(0, min(units - count, len(text)))


def spans_to_units(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Python spans of `text` (a whole document's plain text, say) as Qt positions."""
    astral = _astral(text)
    if not astral:
        return spans
    return [(s + bisect_left(astral, s), e + bisect_left(astral, e)) for s, e in spans]


def block_position(block: QTextBlock, index: int) -> int:
    """The document position of the character `index` (Python count) into the block."""
    return block.position() + to_units(block.text(), index)


def index_in_block(block: QTextBlock, position: int) -> int:
    """The Python offset into the block of the document position `position`."""
    return to_index(block.text(), position - block.position())


def cursor_index(cursor: QTextCursor) -> tuple[int, int]:
    """The cursor's paragraph number and its Python offset into that paragraph."""
    block = cursor.block()
    return block.blockNumber(), index_in_block(block, cursor.position())


def place_at(document: QTextDocument, number: int, index: int) -> int:
    """The document position `index` characters (Python count) into paragraph `number` (the
    last paragraph when there are fewer), the offset clamped to its text."""
    block = document.findBlockByNumber(number)
    if not block.isValid():
        block = document.lastBlock()
    return block_position(block, index)
