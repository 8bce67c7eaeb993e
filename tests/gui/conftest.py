"""GUI tests drive the real window offscreen; settings and recovery files go to tmp_path."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from amendtool.gui import collector, settings
from amendtool.gui.background import unfinished_jobs
from amendtool.gui.main_window import MainWindow


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.fspath):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def nothing_left_running() -> Iterator[None]:
    """Every window test ends with nothing it started still running: its windows are closed
    before this runs, and closing a window ends its drafting, checks and reading. A job left
    running would take the interpreter, and whatever the next test patches or counts, from
    the tests that follow."""
    yield
    assert unfinished_jobs() == [], "work outlived its window"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> None:
    settings.use_folder(tmp_path / "settings")


@pytest.fixture(autouse=True)
def answered_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes never block a test: they are recorded and answered 'Discard'/'No'."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def answer(result):  # type: ignore[no-untyped-def]
        def show(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            shown.append(text)
            return result

        return show

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    monkeypatch.setattr(QMessageBox, "critical", answer(QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "about", answer(None))
    monkeypatch.setattr(QMessageBox, "information", answer(QMessageBox.StandardButton.Ok))

    def cancel(box):  # type: ignore[no-untyped-def]
        shown.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    return shown


@pytest.fixture(autouse=True)
def earlier_windows_let_go(answered_dialogs: list[str]) -> None:
    """Each window test starts with the windows of the tests before it gone, whichever tests
    those were (the suite is spread over workers file by file, in no fixed order): closed,
    deleted, and their Python side collected here, between tests. Left to the app, they
    would be collected by the full pass that follows the next window's first draft, in the
    middle of that test, where what an earlier test left could crash a later one."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        answered_dialogs.clear()  # what closing them asked is not this test's
    while collector._open_windows:  # a window deleted unclosed never gave Python's passes back
        collector.give_back_pace()
    gc.unfreeze()
    gc.collect()


@pytest.fixture
def exports_anyway(monkeypatch: pytest.MonkeyPatch, answered_dialogs: list[str]) -> list[str]:
    """Counsel reads what the checks found and chooses Export Anyway (the offer's warnings
    are not what the test is about); any other message box is recorded and cancelled."""
    from PySide6.QtWidgets import QMessageBox

    def answer(box):  # type: ignore[no-untyped-def]
        answered_dialogs.append(box.text())
        anyway = [b for b in box.buttons() if b.text() == "Export Anyway"]
        if anyway:
            anyway[0].click()
            return 0
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return answered_dialogs


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from amendtool.gui.app import make_app

    make_app([])
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    yield win
    if win._workspace is not None and win.session.original is not None:
        pane = win.workspace.draft_pane  # what the session drafts from is what counsel sees
        assert pane.blocks() == pane.read_blocks()
    win.session.undo_stack.setClean()


def wait_items(qtbot, window: MainWindow, count: int | None = None) -> None:  # type: ignore[no-untyped-def]
    def ready() -> None:
        window.session.wait_for_draft()
        assert window.session.original is not None
        if count is not None:
            assert len(window.session.items) == count

    qtbot.waitUntil(ready, timeout=15000)


def write_plain_paragraphs(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Counsel writes each item's plain paragraph: the notice holds no placeholder, so
    Export, Export PDF and Print have nothing to ask about (the demo's checks find no more)."""
    wait_items(qtbot, window)
    for item in window.session.items:
        item.set_plain_summary("This change gives you more time to decide.")
    window.session.refresh_checks()
    wait_items(qtbot, window)
    qtbot.waitUntil(lambda: window.session.checked, timeout=30000)
