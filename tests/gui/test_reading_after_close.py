"""A window closed while counsel's plain paragraph waits to be read, or while the first
word-list load is queued, starts no reading afterwards: its timers outlive the close until
the window is deleted, and a job they started would run on into whatever comes next."""

from __future__ import annotations

from amendtool.gui.background import run_in_background, unfinished_jobs
from amendtool.gui.main_window import MainWindow
from amendtool.gui.plain_reading import WAIT_MS, PlainReader
from tests.gui.human import pause


def test_a_reading_asked_for_before_the_window_closed_never_starts(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    reader: PlainReader = window.workspace.items_panel.plain.reader
    reader.read("The Company will accept all properly tendered options.")
    assert reader.timer.isActive()
    window.close()
    pause(WAIT_MS + 150)  # past the reading's wait: the closed window's timer would fire here
    assert unfinished_jobs() == []
    assert not reader.busy()


def test_a_warm_up_queued_before_the_window_closed_never_starts(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    reader: PlainReader = window.workspace.items_panel.plain.reader
    window.close()
    reader.warm()  # the warm-up the first draft queues, delivered after the close
    assert unfinished_jobs() == []
    assert not reader.busy()


def test_work_queued_for_after_the_first_frame_never_starts_once_the_window_closed(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.close()
    ran: list[str] = []
    run_in_background(window, "Reading…", lambda: ran.append("read"), lambda r, e: None)
    pause(100)
    assert ran == []
    assert unfinished_jobs() == []
