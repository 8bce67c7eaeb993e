"""Where Review Side by Side puts a change: the blocks that stand for each other in the
two texts, and a change (or the place of text deleted or inserted) in the middle of a pane."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from amendtool.core.review import ChangeMap
from amendtool.gui.panes import DocumentPane

Pair = tuple[int, int]


def paired_blocks(changes: ChangeMap) -> list[Pair]:
    """Blocks that stand for each other in the two texts: the unchanged ones, in order, and
    the first block of each item on either side."""
    pairs: list[Pair] = []
    right = [i for i, m in enumerate(changes.amended) if m.item is None]
    left = [i for i, m in enumerate(changes.original) if m.item is None]
    pairs += list(zip(left, right, strict=False))
    firsts: dict[int, list[int]] = {}
    for side, marks in enumerate((changes.original, changes.amended)):
        for index, mark in enumerate(marks):
            for item in mark.items:
                firsts.setdefault(item, [-1, -1])
                if firsts[item][side] < 0:
                    firsts[item][side] = index
    pairs += [(a, b) for a, b in firsts.values() if a >= 0 and b >= 0]
    return sorted(pairs)


def matching_block(pairs: list[Pair], block: int) -> int:
    """The block of the other text that stands for `block` (the nearest pair before it)."""
    best = (0, 0)
    for pair in pairs:
        if pair[0] > block:
            break
        best = pair
    return best[1]


def following_block(pairs: list[Pair], block: int) -> int | None:
    """The block of the other text that stands for the first paired block after `block`
    (None: nothing follows, the place is the end of the text)."""
    return next((b for a, b in pairs if a > block), None)


def centre_gap(pane: DocumentPane, before: int | None) -> None:
    """The place just above block `before` (the end of the text when None) in the middle of
    the pane: where a deleted paragraph was, or where an inserted one goes."""
    document = pane.document()
    layout = document.documentLayout()
    if before is None:
        block = document.lastBlock()
        y = layout.blockBoundingRect(block).bottom()
    else:
        block = document.findBlockByNumber(before)
        y = layout.blockBoundingRect(block).top()
    pane.setTextCursor(QTextCursor(block))
    pane.verticalScrollBar().setValue(int(max(y - pane.viewport().height() / 2, 0)))


def centre_block(pane: DocumentPane, first: int, last: int) -> None:
    """Blocks `first`..`last` in the middle of the pane (their start, if taller than it)."""
    document = pane.document()
    layout = document.documentLayout()
    top = layout.blockBoundingRect(document.findBlockByNumber(first)).top()
    bottom = layout.blockBoundingRect(document.findBlockByNumber(last)).bottom()
    height = pane.viewport().height()
    centred = top - max((height - (bottom - top)) / 2, 0)
    pane.setTextCursor(QTextCursor(document.findBlockByNumber(first)))
    pane.verticalScrollBar().setValue(int(max(centred, 0)))
