"""Diffing two long texts of many lines (a table of thousands of rows, a whole section) by
its lines first.

diff-match-patch's bisection grows with the length of the texts times the number of places
they differ: a grant list of 4,000 rows with every other row's figure changed took seconds
for one word diff, and the checks diff such a table several times. Lines are aligned first
(each kept line kept, the units found once on each side anchoring the rest: see
unit_alignment.py), and only each run of changed lines is word-diffed, so the work grows with
the lines and the words changed, not with their product. Texts of a few lines are diffed
whole, exactly as before.
"""

from __future__ import annotations

from collections.abc import Callable

from amendtool.core.unit_alignment import aligned_opcodes

EQUAL = 0
Diff = tuple[tuple[int, str], ...]

# Below this many lines on either side a text is diffed whole: a paragraph, a section of a
# few paragraphs, a short table read as rows.
LINED_DIFF_LINES = 200
# a run of changed lines up to this long is diffed whole (words moved between two rows read
# as moved); a longer one line by line
_WHOLE_RUN = 20


def lined(a: str, b: str, diff: Callable[[str, str], Diff]) -> Diff | None:
    """`diff` of `a` → `b` run on each run of changed lines only; None when the texts are
    too short to need it (the caller diffs them whole)."""
    if min(a.count("\n"), b.count("\n")) < LINED_DIFF_LINES - 1:
        return None  # a paragraph: asked on every diff, answered without splitting it
    old, new = a.splitlines(keepends=True), b.splitlines(keepends=True)
    if min(len(old), len(new)) < LINED_DIFF_LINES:
        return None
    out: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in aligned_opcodes(old, new):
        if tag == "equal":
            _add(out, [(EQUAL, "".join(old[i1:i2]))])
            continue
        # a run of changed lines (every row's figure changed) is diffed line by line, each
        # in its place, and what one side has more of whole: diffed whole, a run of
        # thousands of changed rows costs the square of its words
        paired = min(i2 - i1, j2 - j1) if max(i2 - i1, j2 - j1) > _WHOLE_RUN else 0
        for k in range(paired):
            _add(out, list(diff(old[i1 + k], new[j1 + k])))
        _add(out, list(diff("".join(old[i1 + paired : i2]), "".join(new[j1 + paired : j2]))))
    return tuple(out)


def _add(out: list[tuple[int, str]], diffs: list[tuple[int, str]]) -> None:
    """Append, joining runs of the same kind that meet (as diff-match-patch gives them)."""
    for op, text in diffs:
        if not text:
            continue
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))


def lines_kept(text: str, collapse: Callable[[str], str]) -> str:
    """`collapse` (spacing folded to one line) applied line by line to a text of many lines,
    so that `lined` can still find its lines (a table's rows); a shorter text is collapsed
    whole, as before."""
    if text.count("\n") < LINED_DIFF_LINES:
        return collapse(text)
    return "\n".join(line for line in map(collapse, text.split("\n")) if line)
