"""A project whose original changed or vanished since it was drafted: the app says so in the
same one line as `amendtool check` (an error of the checks, listed when export asks whether to
go on), never a redline quietly made in the house style."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from amendtool.core.findings import ERROR
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "hostile"))

from documents import as_text, edited, exportable_filing, offer


def _amendtool(*argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "amendtool", *argv]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def _checked_error(project: Path) -> str:
    """The line `amendtool check` gives about the original, without its prefix."""
    checked = _amendtool("check", str(project))
    assert checked.returncode == 1, checked.stderr
    lines = [
        line
        for line in checked.stderr.splitlines()
        if line.startswith("amendtool: error: the original")
    ]
    assert len(lines) == 1, checked.stderr
    return lines[0].removeprefix("amendtool: error: ")


def _app_errors(qtbot, window: MainWindow, project: Path) -> list[str]:  # type: ignore[no-untyped-def]
    window.open_project(project)
    wait_items(qtbot, window)
    return [f.message for f in window.session.findings if f.severity == ERROR]


def test_the_app_says_what_check_says_of_an_original_changed_or_gone(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, answered_dialogs: list[str], tmp_path: Path
) -> None:
    original, revised = tmp_path / "offer.txt", tmp_path / "revised.txt"
    original.write_text(as_text(offer()), encoding="utf-8")
    revised.write_text(as_text(edited(offer())), encoding="utf-8")
    project = tmp_path / "offer.amend"
    filing = exportable_filing(tmp_path)
    done = _amendtool(
        "draft", str(original), str(revised), "--filing", str(filing), "--out",
        str(tmp_path / "out"), "--project", str(project),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not [m for m in _app_errors(qtbot, window, project) if "original" in m]

    original.write_text(as_text(offer()).replace("two years", "three years"), "utf-8")
    changed = _checked_error(project)
    assert changed.startswith("the original offer.txt has changed since the project was drafted")
    assert changed in _app_errors(qtbot, window, project)
    before = len(answered_dialogs)
    window.actions_by_id["export"].trigger()  # asks, listing it; answered No
    assert any(changed in text for text in answered_dialogs[before:]), answered_dialogs

    original.unlink()
    gone = _checked_error(project)
    assert gone.startswith("the original offer.txt is no longer at")
    assert gone in _app_errors(qtbot, window, project)
    assert window.isVisible()
