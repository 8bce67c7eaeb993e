"""Runs slow work (reading a large file) off the UI thread and hands the result back.

Every such job (these, and the drafting session's) is known until it ends, so that a window
closing can wait for its own, and nothing it started runs on after it is gone.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


class _Signals(QObject):
    done = Signal()  # the result waits on the job; only plain Python data crosses threads


class Job(QRunnable):
    """A job started for a window: `finished` is set once it has handed back its outcome.
    Until then it is kept here as well as by its starter, so that it (and the signal it
    hands back on) is never deleted while it runs."""

    unfinished: ClassVar[set[Job]] = set()

    def __init__(self) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the job; the pool must not delete it
        self.signals = _Signals()
        self.finished = threading.Event()
        Job.unfinished.add(self)

    @Slot()
    def run(self) -> None:
        try:
            self.work_off_thread()
            self._hand_back()
        finally:  # known as ended before anyone waiting on `finished` wakes to look
            Job.unfinished.discard(self)
            self.finished.set()

    def _hand_back(self) -> None:
        """Tell the starter the outcome is ready, unless the app has ended meanwhile and
        taken the signal with it: there is no one left to hand it to, and nothing to say."""
        if not isValid(self.signals):
            return
        try:
            self.signals.done.emit()
        except RuntimeError:  # deleted between the look and the emit, as the app ends
            return

    def work_off_thread(self) -> None:
        """The work itself, which leaves its outcome on the job."""

    def drop(self) -> None:
        """Made but never to be started (its window has closed): nothing of it runs, and
        nothing waits on it."""
        Job.unfinished.discard(self)
        self.finished.set()


class _Keeper(QObject):
    """Holds each started job on the UI thread until the pool's thread is done with it."""

    let_go = Signal(int)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())  # deleted with the app, not after it
        self.held: dict[int, QRunnable] = {}
        self.let_go.connect(self._let_go)  # queued: emitted on the pool's thread

    @Slot(int)
    def _let_go(self, key: int) -> None:
        self.held.pop(key, None)


_keeper: _Keeper | None = None
_keys = itertools.count()


def start_job(pool: QThreadPool, job: QRunnable) -> None:
    """Run `job` on `pool`, let go on the UI thread once it has run. PySide keeps every
    runnable started on a pool for the pool's life when Qt must not delete it (ours: Python
    owns each job), and every draft's documents stayed in memory until the app quit; so the
    pool runs a callable, which it lets go as soon as it has run. That callable holds only a
    number: were it to hold the job, the pool's thread could let go of the job last, and
    deleting the Qt object the job hands back on from that thread, while the UI thread is
    handing its signal on, corrupts memory (a crash later, in the collector's next pass)."""
    global _keeper
    if _keeper is None or not isValid(_keeper):
        _keeper = _Keeper()
    keeper, key = _keeper, next(_keys)
    keeper.held[key] = job

    def run() -> None:
        keeper.held[key].run()  # the job is held on the UI thread all the while
        if isValid(keeper):  # the app has not ended meanwhile, taking the keeper with it
            try:
                keeper.let_go.emit(key)
            except RuntimeError:  # it ended between the look and the emit
                return

    pool.start(run)


def when_done(job: Job, slot: Callable[[], None]) -> None:
    """Call `slot` once `job` hands back, then cut the connection. A slot that holds its job
    (a closure over it) and hangs on the job's own signal makes a loop through Qt that
    Python's collector cannot see: both would stay in memory for the app's life. Nor may
    the slot that cuts it name itself (a function naming itself is a loop of its own, and
    it holds the job): it cuts the connection by its handle, so the job is let go by
    reference count the moment the keeper lets go, never at a later pass of the collector."""
    connection: list[Any] = []

    def handed_back() -> None:
        job.signals.done.disconnect(connection.pop())
        slot()

    connection.append(job.signals.done.connect(handed_back))


def unfinished_jobs() -> list[str]:
    """The jobs started and not yet ended, by kind (for tests: none outlives its window)."""
    return sorted(type(job).__name__ for job in list(Job.unfinished))


class _Job(Job):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.outcome: tuple[Any, Exception | None] = (None, None)

    def work_off_thread(self) -> None:
        try:
            self.outcome = (self.work(), None)
        except Exception as exc:
            self.outcome = (None, exc)


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    done: Callable[[Any, Exception | None], None],
) -> _Job:
    """Start `work`; the status bar shows what is happening and a busy bar moves."""
    job = _Job(work)
    if parent.property("closed"):  # started from a timer that outlived its window's close
        job.drop()
        return job
    status = getattr(parent, "statusBar", None)
    busy = getattr(parent, "busy_bar", None)
    if status is not None:
        status().showMessage(label)
    if busy is not None:
        busy.setVisible(True)
    jobs: set[_Job] = parent.__dict__.setdefault("_background_jobs", set())
    jobs.add(job)

    def finish() -> None:
        jobs.discard(job)
        if not isValid(parent):
            return  # the window closed while the work ran: there is no one to hand it to
        if status is not None and status().currentMessage() == label:
            status().clearMessage()  # a message said meanwhile (what a drop left out) stays
        if busy is not None and not jobs:
            busy.setVisible(False)
        result, error = job.outcome
        done(result, error)

    when_done(job, finish)
    start_job(QThreadPool.globalInstance(), job)
    return job


def wait_for_jobs(timeout_s: float = 30) -> None:
    """The window closes: what it started (reading a file, loading the word lists, reading a
    plain paragraph) ends first, so none of it runs on, or hands its result back, after the
    window is gone."""
    for job in list(Job.unfinished):
        job.finished.wait(timeout_s)
