"""Ctrl+Shift+H on a paragraph whose words do not change makes one structural item, classed
clarifying, never "Paragraph deleted" and "Section added" as changes of terms; the same for a
heading made body text, and undo and redo give the project back exactly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from amendtool.core.items import ItemKind, Materiality
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_row, pause, press, show_position

ORIGINAL = SAMPLES / "offer-to-exchange.docx"
PARAGRAPH = "You may withdraw your tendered options at any time before"
HEADING = "4. Withdrawal Rights"
MARK = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def mark_heading(qtbot, window: MainWindow, words: str, exact: bool = False) -> None:  # type: ignore[no-untyped-def]
    """Click into the first paragraph that begins with these words (that is these words,
    when `exact`), and press Ctrl+Shift+H."""
    pane = window.workspace.draft_pane
    block = pane.document().begin()
    while block.isValid() and not (
        block.text() == words if exact else block.text().startswith(words)
    ):
        block = block.next()
    assert block.isValid(), words
    point = show_position(pane, block.position() + 3)
    QTest.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    pause(20)
    assert pane.textCursor().block() == block
    press(pane, Qt.Key.Key_H, MARK)


def undo_redo(qtbot, window: MainWindow, key: Qt.Key, count: int) -> None:  # type: ignore[no-untyped-def]
    press(window.workspace.draft_pane, key, Qt.KeyboardModifier.ControlModifier)
    wait_items(qtbot, window, count)


def test_a_paragraph_marked_as_heading_is_one_clarifying_item(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, None)
    wait_items(qtbot, window, 0)
    mark_heading(qtbot, window, PARAGRAPH)
    wait_items(qtbot, window, 1)
    [item] = window.session.items
    assert item.kind is ItemKind.MAKE_HEADING
    assert item.materiality is Materiality.CLARIFYING
    assert "heading" in item.materiality_reason
    assert item.old_text.startswith(PARAGRAPH)
    qtbot.waitUntil(lambda: window.session.checked, timeout=15000)
    assert window.session.findings == []  # the items give the draft: nothing to report
    click_row(window.workspace.items_panel.list, 0)
    reason = window.workspace.items_panel.reason.text()
    assert (
        "heading" in reason
        and "Clarifying" in window.workspace.items_panel.materiality.currentText()
    )
    row = window.workspace.items_panel.list.item(0).text()
    assert row.startswith("A.  Paragraph made a heading")
    undo_redo(qtbot, window, Qt.Key.Key_Z, 0)
    undo_redo(qtbot, window, Qt.Key.Key_Y, 1)
    assert window.session.items[0].kind is ItemKind.MAKE_HEADING


def test_a_heading_marked_as_body_text_is_one_clarifying_item(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, None)
    wait_items(qtbot, window, 0)
    mark_heading(qtbot, window, HEADING, exact=True)
    wait_items(qtbot, window, 1)
    [item] = window.session.items
    assert item.kind is ItemKind.MAKE_PARAGRAPH
    assert item.materiality is Materiality.CLARIFYING
    assert item.locator.section_name == "Section 4. Withdrawal Rights"
    undo_redo(qtbot, window, Qt.Key.Key_Z, 0)
    undo_redo(qtbot, window, Qt.Key.Key_Y, 1)
    assert window.session.items[0].kind is ItemKind.MAKE_PARAGRAPH
    # marked again: the heading is back, and nothing is left to amend
    mark_heading(qtbot, window, HEADING, exact=True)
    wait_items(qtbot, window, 0)
