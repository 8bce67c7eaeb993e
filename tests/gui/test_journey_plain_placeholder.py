"""Clicking into the plain paragraph while it holds words in brackets for counsel selects
them, so what counsel types replaces them: never typed beside the placeholder."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from amendtool.core.plain_summary import placeholders
from tests.gui.conftest import wait_items
from tests.gui.human import click_row, pause, type_keys
from tests.gui.test_journey_plain_paragraph import editor_of


def click_at(editor, position: int) -> None:  # type: ignore[no-untyped-def]
    cursor = editor.textCursor()
    cursor.setPosition(position)
    point = editor.cursorRect(cursor).center()
    QTest.mouseClick(
        editor.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    pause(30)


def test_a_click_on_the_placeholder_selects_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    click_row(window.workspace.items_panel.list, 0)  # item A: the tool cannot say what it means
    editor = editor_of(window)
    text = editor.toPlainText()
    [placeholder] = placeholders(text)
    start = text.index(placeholder)
    click_at(editor, start + len(placeholder) // 2)
    assert editor.textCursor().selectedText() == placeholder
    type_keys(editor, "You may now withdraw by fax.")
    written = editor.toPlainText()
    assert placeholder not in written and "[" not in written
    assert (
        written == text[:start] + "You may now withdraw by fax." + text[start + len(placeholder) :]
    )


def test_a_click_below_the_text_selects_the_placeholder_at_its_end(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    click_row(window.workspace.items_panel.list, 0)
    editor = editor_of(window)
    text = editor.toPlainText()
    [placeholder] = placeholders(text)
    assert text.endswith(placeholder)
    below = editor.viewport().rect().bottomLeft() + QPoint(40, -10)  # the room under the text
    QTest.mouseClick(
        editor.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, below
    )
    pause(30)
    assert editor.textCursor().selectedText() == placeholder
    click_at(editor, 2)  # a click on the tool's own words goes where it lands
    assert not editor.textCursor().hasSelection() and editor.textCursor().position() == 2
