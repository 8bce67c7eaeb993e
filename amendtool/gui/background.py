"""Runs slow work (loading a large file) off the UI thread and hands the result back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Signals(QObject):
    done = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            self.signals.done.emit(self.work(), None)
        except Exception as exc:
            self.signals.done.emit(None, exc)


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    done: Callable[[Any, Exception | None], None],
) -> _Job:
    """Start `work`; a progress dialog appears if it takes more than a moment."""
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setMinimumDuration(400)
    dialog.setWindowTitle("amendtool")
    job = _Job(work)
    parent._jobs = getattr(parent, "_jobs", set()) | {job}  # type: ignore[attr-defined]

    def finish(result: Any, error: Exception | None) -> None:
        dialog.reset()
        dialog.deleteLater()
        parent._jobs.discard(job)  # type: ignore[attr-defined]
        done(result, error)

    job.signals.done.connect(finish)
    QTimer.singleShot(0, lambda: QThreadPool.globalInstance().start(job))
    return job
