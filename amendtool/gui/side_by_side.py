"""Review Side by Side: where it puts a change, and rejecting one.

Where Review Side by Side puts a change: the blocks that stand for each other in the
two texts, and a change (or the place of text deleted or inserted) in the middle of a pane.

Rejecting a change: the draft gets back the original's text for one item, as one step.

The side-by-side marks say which blocks of the original and of the amended text each item
touched; the item's blocks in the draft are replaced by its blocks in the original (an item
that left nothing in the draft, a deletion, puts its paragraphs back where they stood:
after the paragraph that preceded them in the original, however other items changed it).
A paragraph that other items changed too gets back only this item's words; the other
changes stay."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextCursor

from amendtool.core.apply_within import without_change
from amendtool.core.draft_text import TextBlock
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


def rejected(
    changes: ChangeMap,
    index: int,
    draft: list[TextBlock],
    block_of_mark: Callable[[int], int],
) -> list[TextBlock] | None:
    """The draft with item `index` undone, or None when the item shows in neither text."""
    left, right = changes.blocks_of(index)
    if not left and not right:
        return None
    if shared := _only_its_words(changes, index, draft, block_of_mark):
        return shared
    originals = [TextBlock(changes.original[i].text, changes.original[i].heading) for i in left]
    if right:
        first, last = block_of_mark(right[0]), block_of_mark(right[-1])
    else:
        first = _where_it_stood(changes, left[0], len(draft), block_of_mark, index)
        last = first - 1
    first, last = _with_empty_lines(draft, first, last)
    return [*draft[:first], *originals, *draft[last + 1 :]]


def _with_empty_lines(draft: list[TextBlock], first: int, last: int) -> tuple[int, int]:
    """Draft blocks first..last widened over the empty paragraphs beside them: the offer has
    none, so an empty line there (a paragraph counsel emptied, a line typed before a new
    one) belongs to the change, and rejecting it must not leave the line behind."""
    while first > 0 and not draft[first - 1].text.strip():
        first -= 1
    while last + 1 < len(draft) and not draft[last + 1].text.strip():
        last += 1
    return first, last


def _only_its_words(
    changes: ChangeMap,
    index: int,
    draft: list[TextBlock],
    block_of_mark: Callable[[int], int],
) -> list[TextBlock] | None:
    """The draft with the item's words taken out of a paragraph other items changed too;
    None when the item is the paragraph's only change (the whole paragraph goes back)."""
    left, right = changes.blocks_of(index)
    if len(left) != 1 or len(right) != 1 or index not in changes.steps:
        return None
    if changes.amended[right[0]].items == (index,):
        return None
    place = block_of_mark(right[0])
    if not 0 <= place < len(draft):
        return None
    before, after = changes.steps[index]
    text = without_change(before, after, draft[place].text)
    if text is None:
        return None
    return [*draft[:place], TextBlock(text, draft[place].heading), *draft[place + 1 :]]


def _where_it_stood(
    changes: ChangeMap, start: int, end: int, block_of_mark: Callable[[int], int], index: int
) -> int:
    """The draft block just after the nearest paragraph (or heading) before `start` that
    both texts hold, changed or not, and after what earlier items put in just there (a
    paragraph added at the end of the section before a deleted one stays in its section);
    else just before the nearest one after it."""
    before = [pair for pair in changes.kept if pair[0] < start]
    if before:
        mark = max(before)[1]
        amended = changes.amended
        while mark + 1 < len(amended) and amended[mark + 1].whole and amended[mark + 1].items:
            if max(amended[mark + 1].items) >= index:
                break
            mark += 1
        return block_of_mark(mark) + 1
    after = [pair for pair in changes.kept if pair[0] > start]
    return block_of_mark(min(after)[1]) if after else end
