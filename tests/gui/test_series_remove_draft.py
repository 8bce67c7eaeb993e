"""Amendment ▸ Remove This Draft Amendment: a draft, never filed, is taken out of the project
once counsel confirms a message saying it cannot be undone; the amendment before it opens
again as it was filed. A filed amendment, or the project's only one, is never removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from amendtool.gui.main_window import MainWindow
from amendtool.io.project_file import load_project
from tests.gui.conftest import wait_items
from tests.gui.test_series_gui import confirmed, plain_paragraphs_written

__all__ = ["confirmed"]  # the fixture: counsel answers Yes


def test_a_draft_amendment_is_removed_after_a_warning_and_the_earlier_one_opens(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    remove = window.actions_by_id["remove_draft"]
    remove.trigger()  # the project's only amendment stays
    assert "the project's only amendment" in answered_dialogs[-1]
    assert not confirmed and len(window.session.ensure_series().amendments) == 1

    plain_paragraphs_written(window)
    window.amendment_menu.extend("2026-05-07 23:59")
    wait_items(qtbot, window)
    series = window.session.series
    assert series is not None and [a.number for a in series.amendments] == [1, 2]
    assert window.workspace.series_list.count() == 2

    def no(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        confirmed.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    confirmed.clear()
    remove.trigger()  # counsel thinks again: nothing is removed
    assert len(confirmed) == 1 and "cannot be undone" in confirmed[0]
    assert "Amendment No. 2" in confirmed[0] and [a.number for a in series.amendments] == [1, 2]

    monkeypatch.undo()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    remove.trigger()
    wait_items(qtbot, window, 6)
    assert [(a.number, a.status.value) for a in series.amendments] == [(1, "filed")]
    assert window.session.filing is not None and window.session.filing.amendment_number == 1
    assert window.workspace.series_list.count() == 1
    assert window.session.locked and not remove.isEnabled()  # No. 1 was filed
    assert not window.session.undo_stack.canUndo() and window.isWindowModified()
    project = tmp_path / "series.amend"
    window.session.save(project)
    assert [a.number for a in load_project(project).series.amendments] == [1]
