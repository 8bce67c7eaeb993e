"""Counsel edits an item's filing wording on the item panel, at a human pace, and clicks
another item without pressing "Keep this wording": the edit is kept as counsel's wording
(one undo step for the visit), the caption says so as soon as counsel types, and the item
shows it again when counsel comes back."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from tests.gui.conftest import wait_items
from tests.gui.human import click_row, type_keys

ADDED = " Counsel added this."


def test_wording_typed_in_the_filing_box_is_kept_when_counsel_leaves(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel, session = window.workspace.items_panel, window.session
    click_row(panel.list, 3)
    box = panel.filing
    generated = box.toPlainText()
    assert generated and box.isEnabled()
    assert panel.status.text().startswith("Generated wording.")
    steps = session.undo_stack.count()
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    type_keys(box, ADDED)
    assert panel.status.text().startswith("Counsel's wording")

    click_row(panel.list, 0)
    assert box.toPlainText() != generated + ADDED
    click_row(panel.list, 3)
    assert box.toPlainText() == generated + ADDED
    assert panel.status.text().startswith("Counsel's wording")
    wait_items(qtbot, window, 6)
    assert session.items[3].filing_override == (generated + ADDED).strip()
    assert session.undo_stack.count() == steps + 1  # one visit, one undo step

    session.undo_stack.undo()
    wait_items(qtbot, window, 6)
    assert session.items[3].filing_override is None
    assert box.toPlainText() == generated


def test_a_pause_in_typing_keeps_the_wording(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel, session = window.workspace.items_panel, window.session
    click_row(panel.list, 3)
    box = panel.filing
    generated = box.toPlainText()
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    type_keys(box, ADDED)
    QTest.qWait(50)
    qtbot.waitUntil(lambda: session.items[3].filing_override == (generated + ADDED).strip())
    assert box.toPlainText() == generated + ADDED  # nothing typed is moved or lost
    assert box.textCursor().position() == len(generated + ADDED)
