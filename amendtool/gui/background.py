"""Runs slow work (reading a large file) off the UI thread and hands the result back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid


class _Signals(QObject):
    done = Signal()  # the result waits on the job; only plain Python data crosses threads


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns the job; the pool must not delete it
        self.work = work
        self.outcome: tuple[Any, Exception | None] = (None, None)
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            self.outcome = (self.work(), None)
        except Exception as exc:
            self.outcome = (None, exc)
        self.signals.done.emit()


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    done: Callable[[Any, Exception | None], None],
) -> _Job:
    """Start `work`; the status bar shows what is happening and a busy bar moves."""
    status = getattr(parent, "statusBar", None)
    busy = getattr(parent, "busy_bar", None)
    if status is not None:
        status().showMessage(label)
    if busy is not None:
        busy.setVisible(True)
    job = _Job(work)
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

    job.signals.done.connect(finish)
    QThreadPool.globalInstance().start(job)
    return job
