"""Ctrl+F does what Word does: the words selected in the text are the term, else the last
term; either way selected in the Find field, so what counsel types replaces it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.gui.main_window import MainWindow
from tests.gui.human import click_in_text, press, type_keys
from tests.gui.test_journey_whole_document import open_original

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_f_takes_the_selection_else_the_last_term(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    pane, bar = window.workspace.draft_pane, window.workspace.find_bar
    press(pane, Qt.Key.Key_F, CTRL)
    type_keys(bar.term, "options", pauses=(40, 95, 60))
    press(bar.term, Qt.Key.Key_Escape)
    # a word selected in the draft: Ctrl+F finds it, not the last term
    click_in_text(pane, "final and binding", 0)
    press(pane, Qt.Key.Key_Right, CTRL | SHIFT)
    selected = pane.textCursor().selectedText()
    assert selected.strip() == "final"
    press(pane, Qt.Key.Key_F, CTRL)
    assert bar.term.text() == selected and bar.term.selectedText() == selected
    qtbot.waitUntil(lambda: " of " in bar.count.text(), timeout=3000)  # the selection: 1 of n
    type_keys(bar.term, "binding", pauses=(40, 95, 60))  # typing replaces the term
    assert bar.term.text() == "binding"
    press(bar.term, Qt.Key.Key_Escape)
    # nothing selected: the last term, selected
    click_in_text(pane, "final and binding", 0)
    press(pane, Qt.Key.Key_F, CTRL)
    assert bar.term.text() == "binding" and bar.term.selectedText() == "binding"
