"""Aligning two sequences of units (sentences, paragraphs, table rows) so that a changed unit
is paired with the one in its place.

difflib matches the longest runs of equal units first and, among equal runs, the earliest.
Where a unit is repeated ("We will accept all options properly tendered." twice) that
earliest run may be the wrong copy: the first of two identical sentences rewritten is then
read as a new sentence put before them and the second taken out, and counsel are given an
insertion and a deletion where they would write "the first sentence … is amended to read".
Here each matched run is slid along its repeated units until the change before it and the
change after it meet: the same units kept, and the changed ones paired where they stand.
"""

from __future__ import annotations

import difflib
from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Sequence
from typing import TypeVar

T = TypeVar("T")
Opcode = tuple[str, int, int, int, int]  # difflib's (tag, i1, i2, j1, j2)
_Block = tuple[int, int, int]  # a matched run: a[i:i+n] == b[j:j+n]


def aligned_opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Opcode]:
    """difflib's opcodes for `a` → `b`, as many units kept, with each run of repeated units
    matched so that the fewest places change (a rewritten unit is one replacement)."""
    blocks = _matching_blocks(list(a), list(b))
    moved = True
    while moved:
        moved = False
        for k, block in enumerate(blocks):
            start = (0, 0) if k == 0 else _end(blocks[k - 1])
            stop = (len(a), len(b)) if k + 1 == len(blocks) else blocks[k + 1][:2]
            slid = _slid(block, start, stop, a, b)
            if slid != block:
                blocks[k], moved = slid, True
    return _opcodes(blocks, a, b)


# difflib searches what is left on either side of each match again: fine for the units of a
# section, but a long table with every other row changed leaves thousands of one-row matches,
# and the searches add up to the square of its rows. Past this many pairs of units, the units
# found once on each side anchor the match first (in order, as a patience diff pairs them)
# and difflib aligns only what lies between two anchors.
DIRECT_PAIRS = 250_000
_RARE = 4  # how often a unit may come, the same number of times on each side, to anchor


def _matching_blocks(a: list[Hashable], b: list[Hashable]) -> list[_Block]:
    """The runs of equal units, in order: difflib's, or, for long sequences, difflib's
    between the units each side holds once, matched in order."""
    if len(a) * len(b) <= DIRECT_PAIRS:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        return [(i, j, n) for i, j, n in matcher.get_matching_blocks() if n]
    head, tail = common_ends(a, b)
    if head or tail:  # kept at both ends: matched without a search (rows all alike, masked)
        middle = _matching_blocks(a[head : len(a) - tail], b[head : len(b) - tail])
        ends = [(0, 0, head)] if head else []
        ends += [(head + i, head + j, n) for i, j, n in middle]
        return ends + ([(len(a) - tail, len(b) - tail, tail)] if tail else [])
    # units found once on each side; where none is (every word of a long run repeated: a
    # grant's number is also in its price), units found as few times on each side
    anchors = _anchors(a, b) or _anchors(a, b, _RARE)
    if not anchors:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        return [(i, j, n) for i, j, n in matcher.get_matching_blocks() if n]
    blocks: list[_Block] = []
    i0 = j0 = 0
    for i, j in [*anchors, (len(a), len(b))]:
        if i > i0 and j > j0:  # what lies between two anchors
            blocks += [(i0 + x, j0 + y, n) for x, y, n in _matching_blocks(a[i0:i], b[j0:j])]
        if i < len(a):
            blocks.append((i, j, 1))
        i0, j0 = i + 1, j + 1
    merged: list[_Block] = []
    for i, j, n in blocks:  # runs that meet are one run, as difflib gives them
        if merged and _end(merged[-1]) == (i, j):
            mi, mj, mn = merged.pop()
            i, j, n = mi, mj, mn + n
        merged.append((i, j, n))
    return merged


def common_ends(a: Sequence[T], b: Sequence[T]) -> tuple[int, int]:
    """How many items `a` and `b` share at the start and, after those, at the end: what lies
    outside that middle is kept without a diff, which grows with the square of a long run."""
    shortest = min(len(a), len(b))
    head = 0
    while head < shortest and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shortest - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _anchors(a: list[Hashable], b: list[Hashable], most: int = 1) -> list[tuple[int, int]]:
    """The units found once in `a` and once in `b` (or, with `most`, as many times on each
    side, up to that many: the k-th in `a` paired with the k-th in `b`), as (i, j), the
    longest chain of them in the same order on both sides (longest increasing run of j,
    found by halving)."""
    counted_a, counted_b = Counter(a), Counter(b)
    rare = {u for u, n in counted_a.items() if n <= most and counted_b[u] == n}
    at_b: dict[Hashable, list[int]] = {}
    for j, u in enumerate(b):
        if u in rare:
            at_b.setdefault(u, []).append(j)
    seen: Counter[Hashable] = Counter()
    pairs = []  # the k-th time a unit comes in `a`, with the k-th time in `b`
    for i, u in enumerate(a):
        if u in rare:
            pairs.append((i, at_b[u][seen[u]]))
            seen[u] += 1
    tails: list[int] = []  # the smallest j ending a chain of each length
    ends: list[int] = []  # the pair index ending it
    before = [-1] * len(pairs)
    for k, (_i, j) in enumerate(pairs):
        at = bisect_left(tails, j)
        before[k] = ends[at - 1] if at else -1
        if at == len(tails):
            tails.append(j)
            ends.append(k)
        else:
            tails[at], ends[at] = j, k
    chain: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


def _end(block: _Block) -> tuple[int, int]:
    i, j, n = block
    return i + n, j + n


def _slid(
    block: _Block,
    start: tuple[int, int],
    stop: tuple[int, int],
    a: Sequence[Hashable],
    b: Sequence[Hashable],
) -> _Block:
    """The block moved along its own repeated units so that the units put in before it meet
    the units taken out after it (or the other way round); unchanged when it cannot be."""
    i, j, n = block
    before_old, before_new = i - start[0], j - start[1]
    after_old, after_new = stop[0] - (i + n), stop[1] - (j + n)
    # units put in before the block, and units taken out after it: match later in `a`
    for shift in range(min(before_new - before_old, after_old - after_new), 0, -1):
        if list(a[i + shift : i + shift + n]) == list(a[i : i + n]):
            return i + shift, j, n
    # units taken out before the block, and units put in after it: match later in `b`
    for shift in range(min(before_old - before_new, after_new - after_old), 0, -1):
        if list(b[j + shift : j + shift + n]) == list(b[j : j + n]):
            return i, j + shift, n
    return block


def _opcodes(blocks: list[_Block], a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Opcode]:
    """The opcodes of the slid blocks. A slide can bring a repeated unit into the change
    beside it (four copies, the second rewritten): what is left between two blocks is
    aligned again, so every unit still alike on both sides is kept."""
    out: list[Opcode] = []
    i = j = 0
    for bi, bj, n in [*blocks, (len(a), len(b), 0)]:
        if i < bi and j < bj and set(a[i:bi]) & set(b[j:bj]):
            for tag, i1, i2, j1, j2 in aligned_opcodes(a[i:bi], b[j:bj]):
                _append(out, (tag, i + i1, i + i2, j + j1, j + j2))
        elif i < bi and j < bj:
            out.append(("replace", i, bi, j, bj))
        elif i < bi:
            out.append(("delete", i, bi, j, j))
        elif j < bj:
            out.append(("insert", i, i, j, bj))
        if n:
            _append(out, ("equal", bi, bi + n, bj, bj + n))
        i, j = bi + n, bj + n
    return out


def _append(out: list[Opcode], opcode: Opcode) -> None:
    """Two runs of kept units made adjacent by a slide are one run."""
    if opcode[0] == "equal" and out and out[-1][0] == "equal":
        _, i1, _, j1, _ = out.pop()
        opcode = ("equal", i1, opcode[2], j1, opcode[4])
    out.append(opcode)


def opcodes(a: Sequence[Hashable], b: Sequence[Hashable]) -> list[Opcode]:
    """difflib's opcodes as difflib gives them for sequences of a few hundred units (a
    sentence's words); for longer ones (a table read as one sentence) the anchored
    alignment's, since difflib's search grows with the square of the units."""
    if len(a) * len(b) <= DIRECT_PAIRS:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        return [(tag, i1, i2, j1, j2) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    return aligned_opcodes(a, b)


def ratio(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """difflib's `ratio()` (twice the units kept over the units of both), worked out as
    `opcodes` are, so that two long sequences are compared without difflib's square."""
    if len(a) * len(b) <= DIRECT_PAIRS:
        return difflib.SequenceMatcher(None, a, b).ratio()
    kept = sum(i2 - i1 for tag, i1, i2, _, _ in aligned_opcodes(a, b) if tag == "equal")
    return 2 * kept / (len(a) + len(b)) if a or b else 1.0
