"""Which row of a table as revised is which row of the table as it stood, for the outputs
that mark a restated table row by row (the redline, the offer as amended through an
amendment) and the reading of which rows changed.

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
from collections.abc import Hashable, Sequence

from amendtool.core.model import CELL_BREAK
from amendtool.core.pattern_store import compiled
from amendtool.core.row_names import row_names
from amendtool.core.typography import collapse_spaces, fold_typography
from amendtool.core.unit_alignment import aligned_opcodes

Step = tuple[int | None, int | None]  # (old row, new row): a pair, or one row taken out or put in
Keys = list[str | None]


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
    names = ({k for k in old_keys if k}, {k for k in new_keys if k})
    pairs: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in aligned_opcodes(a, b):
        if tag == "equal":
            pairs += zip(range(i1, i2), range(j1, j2), strict=True)
            continue
        named = _named(old_keys, new_keys, range(i1, i2), range(j1, j2))
        i, j = i1, j1
        for p, q in [*named, (i2, j2)]:
            olds, news = range(i, p), range(j, q)
            if _unnamed_elsewhere(olds, news, (old_keys, new_keys), names):
                pairs += _in_place(old, new, olds, news, (old_keys, new_keys))
            if p < i2:
                pairs.append((p, q))
            i, j = p + 1, q + 1
    return pairs


def _named(old_keys: Keys, new_keys: Keys, olds: range, news: range) -> list[tuple[int, int]]:
    """The rows of one name on both sides, the most of them in the same order (a name is
    one row's own, so a row without one matches nothing)."""
    a: list[Hashable] = [old_keys[i] if old_keys[i] is not None else ("old", i) for i in olds]
    b: list[Hashable] = [new_keys[j] if new_keys[j] is not None else ("new", j) for j in news]
    pairs: list[tuple[int, int]] = []
    for tag, i1, i2, j1, j2 in aligned_opcodes(a, b):
        if tag == "equal":
            pairs += zip(olds[i1:i2], news[j1:j2], strict=True)
    return pairs


def _unnamed_elsewhere(
    olds: range, news: range, keys: tuple[Keys, Keys], names: tuple[set[str], set[str]]
) -> bool:
    """Whether no row here bears the name of a row of the other side (that row moved, or
    went): only then are these rows told apart by their place."""
    old_keys, new_keys = keys
    old_names, new_names = names
    if any(old_keys[i] in new_names for i in olds):
        return False
    return not any(new_keys[j] in old_names for j in news)


def _in_place(
    old: Sequence[str], new: Sequence[str], olds: range, news: range, keys: tuple[Keys, Keys]
) -> list[tuple[int, int]]:
    """Rows between two named pairs paired by their place: only as many on each side, and
    every one a row. Two rows of other names with no other cell in common are two rows
    ("Ivanova, Katya 19,250 5.5%" where "Hartley, Quinn 14,000 4.0%" now stands: she moved
    to the top, he was put in), not one row renamed and refigured."""
    if len(olds) != len(news) or not olds:
        return []
    pairs = list(zip(olds, news, strict=True))
    if not all(CELL_BREAK in old[i] and CELL_BREAK in new[j] for i, j in pairs):
        return []
    return [(i, j) for i, j in pairs if not _other_row(old[i], new[j], keys[0][i], keys[1][j])]


def _other_row(old: str, new: str, old_key: str | None, new_key: str | None) -> bool:
    if old_key is None or new_key is None or old_key == new_key:
        return False
    return other_row(old.split(CELL_BREAK), new.split(CELL_BREAK))


def other_row(old: Sequence[str], new: Sequence[str]) -> bool:
    """Two rows (their cells) named in words, the names sharing no word, and no other cell
    in common: two rows, one in the place of the other ("Ivanova, Katya" where "Hartley,
    Quinn" now stands), never one row renamed and refigured. A row named by figures (a band
    of prices, "$30.00 and above" re-cut as "$10.00 to $14.99", a year) keeps its place."""
    if any(_DIGIT.search(row[0]) for row in (old, new)):
        return False
    named = (set(_WORD.findall(_folded(row[0]).casefold())) for row in (old, new))
    if set.intersection(*named):
        return False
    was, now = (set(map(_folded, row[1:])) - {""} for row in (old, new))
    return not was & now


_WORD = compiled(r"[^\s,;:()]+")
_DIGIT = compiled(r"\d")


def _keys(rows: Sequence[str]) -> Keys:
    """Each row's name, folded, when no other row of the table bears it; else None."""
    names = row_names(list(rows))
    keys = [
        None if n is None else _folded(f"{n[0]}{CELL_BREAK}{n[1] or ''}").casefold() for n in names
    ]
    counts = Counter(k for k in keys if k is not None)
    return [k if k is not None and counts[k] == 1 else None for k in keys]


def _folded(text: str) -> str:
    return collapse_spaces(fold_typography(text))
