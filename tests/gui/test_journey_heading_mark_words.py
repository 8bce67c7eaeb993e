"""Counsel marks a paragraph as a heading (or a heading as body text) and changes a word of
it, typing at a human pace, before or after the mark: drafted as one item that quotes the
words as filed and as they now read, nothing deleted, no section added, no wording (filing,
notice, class reason) that says the words are unchanged, and the item's row and letter the
first in document order; undo takes it all back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from amendtool.core.items import STRUCTURE_KINDS, ItemKind
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import press, show_position, type_keys
from tests.gui.test_journey_heading_marks import (
    HEADING,
    MARK,
    ORIGINAL,
    PARAGRAPH,
    mark_heading,
)

NEVER = {
    ItemKind.DELETE_PARAGRAPH,
    ItemKind.DELETE_SECTION,
    ItemKind.ADD_SECTION,
    ItemKind.INSERT_PARAGRAPH,
}
FILING = SAMPLES / "filing.toml"
UNCHANGED = ("unchanged", "did not change", "do not change")


def mark_and_type(qtbot, window: MainWindow, words: str, exact: bool, typed: str) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    mark_heading(qtbot, window, words, exact)
    wait_items(qtbot, window, 1)
    pane = window.workspace.draft_pane
    press(pane, Qt.Key.Key_End)
    type_keys(pane, typed)


def type_and_mark(qtbot, window: MainWindow, words: str, typed: str) -> None:  # type: ignore[no-untyped-def]
    """As counsel did it: click in the heading, End, type, then Ctrl+Shift+H."""
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    pane = window.workspace.draft_pane
    block = pane.document().begin()
    while block.isValid() and block.text() != words:
        block = block.next()
    assert block.isValid(), words
    QTest.mouseClick(
        pane.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        show_position(pane, block.position() + 3),
    )
    press(pane, Qt.Key.Key_End)
    type_keys(pane, typed)
    assert pane.textCursor().block().text() == words + typed
    press(pane, Qt.Key.Key_H, MARK)


def assert_one_item(qtbot, window: MainWindow, mark: ItemKind, typed: str) -> None:  # type: ignore[no-untyped-def]
    wait_items(qtbot, window, 1)
    [item] = window.session.items
    assert item.kind is mark and item.kind in STRUCTURE_KINDS
    assert typed.strip() in item.new_text and typed.strip() not in item.old_text
    amendment = window.session.amendment()
    assert amendment is not None
    said = [
        amendment.filing_instruction(item),
        amendment.notice_instruction(item),
        amendment.plain_summary(item).text,
        item.materiality_reason,
    ]
    assert not any(words in text for text in said for words in UNCHANGED), said
    assert typed.strip() in said[0], said[0]
    row = window.workspace.items_panel.list.item(0).text()
    assert "deleted" not in row and "added" not in row, row
    pane = window.workspace.draft_pane
    for _ in range(2 + len(typed)):
        press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        if not window.session.undo_stack.canUndo():
            break
    wait_items(qtbot, window, 0)
    assert window.session.items == [] and not window.session.undo_stack.canUndo()


def test_a_paragraph_made_a_heading_and_then_reworded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mark_and_type(qtbot, window, PARAGRAPH, False, " promptly")
    assert_one_item(qtbot, window, ItemKind.MAKE_HEADING, " promptly")


def test_a_heading_made_body_text_and_then_reworded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mark_and_type(qtbot, window, HEADING, True, " and Limits")
    assert_one_item(qtbot, window, ItemKind.MAKE_PARAGRAPH, " and Limits")


def test_a_heading_reworded_and_then_made_body_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_and_mark(qtbot, window, HEADING, " and Notices")
    assert_one_item(qtbot, window, ItemKind.MAKE_PARAGRAPH, " and Notices")
