"""Typing in the draft at a human pace, with an item selected and drafts finishing meanwhile."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from amendtool.gui import commands
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, press, type_keys

WITHDRAWAL = "You may withdraw your tendered options at any time before the expiration date."
LAST_WORDS = "Stamford, Connecticut 06902."


def open_demo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)


def test_typing_with_an_item_selected_goes_where_counsel_clicked(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    panel, pane = window.workspace.items_panel, window.workspace.draft_pane
    click_row(panel.list, 2)  # item C, in Section 7
    selected = window.session.items[2].substance()
    position = click_in_text(pane, WITHDRAWAL)
    bar = pane.verticalScrollBar().value()
    type_keys(pane, " We granted the options.")
    wait_items(qtbot, window, 7)
    assert WITHDRAWAL + " We granted the options." in pane.toPlainText()
    assert pane.textCursor().position() == position + len(" We granted the options.")
    assert pane.verticalScrollBar().value() == bar
    assert QApplication.focusWidget() is pane
    # the item counsel selected is still the one selected, though a new item came before it
    row = panel.list.currentRow()
    assert window.session.items[row].substance() == selected
    assert panel.list.item(row).text().startswith("D.")


def test_a_space_and_backspace_at_the_end_leave_the_draft_as_it_was(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    pane = window.workspace.draft_pane
    click_row(window.workspace.items_panel.list, 4)
    before = pane.toPlainText()
    click_in_text(pane, LAST_WORDS)
    type_keys(pane, " \b", pauses=(180, 250))
    wait_items(qtbot, window, 6)
    assert pane.toPlainText() == before


def test_typing_is_undone_word_by_word_not_draft_by_draft(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(commands, "TYPING_PAUSE_MS", 10**9)  # words only, whatever the load
    open_demo(qtbot, window)
    pane = window.workspace.draft_pane
    stack = window.session.undo_stack
    click_in_text(pane, WITHDRAWAL)
    steps = stack.count()
    drafts = window.session._generation
    type_keys(pane, " Counsel may extend it.")
    wait_items(qtbot, window, 7)
    assert window.session._generation > drafts + 1  # drafts finished while typing
    assert stack.count() - steps == 5  # " ", "Counsel ", "may ", "extend ", "it."
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert WITHDRAWAL + " Counsel may extend " in pane.toPlainText()
    assert WITHDRAWAL + " Counsel may extend it." not in pane.toPlainText()
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert WITHDRAWAL + " Counsel may " in pane.toPlainText()
    assert WITHDRAWAL + " Counsel may extend" not in pane.toPlainText()
    for _ in range(3):
        window.actions_by_id["undo"].trigger()
    wait_items(qtbot, window, 6)
    assert WITHDRAWAL + " Counsel" not in pane.toPlainText()


def test_a_pause_ends_an_undo_step(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock = [0]
    monkeypatch.setattr(commands, "now_ms", lambda: clock[0])
    open_demo(qtbot, window)
    pane = window.workspace.draft_pane
    stack = window.session.undo_stack
    click_in_text(pane, WITHDRAWAL, offset=0)
    steps = stack.count()
    type_keys(pane, "Fir")
    clock[0] += 5000  # counsel stops to think
    type_keys(pane, "st, ")
    assert stack.count() - steps == 2
    window.actions_by_id["undo"].trigger()
    assert "FirYou may withdraw" in pane.toPlainText()


@pytest.mark.parametrize("where", ["start", "end"])
def test_enter_and_backspace_are_exact_undo_steps(qtbot, window, where: str) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    pane = window.workspace.draft_pane
    before = pane.blocks()
    click_in_text(pane, WITHDRAWAL, offset=0 if where == "start" else len(WITHDRAWAL))
    type_keys(pane, "\n\b\b")
    for _ in range(3):
        window.actions_by_id["undo"].trigger()
    assert pane.blocks() == before
    for _ in range(3):
        window.actions_by_id["redo"].trigger()
    for _ in range(3):
        window.actions_by_id["undo"].trigger()
    assert pane.blocks() == before
    wait_items(qtbot, window, 6)
