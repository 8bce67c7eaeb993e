"""Deleting a paragraph the ordinary way (select its words, Delete, then Backspace to take
the empty paragraph away) deletes that paragraph and nothing else: the heading above it
stays a heading, as in Word, and the item is the paragraph deleted, not a heading made body
text. Deleting the words of a paragraph never changes the kind of the paragraph before it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from amendtool.core.items import ItemKind
from amendtool.gui.main_window import MainWindow
from amendtool.gui.panes import HEADING
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, pause, press, show_position

HEADING_TEXT = "15. Fees and Expenses"
ONLY_PARAGRAPH = (
    "We will not pay any fees or commissions to any broker, dealer or other person for "
    "soliciting tenders of options pursuant to this Offer to Exchange."
)


def is_heading(window: MainWindow, text: str) -> bool:
    """The paragraph of these words (the contents line has its page too) is a heading."""
    block = window.workspace.draft_pane.document().begin()
    while block.isValid() and block.text() != text:
        block = block.next()
    return block.isValid() and block.userState() == HEADING


def select_paragraph(window: MainWindow, text: str) -> None:
    """Click before the paragraph, then Shift+click after its last word."""
    pane = window.workspace.draft_pane
    start = click_in_text(pane, text, 0)
    point = show_position(pane, start + len(text))
    QTest.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, point
    )
    pause(120)
    assert pane.textCursor().selectedText() == text


def test_delete_then_backspace_keeps_the_heading_above(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    assert is_heading(window, HEADING_TEXT)
    pane = window.workspace.draft_pane
    select_paragraph(window, ONLY_PARAGRAPH)
    press(pane, Qt.Key.Key_Delete)
    pause(250)
    press(pane, Qt.Key.Key_Backspace)
    pause(180)
    wait_items(qtbot, window, 7)
    assert is_heading(window, HEADING_TEXT)
    kinds = [item.kind for item in window.session.items]
    assert ItemKind.MAKE_PARAGRAPH not in kinds
    [deleted] = [i for i in window.session.items if i.locator.section_id == "s15"]
    assert deleted.kind is ItemKind.DELETE_PARAGRAPH
    assert ONLY_PARAGRAPH in deleted.old_text


def test_backspace_in_an_empty_paragraph_after_a_heading_keeps_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The same with the words cleared by Backspace held down, then one more Backspace."""
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane = window.workspace.draft_pane
    select_paragraph(window, ONLY_PARAGRAPH)
    press(pane, Qt.Key.Key_Backspace)
    pause(200)
    press(pane, Qt.Key.Key_Backspace)
    pause(120)
    wait_items(qtbot, window, 7)
    assert is_heading(window, HEADING_TEXT)
    assert ItemKind.MAKE_PARAGRAPH not in [item.kind for item in window.session.items]
