"""When Python's cycle collector runs while a window is open: only on the window's thread,
and never a full pass mid-typing.

The collector runs on whichever thread allocates when a generation fills: while a window
is open that is mostly a pool thread drafting the offer. What it finds there is deleted
there, and what it finds may hold Qt objects of the window's thread (a closed dialog, a job's
signal): deleting those from another thread while the window's thread uses Qt corrupts
memory, and the app crashes later, elsewhere. So while a window is open Python's automatic
passes are off, and the window's thread makes the young passes itself, at Python's pace
(`YOUNG`: a look every `YOUNG_MS`, a pass once 700 objects are new); a pass holds every
thread either way, so the stall is no longer than the pool's own passes were.

Full passes wait for a pause. The command line's slower pace (__main__.COLLECT_EVERY, for
drafting speed) would make each young pass walk up to 100,000 objects, 10-30 ms; a full
pass walks every object not frozen, 40-90 ms, a stall counsel feels mid-word. So a full pass
comes once counsel has not typed for `PAUSE_MS` and nothing is being drafted, and one over
everything, the frozen objects too (`settle_memory`), once counsel has stopped for `IDLE_MS`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

YOUNG = (700, 10)  # Python's own pace for the two young generations
YOUNG_MS = 20  # how often the window's thread looks whether a young pass is due
PAUSE_MS = 1500  # counsel has paused: a full pass of what is not frozen
IDLE_MS = 10000  # counsel has stopped typing: a full pass of everything

_open_windows: list[bool] = []  # whether Python's own passes were on before each window


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
    """A window opens: Python's automatic passes are off until it closes."""
    _open_windows.append(gc.isenabled())
    gc.disable()


def give_back_pace() -> None:
    """The window closes: Python's own passes come back if they were on before it."""
    if _open_windows and _open_windows.pop():
        gc.enable()


def young_pass() -> None:
    """The pass Python would have made by now, on this thread: the youngest generation
    once `YOUNG[0]` objects are new, the middle one every `YOUNG[1]` of those."""
    young, middle, _old = gc.get_count()
    if middle >= YOUNG[1]:
        gc.collect(1)
    elif young >= YOUNG[0]:
        gc.collect(0)


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
        self.young = QTimer(self)  # the young passes, on this (the window's) thread
        self.young.setInterval(YOUNG_MS)
        self.young.timeout.connect(young_pass)
        self.full_passes = 0  # made at counsel's pauses (settled or not)
        self._holding = False

    def start(self) -> None:
        if not self._holding:
            self._holding = True
            take_pace()
        self.young.start()
        self.pause.start()

    def typed(self) -> None:
        """Counsel typed: no full pass until counsel pauses."""
        self.since_key.restart()
        self.idle.start()

    def stop(self) -> None:
        self.young.stop()
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
