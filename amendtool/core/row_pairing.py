"""Which row of a table as revised is which row of the table as it stood, for the outputs
that mark a restated table row by row (the redline, the offer as amended through an
amendment).

Paired by their place, rows put in at the top of a table shift every row below onto the
row before it: "$15.00 to $19.99" is shown rewritten into "$12.00 to $14.99" and the last
row, unchanged but for a figure, is shown as new. A row is the row counsel name: rows kept
word for word are matched first (as a paragraph is), then, among the rows changed, a row is
the row of its name (its caption, under its row group: `row_names`), and only where neither
side's rows name a row found on the other side are rows of as many paired by place (a row
renamed where it stands, "$20.00 to $29.99" to "$20.00 to $24.99"). A row no pair is found
for is taken out where it stood, or put in where the revision puts it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from amendtool.core.drafting.pairing import heaviest_chain
from amendtool.core.drafting.rows import row_names
from amendtool.core.model import CELL_BREAK
from amendtool.core.typography import collapse_spaces, fold_typography
from amendtool.core.unit_alignment import aligned_opcodes

Step = tuple[
    int | None, int | None
]  # (old row, new row): both a pair; one alone taken out or put in


def row_steps(old: Sequence[str], new: Sequence[str]) -> list[Step]:
    """The table's rows in the order the redline tells them: each pair (old, new) of the
    same row, kept or changed, and between two pairs the rows taken out (old, None) before
    the rows put in (None, new)."""
    steps: list[Step] = []
    i = j = 0
    for p, q in [*same_rows(old, new), (len(old), len(new))]:
        steps += [(k, None) for k in range(i, p)]
        steps += [(None, k) for k in range(j, q)]
        if p < len(old):
            steps.append((p, q))
        i, j = p + 1, q + 1
    return steps


def same_rows(old: Sequence[str], new: Sequence[str]) -> list[tuple[int, int]]:
    """(old index, new index) of each row still the same row, increasing in both."""
    a = [_folded(r) for r in old]
    b = [_folded(r) for r in new]
    old_keys, new_keys = _keys(old), _keys(new)
    pairs: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in aligned_opcodes(a, b):
        if tag == "equal":
            pairs += zip(range(i1, i2), range(j1, j2), strict=True)
            continue
        named = heaviest_chain(
            [
                (i, j, 1.0)
                for i in range(i1, i2)
                for j in range(j1, j2)
                if old_keys[i] is not None and old_keys[i] == new_keys[j]
            ]
        )
        i, j = i1, j1
        for p, q in [*named, (i2, j2)]:
            pairs += _in_place(old, new, range(i, p), range(j, q), (old_keys, new_keys))
            if p < i2:
                pairs.append((p, q))
            i, j = p + 1, q + 1
    return pairs


def _in_place(
    old: Sequence[str],
    new: Sequence[str],
    olds: range,
    news: range,
    keys: tuple[list[str | None], list[str | None]],
) -> list[tuple[int, int]]:
    """Rows between two named pairs paired by their place: only as many on each side, every
    one a row, and none named as a row of the other side is (that row moved, or went)."""
    if len(olds) != len(news) or not olds:
        return []
    old_keys, new_keys = keys
    elsewhere = {k for k in new_keys if k is not None}
    if any(old_keys[i] in elsewhere for i in olds):
        return []
    elsewhere = {k for k in old_keys if k is not None}
    if any(new_keys[j] in elsewhere for j in news):
        return []
    if not all(
        CELL_BREAK in old[i] and CELL_BREAK in new[j] for i, j in zip(olds, news, strict=True)
    ):
        return []
    return list(zip(olds, news, strict=True))


def _keys(rows: Sequence[str]) -> list[str | None]:
    """Each row's name, folded, when no other row of the table bears it; else None."""
    names = row_names(list(rows))
    keys = [
        None if n is None else _folded(f"{n[0]}{CELL_BREAK}{n[1] or ''}").casefold() for n in names
    ]
    counts = Counter(k for k in keys if k is not None)
    return [k if k is not None and counts[k] == 1 else None for k in keys]


def _folded(text: str) -> str:
    return collapse_spaces(fold_typography(text))
