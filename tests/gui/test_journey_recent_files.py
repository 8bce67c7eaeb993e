"""Open Recent lists counsel's own files that are still there: never a recovery copy (the
app's, deleted once saved); a file gone is dropped, and picking one just gone says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog, QMessageBox

from amendtool.gui import settings
from tests.gui.conftest import wait_items
from tests.gui.test_hostile_journeys import _project


def listed(window) -> list[str]:  # type: ignore[no-untyped-def]
    window.recent.menu.aboutToShow.emit()  # counsel opens File > Open Recent
    return [a.toolTip() for a in window.recent.menu.actions()]


def test_a_recovered_project_never_leaves_a_dead_entry_in_open_recent(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui.app import make_app, open_window

    make_app([])
    recovered = settings.recovery_folder() / "untitled-0123456789ab.amend"
    recovered.write_bytes(_project(tmp_path).read_bytes())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = open_window([])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.original is not None, timeout=10000)
    wait_items(qtbot, window)
    assert str(recovered.resolve()) not in listed(window)
    saved = tmp_path / "matter" / "kestrel.amend"
    saved.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    assert window.save()
    assert not recovered.exists()
    assert listed(window) == [str(saved.resolve())]
    window.session.undo_stack.setClean()


def test_a_file_gone_is_dropped_and_picking_it_says_so_once(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kept, gone = tmp_path / "kept.amend", tmp_path / "gone.amend"
    for path in (kept, gone):
        path.write_bytes(_project(tmp_path).read_bytes())
        window.recent.remember(path)
    window.recent.menu.aboutToShow.emit()
    entry = next(a for a in window.recent.menu.actions() if a.toolTip() == str(gone))
    gone.unlink()  # moved away while the menu was open
    opened: list[Path] = []
    window.open_project = opened.append
    entry.trigger()
    assert opened == []
    assert "gone.amend" in window.statusBar().currentMessage()
    assert "removed from Open Recent" in window.statusBar().currentMessage()
    assert listed(window) == [str(kept)]
    assert settings.get(settings.RECENT_FILES) == [str(kept)]
