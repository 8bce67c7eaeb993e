"""diff-match-patch bounded by a count of its work, not by seconds, so that the same two texts
always give the same diff.

diff-match-patch stops a long diff when its `Diff_Timeout` (seconds on the wall clock) runs
out: its bisection reads `time.time()` once per edit-distance step and, past the deadline,
gives up and reports the rest of the texts as deleted and inserted whole. How far it got
depended on the machine and on its load, so the same two offers drafted on a busy laptop
restated whole sections that a fast desktop marked word by word.

Here the clock diff-match-patch reads is, while one of amendtool's diffs runs in the thread
(the app drafts in a worker thread while the UI thread may shade a pane), a count of the
bisection's work: step d of a bisection walks up to d + 1 diagonals each way, so the clock
moves on by d + 1 at each step, and a "deadline" is a number of diagonals walked, the same on
every machine. Outside amendtool's engines the clock is the wall clock, as before.
"""

from __future__ import annotations

import sys
import threading
import time
from types import ModuleType
from typing import Any

from diff_match_patch import diff_match_patch

# Work one diff may do (d + 1 at step d of each of its bisections): about the 2 s of CPU the
# wall clock limit allowed on an idle machine (this machine counts about 1.8 million a
# second). The longest diff of a 20-section rewrite (a section of 4,400 words and marks
# rewritten throughout) counts 1.4 million; the corpus's longest, 10 thousand.
DIFF_WORK = 4_000_000


class _Count(threading.local):
    """One thread's count: `work` (None: no diff of amendtool's running), the step of the
    bisection under way, and the work of the last diff finished."""

    work: int | None = None
    step = 0
    last = 0


class _WorkClock:
    """Stands in for the `time` module in diff-match-patch's module: in a thread running one of
    amendtool's diffs, `time()` is the work done so far; in any other, the wall clock."""

    def __init__(self) -> None:
        self.count = _Count()

    def time(self) -> float:
        count = self.count
        if count.work is None:
            return time.time()
        count.step = step = count.step + 1
        count.work += step  # step d walks up to d + 1 diagonals each way
        return count.work

    def __getattr__(self, name: str) -> Any:
        return getattr(time, name)  # anything else the module reads, as the time module has it


_CLOCK = _WorkClock()
_MODULE: ModuleType = sys.modules[diff_match_patch.__module__]
_MODULE.time = _CLOCK  # type: ignore[attr-defined]


class WorkBudgetDiff(diff_match_patch):
    """A diff-match-patch engine whose limit is `work` diagonals walked (0: none, the diff is
    always minimal). Any other setting behaves as diff-match-patch's does for the same
    `Diff_Timeout`: half-match (a quick split on a long common run, not always minimal) is
    used only when there is a limit."""

    def __init__(self, work: int = DIFF_WORK) -> None:
        super().__init__()
        self.Diff_Timeout = float(work)

    def diff_main(
        self, text1: str, text2: str, checklines: bool = True, deadline: float | None = None
    ) -> list[tuple[int, str]]:
        if deadline is not None:  # a part of a diff already counting its work
            return super().diff_main(text1, text2, checklines, deadline)
        limit = self.Diff_Timeout if self.Diff_Timeout > 0 else float(sys.maxsize)
        count = _CLOCK.count
        outer = count.work, count.step  # none, unless a diff is run inside a diff
        count.work = count.step = 0
        try:
            return super().diff_main(text1, text2, checklines, limit)
        finally:
            count.last = count.work or 0
            count.work, count.step = outer

    def diff_bisect(self, text1: str, text2: str, deadline: float) -> list[tuple[int, str]]:
        count = _CLOCK.count
        step, count.step = count.step, 0  # a new bisection starts at step 0
        try:
            return super().diff_bisect(text1, text2, deadline)
        finally:
            count.step = step


def last_work() -> int:
    """Diagonals the last diff this thread finished walked (past DIFF_WORK: cut short)."""
    return _CLOCK.count.last
