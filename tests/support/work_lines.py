"""Work counted as lines of the product's own code run: a count, not a time, so that a path
that grows faster than its input shows on any machine, however fast or busy."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

import amendtool

T = TypeVar("T")
PACKAGE = str(Path(amendtool.__file__).parent)


def lines_run(work: Callable[[], T], under: str = "") -> tuple[T, int]:
    """`work()`'s result and the number of lines of amendtool (of files whose path holds
    `under`, where given) it ran."""
    count = 0
    place = PACKAGE + "/" + under

    def trace(frame: FrameType, event: str, _arg: Any) -> Any:
        nonlocal count
        if not frame.f_code.co_filename.startswith(place):
            return None  # not ours: its lines are not counted

        def lines(_frame: FrameType, event: str, _arg: Any) -> Any:
            nonlocal count
            if event == "line":
                count += 1
            return lines

        return lines

    before = sys.gettrace()
    sys.settrace(trace)
    try:
        result = work()
    finally:
        sys.settrace(before)
    return result, count
