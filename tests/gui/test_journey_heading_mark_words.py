"""Counsel marks a paragraph as a heading (or a heading as body text) and then changes a word
of it, typing at a human pace: drafted as the mark and the change of words, nothing deleted
and no section added; undo takes both back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.core.items import STRUCTURE_KINDS, ItemKind
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import press, type_keys
from tests.gui.test_journey_heading_marks import HEADING, ORIGINAL, PARAGRAPH, mark_heading

NEVER = {
    ItemKind.DELETE_PARAGRAPH,
    ItemKind.DELETE_SECTION,
    ItemKind.ADD_SECTION,
    ItemKind.INSERT_PARAGRAPH,
}


def mark_and_type(qtbot, window: MainWindow, words: str, exact: bool, typed: str) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, None)
    wait_items(qtbot, window, 0)
    mark_heading(qtbot, window, words, exact)
    wait_items(qtbot, window, 1)
    pane = window.workspace.draft_pane
    press(pane, Qt.Key.Key_End)
    type_keys(pane, typed)


def assert_mark_and_words(qtbot, window: MainWindow, mark: ItemKind, typed: str) -> None:  # type: ignore[no-untyped-def]
    wait_items(qtbot, window, 2)
    first, second = window.session.items
    kinds = {first.kind, second.kind}
    assert first.kind is mark and first.kind in STRUCTURE_KINDS
    assert first.new_text == first.old_text  # the mark quotes the words as filed
    assert not NEVER & kinds, kinds
    assert typed.strip() in second.new_text and typed.strip() not in second.old_text
    rows = [window.workspace.items_panel.list.item(row).text() for row in range(2)]
    assert not any("deleted" in row or "added" in row for row in rows), rows
    pane = window.workspace.draft_pane
    for _ in range(2 + len(typed)):
        press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        if not window.session.undo_stack.canUndo():
            break
    wait_items(qtbot, window, 0)


def test_a_paragraph_made_a_heading_and_then_reworded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mark_and_type(qtbot, window, PARAGRAPH, False, " promptly")
    assert_mark_and_words(qtbot, window, ItemKind.MAKE_HEADING, " promptly")
    assert window.session.items == [] and not window.session.undo_stack.canUndo()


def test_a_heading_made_body_text_and_then_reworded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mark_and_type(qtbot, window, HEADING, True, " and Limits")
    assert_mark_and_words(qtbot, window, ItemKind.MAKE_PARAGRAPH, " and Limits")
