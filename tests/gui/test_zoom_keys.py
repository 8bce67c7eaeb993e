"""Zoom from the keyboard as every editor accepts it: Ctrl+= (the key without Shift) and
Ctrl++ both zoom in, Ctrl+- zooms out, Ctrl+0 is actual size."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_items
from tests.gui.human import press

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_equals_and_ctrl_plus_both_zoom_in(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane = window.workspace.draft_pane
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    size = pane.document().defaultFont().pointSizeF()
    press(pane, Qt.Key.Key_Equal, CTRL)
    assert pane.document().defaultFont().pointSizeF() == size + 1
    press(pane, Qt.Key.Key_Plus, CTRL)
    assert pane.document().defaultFont().pointSizeF() == size + 2
    press(pane, Qt.Key.Key_Minus, CTRL)
    assert pane.document().defaultFont().pointSizeF() == size + 1
    press(pane, Qt.Key.Key_0, CTRL)
    assert pane.document().defaultFont().pointSizeF() == size
