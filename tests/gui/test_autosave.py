"""Autosave: a snapshot taken on the UI thread, written compactly by a worker."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThreadPool

from amendtool.core.draft_text import document_blocks
from amendtool.gui import autosave, settings
from amendtool.gui.main_window import MainWindow
from amendtool.io.project_file import load_project
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys
from tests.gui.test_journey_whole_document import ORIGINAL


def edited(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.autosave.stop()  # the test decides when to autosave
    window.open_documents(ORIGINAL, None, SAMPLES / "filing.toml")
    wait_items(qtbot, window, 0)
    click_in_text(window.workspace.draft_pane, "final and binding.")
    type_keys(window.workspace.draft_pane, " Truly.")
    wait_items(qtbot, window, 1)


def test_autosave_is_written_by_a_worker_compactly_and_reads_back(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    edited(qtbot, window)
    threads: list[threading.Thread] = []
    encode = autosave.project_json

    def watched(project):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return encode(project)

    monkeypatch.setattr(autosave, "project_json", watched)
    window.write_recovery()
    path = window.recovery_path()
    qtbot.waitUntil(path.exists, timeout=15000)
    assert threads and threading.main_thread() not in threads
    text = path.read_text(encoding="utf-8")
    assert "\n" not in text  # compact: no indentation
    project = load_project(path)
    assert [i.substance() for i in project.items] == [i.substance() for i in window.session.items]
    assert document_blocks(project.revised) == document_blocks(window.session.revised)


def test_nothing_new_is_written_when_nothing_changed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    edited(qtbot, window)
    window.write_recovery()
    path = window.recovery_path()
    qtbot.waitUntil(path.exists, timeout=15000)
    QThreadPool.globalInstance().waitForDone(10000)
    stamp = path.stat().st_mtime_ns
    path.unlink()
    window.write_recovery()
    QThreadPool.globalInstance().waitForDone(10000)
    assert not path.exists()  # the same state is not written again
    assert stamp


def test_closing_while_autosaving_leaves_no_recovery_file(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    edited(qtbot, window)
    window.write_recovery()
    window.session.undo_stack.setClean()
    window.close()
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)
    assert list(settings.recovery_folder().glob("*.amend")) == []


def test_saving_an_untitled_amendment_removes_its_recovery_file(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    edited(qtbot, window)
    window.write_recovery()
    qtbot.waitUntil(lambda: any(settings.recovery_folder().glob("*.amend")), timeout=15000)
    QThreadPool.globalInstance().waitForDone(10000)
    assert window._save_to(tmp_path / "saved.amend")
    assert list(settings.recovery_folder().glob("*.amend")) == []
