"""When Python's cycle collector runs while a window is open: never a full pass mid-typing.

The collector stops every thread while it runs, the window's too. Its young passes are short
at Python's own pace (a pass every 700 new objects: under 3 ms each while a 300-page offer
is drafted). The command line's slower pace (__main__.COLLECT_EVERY, for drafting speed)
makes each young pass walk up to 100,000 objects, 10-30 ms; and a full pass walks every
object not frozen, 40-90 ms, and came every few drafts, from the drafting worker, whenever
Python chose: a stall counsel feels mid-word. So while a window is open the young
generations are collected at Python's pace, and full passes wait for a pause: one once
counsel has not typed for `PAUSE_MS` and nothing is being drafted, and one over everything,
the frozen objects too (`settle_memory`), once counsel has stopped for `IDLE_MS`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

YOUNG = (700, 10)  # Python's own pace for the two young generations
NO_AUTOMATIC_FULL_PASS = 2**31 - 1  # young passes between full passes: never reached
PAUSE_MS = 1500  # counsel has paused: a full pass of what is not frozen
IDLE_MS = 10000  # counsel has stopped typing: a full pass of everything

_open_windows: list[tuple[int, int, int]] = []  # the pace before each window took it over


def settle_memory() -> None:
    """A full pass over every object, and then those alive are kept out of the collector's
    reach (`gc.freeze`): a pass over all of a 300-page offer's objects takes about 100 ms,
    so it is done while the amendment opens and whenever counsel has stopped for a while;
    each later draft's objects are frozen in turn (session_drafting.py). What they leave in
    reference cycles waits for the next such pass; the rest is freed at once, as always."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def take_pace() -> None:
    """A window opens: the collector's pace is the window's until it closes."""
    _open_windows.append(gc.get_threshold())
    gc.set_threshold(*YOUNG, NO_AUTOMATIC_FULL_PASS)


def give_back_pace() -> None:
    """The window closes: the pace before it (the command line's, a test's) comes back."""
    if _open_windows:
        gc.set_threshold(*_open_windows.pop())


class Collector(QObject):
    """The full passes of one window's drafting session, at counsel's pauses."""

    def __init__(self, busy: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = busy  # drafting or checking is running or waiting
        self.since_key = QElapsedTimer()
        self.since_key.start()
        self.pause = QTimer(self)  # looks every PAUSE_MS: counsel may pause at any moment
        self.pause.setInterval(PAUSE_MS)
        self.pause.timeout.connect(self._pause_pass)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self._settle)
        self.full_passes = 0  # made at counsel's pauses (settled or not)
        self._holding = False

    def start(self) -> None:
        if not self._holding:
            self._holding = True
            take_pace()
        self.pause.start()

    def typed(self) -> None:
        """Counsel typed: no full pass until counsel pauses."""
        self.since_key.restart()
        self.idle.start()

    def stop(self) -> None:
        self.pause.stop()
        self.idle.stop()
        if self._holding:
            self._holding = False
            give_back_pace()

    def _pause_pass(self) -> None:
        if gc.get_count()[2] == 0:
            return  # nothing has grown old since the last full pass
        if self.since_key.elapsed() < PAUSE_MS or self.busy():
            return
        gc.collect()
        self.full_passes += 1

    def _settle(self) -> None:
        if self.busy():
            self.idle.start()
        else:
            settle_memory()
            self.full_passes += 1
