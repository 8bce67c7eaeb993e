"""Ctrl+Y redoes, as in Word, on every platform: Linux desktops list only Ctrl+Shift+Z for
Redo, and a lawyer used to Windows presses Ctrl+Y in the draft and in the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, press, type_keys
from tests.gui.test_journey_heading_marks import ORIGINAL, PARAGRAPH

CTRL_Y = QKeySequence("Ctrl+Y")


@pytest.fixture
def linux_desktop(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Redo bound as a GNOME or KDE desktop binds it: Ctrl+Shift+Z, no Ctrl+Y."""
    bindings = QKeySequence.keyBindings
    matches = QKeyEvent.matches

    def desktop_bindings(key: QKeySequence.StandardKey) -> list[QKeySequence]:
        found = bindings(key)
        return [k for k in found if k != CTRL_Y] if key == QKeySequence.StandardKey.Redo else found

    def desktop_matches(event: QKeyEvent, key: QKeySequence.StandardKey) -> bool:
        if key == QKeySequence.StandardKey.Redo and QKeySequence(event.keyCombination()) == CTRL_Y:
            return False
        return matches(event, key)

    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(desktop_bindings))
    monkeypatch.setattr(QKeyEvent, "matches", desktop_matches)
    yield


@pytest.mark.usefixtures("linux_desktop")
def test_ctrl_y_redoes_in_the_draft_and_in_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    assert CTRL_Y in window.actions_by_id["redo"].shortcuts()
    window.open_documents(ORIGINAL, None, None)
    wait_items(qtbot, window, 0)
    pane = window.workspace.draft_pane
    click_in_text(pane, PARAGRAPH, offset=len(PARAGRAPH))
    type_keys(pane, " promptly")
    typed = pane.toPlainText()
    assert "promptly" in typed
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    undone = pane.toPlainText()
    assert undone != typed
    press(pane, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert pane.toPlainText() == typed  # the draft's own key
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert pane.toPlainText() == undone
    window.workspace.items_panel.list.setFocus()
    press(window.workspace.items_panel.list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert pane.toPlainText() == typed  # the window's shortcut, away from the draft
    wait_items(qtbot, window)
