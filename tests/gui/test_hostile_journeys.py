"""Every hostile file opened in the app as counsel would, through the menus: a message or the
document, and a window that stays usable. A broken project given on the command line, crash
recovery with the demo, and an unforeseen error in a slot end the same way."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from amendtool.gui import settings
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))

from documents import as_text, edited, offer
from generator import project_cases, readable_documents, refused_documents

# the largest inputs are read in the app too, but their size is the command line's test
SLOW = {"five-thousand-sections", "table-20000-rows", "long-line"}


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The open dialog answers with `path`, as if counsel picked it."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Until the reading started by the menu has ended (the status bar's busy bar)."""
    qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=60000)
    window.session.wait_for_draft(60000)


def usable(qtbot, window: MainWindow, shown: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Still the same window, still answering: the demo opens and drafts its items."""
    assert window.isVisible()
    assert not any("Unexpected problem" in text for text in shown), shown
    window.open_demo()
    wait_items(qtbot, window, 6)
    window.session.undo_stack.setClean()


@pytest.mark.parametrize("role", ["original", "revised"])
def test_every_hostile_document_through_the_menus(  # type: ignore[no-untyped-def]
    role: str,
    qtbot,
    window: MainWindow,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    qtbot.waitUntil(lambda: window._painted)  # files chosen now are read at once
    cases = [c for c in [*refused_documents(), *readable_documents()] if c.name not in SLOW]
    clean = tmp_path / "clean.txt"
    clean.write_text(as_text(offer()), encoding="utf-8")
    for case in cases:
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
        before = len(answered_dialogs)
        if role == "original":
            choose(monkeypatch, path)
            window.actions_by_id["new"].trigger()
        else:
            choose(monkeypatch, clean)
            window.actions_by_id["new"].trigger()
            settle(qtbot, window)
            assert window.session.original is not None
            choose(monkeypatch, path)
            window.actions_by_id["load_revised"].trigger()
        settle(qtbot, window)
        said = answered_dialogs[before:]
        if case.outcome == "refuse":
            assert any(path.name in text for text in said), (case.name, said)
        else:
            assert not [t for t in said if path.name in t], (case.name, said)
            assert window.session.original is not None, case.name
        assert window.isVisible(), case.name
        window.session.undo_stack.setClean()
    usable(qtbot, window, answered_dialogs)


def test_every_hostile_project_through_the_menu(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    qtbot.waitUntil(lambda: window._painted)
    base = _project(tmp_path)
    opened = 0
    for case in project_cases(json.loads(base.read_text(encoding="utf-8"))):
        folder = tmp_path / case.name
        folder.mkdir()
        path = case.make(folder)
        before = len(answered_dialogs)
        choose(monkeypatch, path)
        window.actions_by_id["open"].trigger()
        settle(qtbot, window)
        said = answered_dialogs[before:]
        if window.session.path == path:
            opened += 1
        else:
            assert any(path.name in text for text in said), (case.name, said)
        assert window.isVisible(), case.name
        window.session.undo_stack.setClean()
    assert opened, "not one of the projects opened: the base project is not a project"
    usable(qtbot, window, answered_dialogs)


def _project(tmp_path: Path) -> Path:
    """A project drafted from the small offer, as the command line saves it."""
    from amendtool import cli

    original, revised = tmp_path / "o.txt", tmp_path / "r.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    project = tmp_path / "base.amend"
    argv = ["draft", str(original), str(revised), "--filing", str(SAMPLES / "filing.toml")]
    assert cli.main([*argv, "--out", str(tmp_path / "out"), "--project", str(project)]) == 0
    return project


def test_a_broken_project_on_the_command_line_shows_the_window_and_a_message(  # type: ignore[no-untyped-def]
    qtbot, answered_dialogs: list[str], tmp_path: Path
) -> None:
    from amendtool.gui.app import make_app, open_window

    make_app([])
    broken = tmp_path / "broken.amend"
    broken.write_text('{"format": "amendtool-project", "schema_version": 1, "filing": [1]', "utf-8")
    window = open_window([str(broken)])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: any("broken.amend" in t for t in answered_dialogs), timeout=10000)
    assert window.isVisible()
    usable(qtbot, window, answered_dialogs)


@pytest.mark.parametrize("recover", [True, False])
def test_crash_recovery_is_offered_with_the_demo_and_its_copy_goes_once_saved(  # type: ignore[no-untyped-def]
    recover: bool,
    qtbot,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from amendtool.gui.app import make_app, open_window

    make_app([])
    recovered = settings.recovery_folder() / "untitled-0123456789ab.amend"
    recovered.parent.mkdir(parents=True, exist_ok=True)
    recovered.write_bytes(_project(tmp_path).read_bytes())
    answer = QMessageBox.StandardButton.Yes if recover else QMessageBox.StandardButton.No
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer
    )
    window = open_window(["--demo"])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert "unsaved work from an earlier session" in asked[0]
    if not recover:
        wait_items(qtbot, window, 6)  # the demo, as asked for
        assert not recovered.exists()
        window.session.undo_stack.setClean()
        return
    qtbot.waitUntil(lambda: window.session.original is not None, timeout=10000)
    assert window.session.path is None and recovered.exists()  # kept until it is saved
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "saved.amend"), "")
    )
    assert window.save()
    assert (tmp_path / "saved.amend").exists()
    assert not recovered.exists()
    window.session.undo_stack.setClean()


def test_an_unforeseen_error_in_the_app_is_a_message_and_the_window_stays(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from amendtool.gui.app import install_error_handler

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_error_handler(window)

    def defect() -> None:
        raise ZeroDivisionError("a defect in a slot")

    QTimer.singleShot(0, defect)
    qtbot.waitUntil(lambda: any("did not expect" in t for t in answered_dialogs), timeout=10000)
    message = next(t for t in answered_dialogs if "did not expect" in t)
    assert "ZeroDivisionError" in message
    logs = list((tmp_path / "state" / "amendtool").glob("*.log"))
    assert logs and "a defect in a slot" in logs[0].read_text(encoding="utf-8")
    assert str(logs[0]) in message
    QApplication.processEvents()
    usable(qtbot, window, answered_dialogs)



