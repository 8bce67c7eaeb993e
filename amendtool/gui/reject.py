"""Rejecting a change: the draft gets back the original's text for one item, as one step.

The side-by-side marks say which blocks of the original and of the amended text each item
touched; the item's blocks in the draft are replaced by its blocks in the original (an item
that left nothing in the draft, a deletion, puts its paragraphs back where they stood:
after the paragraph that preceded them in the original, however other items changed it).
A paragraph that other items changed too gets back only this item's words; the other
changes stay.
"""

from __future__ import annotations

from collections.abc import Callable

from amendtool.core.draft_text import TextBlock
from amendtool.core.revert import without_change
from amendtool.core.review import ChangeMap


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
        first = _where_it_stood(changes, left[0], len(draft), block_of_mark)
        last = first - 1
    return [*draft[:first], *originals, *draft[last + 1 :]]


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
    changes: ChangeMap, start: int, end: int, block_of_mark: Callable[[int], int]
) -> int:
    """The draft block just after the nearest paragraph (or heading) before `start` that
    both texts hold, changed or not; else just before the nearest one after it."""
    before = [pair for pair in changes.kept if pair[0] < start]
    if before:
        return block_of_mark(max(before)[1]) + 1
    after = [pair for pair in changes.kept if pair[0] > start]
    return block_of_mark(min(after)[1]) if after else end
