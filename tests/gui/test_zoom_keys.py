"""Zoom from the keyboard as every editor accepts it: Ctrl+= (the key without Shift) and
Ctrl++ both zoom in, Ctrl+- zooms out, Ctrl+0 is actual size; on every common layout, and
no key press matches two shortcuts (Qt runs neither of an ambiguous pair)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from amendtool.gui.actions import build_actions
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


# Keys as common layouts print them: (without Shift, with Shift). A key press with Shift is
# matched as the platform's key maps offer it (X11's and Windows' alike): the shifted
# character with and without Shift, and the key's own character with Shift.
LAYOUTS = {
    "US": [("=", "+"), ("-", "_"), ("0", ")")],
    "German": [("+", "*"), ("0", "="), ("-", "_")],
    "French": [("=", "+"), (")", "°"), ("-", "6")],
}


def matches(press: list[str], keys: list[QKeySequence]) -> int:
    return sum(1 for key in keys if any(key == QKeySequence(p) for p in press))


def test_every_zoom_key_press_matches_one_shortcut_on_every_layout(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Two shortcuts one key press can match are ambiguous, and Qt then runs neither:
    "Ctrl+Shift+=" beside "Ctrl++" left Zoom In dead on a US keyboard."""
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = build_actions(parent)
    every = [key for action in actions.values() for key in action.shortcuts()]
    zoom_in = actions["zoom_in"].shortcuts()
    for layout, keys in LAYOUTS.items():
        for plain, shifted in keys:
            presses = {
                plain: [f"Ctrl+{plain}"],
                shifted: [f"Ctrl+Shift+{shifted}", f"Ctrl+{shifted}", f"Ctrl+Shift+{plain}"],
            }
            for char, candidates in presses.items():
                assert matches(candidates, every) <= 1, (layout, char, candidates)
                if char in "+=":  # Ctrl with the key that prints + or = zooms in
                    assert matches(candidates, zoom_in) == 1, (layout, char, candidates)
