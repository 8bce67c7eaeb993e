"""Amendment ▸ Mark as Filed asks first, as Extend and Next Amendment do (a filed amendment
is locked for good), and an amendment that changes nothing is never marked filed."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QMessageBox

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.test_series_gui import plain_paragraphs_written


def test_mark_as_filed_asks_and_no_keeps_the_draft(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    plain_paragraphs_written(window)
    window.actions_by_id["mark_filed"].trigger()
    assert answered_dialogs[-1] == (
        "Amendment No. 1 will be marked filed and locked: it cannot be changed after this. "
        "Continue?"
    )
    assert not window.session.locked


def test_an_amendment_without_changes_is_not_marked_filed(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    plain_paragraphs_written(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.actions_by_id["next_amendment"].trigger()
    wait_items(qtbot, window, 0)
    assert window.session.filing is not None and window.session.filing.amendment_number == 2
    window.actions_by_id["mark_filed"].trigger()
    assert answered_dialogs[-1].startswith(
        "Amendment No. 2 cannot be marked filed: it makes no change to the offer"
    )
    assert not window.session.locked
