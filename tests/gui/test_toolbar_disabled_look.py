"""A toolbar button that cannot act looks it: Redo with nothing to redo is disabled, and its
icon is drawn faded (a grey arrow greyed by the style stayed nearly as dark as an enabled
one, so Redo looked available on the welcome page)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QToolBar

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, press, type_keys


def ink(image: QImage) -> float:
    """How much an icon shows: the darkness of its pixels, weighted by how opaque they are."""
    total = 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor.fromRgba(image.pixel(x, y))
            total += colour.alphaF() * (1 - colour.lightnessF() * 0.5)
    return total


def test_every_toolbar_icon_is_drawn_faded_when_its_action_is_disabled(window: MainWindow) -> None:
    bar = window.findChild(QToolBar, "mainToolbar")
    size = bar.iconSize()
    for action in (a for a in bar.actions() if not a.isSeparator()):
        icon = action.icon()
        shown = ink(icon.pixmap(size, QIcon.Mode.Normal).toImage())
        faded = ink(icon.pixmap(size, QIcon.Mode.Disabled).toImage())
        assert faded <= 0.5 * shown, action.iconText()


def test_redo_is_enabled_only_when_there_is_something_to_redo(
    qtbot: Any, window: MainWindow
) -> None:
    undo, redo = window.actions_by_id["undo"], window.actions_by_id["redo"]
    assert not undo.isEnabled() and not redo.isEnabled()  # the welcome page
    window.open_demo()
    wait_items(qtbot, window, 6)
    assert not undo.isEnabled() and not redo.isEnabled()
    pane = window.workspace.draft_pane
    click_in_text(pane, "Halvorsen Networks, Inc. (")
    type_keys(pane, "The ")
    wait_items(qtbot, window)
    assert undo.isEnabled() and not redo.isEnabled()
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert redo.isEnabled()
    press(pane, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert not redo.isEnabled()
