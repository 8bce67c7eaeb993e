"""A recovery file belongs to the window that writes it. A second window (or a second copy of
the app) starting while the first has unsaved work is never offered the first one's recovery
copy, and declining the offer of a crashed session's copy deletes that copy alone; a copy
whose app ended without letting it go (a crash) is offered, as it should be."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from amendtool.gui import settings
from amendtool.gui.app import make_app, open_window
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, pause, type_keys
from tests.gui.test_journey_whole_document import ORIGINAL


def typed_and_autosaved(qtbot, window: MainWindow) -> Path:  # type: ignore[no-untyped-def]
    """Counsel types in the draft; the autosave writes this window's recovery copy."""
    window.autosave.stop()  # the test says when the autosave runs
    window.open_documents(ORIGINAL, None, SAMPLES / "filing.toml")
    wait_items(qtbot, window, 0)
    click_in_text(window.workspace.draft_pane, "final and binding.")
    type_keys(window.workspace.draft_pane, " Truly.")
    wait_items(qtbot, window, 1)
    window.write_recovery()
    path = window.recovery_path()
    qtbot.waitUntil(path.exists, timeout=15000)
    QThreadPool.globalInstance().waitForDone(10000)
    return path


def second_window(
    qtbot, monkeypatch, answer: QMessageBox.StandardButton
) -> tuple[MainWindow, list[str]]:  # type: ignore[no-untyped-def]
    """The app started again (as from the dock while the first window is open): the
    recovery question answered `answer`."""
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer
    )
    window = open_window([])
    qtbot.addWidget(window)
    window.show()
    pause(300)  # the question comes once the window is on screen
    return window, asked


def crashed_copy(tmp_path: Path, name: str = "untitled-0123456789ab.amend") -> Path:
    """A recovery copy left by an app that crashed holding it (its lock names a process that
    no longer runs)."""
    from tests.gui.test_hostile_journeys import _project

    path = settings.recovery_folder() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_project(tmp_path).read_bytes())
    holder = f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(path) + ".lock"!r})
        assert lock.tryLock(0)
        os._exit(0)  # a crash: the lock is never let go
    """
    subprocess.run([sys.executable, "-c", textwrap.dedent(holder)], check=True, timeout=60)
    assert Path(str(path) + ".lock").exists()
    return path


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_a_second_window_never_offers_nor_deletes_the_first_windows_copy(
    qtbot, window, monkeypatch, tmp_path, answer
) -> None:  # type: ignore[no-untyped-def]
    make_app([])
    live = typed_and_autosaved(qtbot, window)
    crashed = crashed_copy(tmp_path)
    other, asked = second_window(qtbot, monkeypatch, answer)
    assert len(asked) == 1 and crashed.name in asked[0]  # the crashed session's copy alone
    assert live.exists()  # the first window's copy: neither offered nor deleted
    assert crashed.exists() == (answer == QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        qtbot.waitUntil(lambda: other.session.original is not None, timeout=10000)
    # the first window goes on autosaving into its own copy
    type_keys(window.workspace.draft_pane, " Yes.")
    wait_items(qtbot, window, 1)
    window.write_recovery()
    qtbot.waitUntil(lambda: "Yes." in live.read_text(encoding="utf-8"), timeout=15000)
    # a third start meets two copies held by running windows: nothing is asked
    third, asked_again = second_window(qtbot, monkeypatch, QMessageBox.StandardButton.No)
    assert asked_again == []
    assert live.exists() and crashed.exists() == (answer == QMessageBox.StandardButton.Yes)
    for each in (other, third):
        each.session.undo_stack.setClean()
        each.close()
    window.session.undo_stack.setClean()
    window.close()
    QThreadPool.globalInstance().waitForDone(10000)
    assert not live.exists()  # closed with nothing unsaved: its copy goes with it


def test_two_windows_never_share_a_recovery_file(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each window's copy has a name of its own, however the two were opened."""
    first = typed_and_autosaved(qtbot, window)
    other, _ = second_window(qtbot, monkeypatch, QMessageBox.StandardButton.No)
    second = typed_and_autosaved(qtbot, other)
    assert first != second and first.exists() and second.exists()
    other.session.undo_stack.setClean()
    other.close()
    QThreadPool.globalInstance().waitForDone(10000)
    assert first.exists() and not second.exists()
