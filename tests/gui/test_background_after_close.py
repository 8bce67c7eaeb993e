"""Work started in the background for a window that closes before it ends is dropped: no
error reaches the next window, and nothing is handed to the closed one."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMainWindow

from amendtool.gui.background import run_in_background
from tests.gui.human import pause


def test_work_ending_after_its_window_closed_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    release = threading.Event()
    handed: list[object] = []
    run_in_background(
        window, "Loading…", lambda: release.wait(5) and "done", lambda r, e: handed.append(r)
    )
    window.deleteLater()
    pause(50)  # the window is deleted while the work still runs
    release.set()
    QThreadPool.globalInstance().waitForDone(5000)
    pause(50)  # the finished signal is delivered: nothing is raised, nothing handed over
    assert handed == []
