"""Slow work (reading a large file) with the window told, and the result handed back.

Reading Word files stays on the UI thread: lxml trees made in a worker thread and freed
later crash PySide6 at exit. A 300-page .docx reads in well under 100 ms (see
benchmarks/bench_engine.py), so a busy cursor and a status message are all it needs; the
heavy, pure-Python drafting runs on a worker thread (gui/session.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def run_in_background(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    done: Callable[[Any, Exception | None], None],
) -> None:
    """Show `label`, run `work` once the window has painted it, then call `done`."""
    status = getattr(parent, "statusBar", None)
    busy = getattr(parent, "busy_bar", None)
    if status is not None:
        status().showMessage(label)
    if busy is not None:
        busy.setVisible(True)

    def run() -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result, error = work(), None
        except Exception as exc:
            result, error = None, exc
        finally:
            QGuiApplication.restoreOverrideCursor()
            if status is not None:
                status().clearMessage()
            if busy is not None:
                busy.setVisible(False)
        done(result, error)

    QTimer.singleShot(0, run)
