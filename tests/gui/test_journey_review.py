"""Reviewing side by side as counsel does: F8 at once, the change centred in both panes,
the panes scrolling together, and a change rejected (and the rejection undone)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from amendtool.core.draft_text import document_blocks
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_row, pause, press


def open_demo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)


def _centre_of(pane, block: int) -> float:  # type: ignore[no-untyped-def]
    rect = pane.document().documentLayout().blockBoundingRect(
        pane.document().findBlockByNumber(block)
    )
    top = rect.top() - pane.verticalScrollBar().value()
    return (top + min(rect.height(), pane.viewport().height()) / 2) / pane.viewport().height()


def test_f8_steps_at_once_and_centres_each_change(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.isVisible() and review.right.hasFocus())
    assert review.current == 0
    press(QApplication.focusWidget(), Qt.Key.Key_F8)  # no click first
    assert review.current == 1
    press(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert review.current == 2
    left, right = review.changes.blocks_of(2)
    for pane, blocks in ((review.left, left), (review.right, right)):
        assert 0.3 < _centre_of(pane, blocks[0]) < 0.7
    press(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert review.current == 1
    # the button row takes one line; the texts take the rest of the window
    assert review.left.height() > 0.75 * review.height()


def test_the_panes_scroll_together(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    bar = review.left.verticalScrollBar()
    for value in (bar.maximum() // 3, bar.maximum() // 2, bar.maximum() * 3 // 4):
        bar.setValue(value)
        pause(20)
        top_left = review.left.top_block()
        top_right = review.right.top_block()
        left_text = review.left.document().findBlockByNumber(top_left).text()
        right_text = review.right.document().findBlockByNumber(top_right).text()
        if review.changes.original[top_left].item is None:
            assert left_text == right_text  # the same paragraph at the top of both


def test_rejecting_a_change_restores_the_original_text_as_one_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    original_blocks = document_blocks(window.session.original)
    old = window.session.items[1].old_text  # "two business days" in Section 5
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    review.go(1)
    steps = window.session.undo_stack.count()
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 5)
    pane = window.workspace.draft_pane
    assert old.split("\n")[0] in pane.toPlainText()
    assert window.session.undo_stack.count() == steps + 1
    assert window.session.undo_stack.undoText().startswith("Reject change B")
    qtbot.waitUntil(lambda: len(review.items) == 5)  # the review shows the texts as they stand
    # the item list can reject too: item D (a deleted paragraph) comes back where it stood
    click_row(window.workspace.items_panel.list, 2)
    deleted = window.session.items[2].old_text
    assert window.session.items[2].kind.value == "delete_paragraph"
    qtbot.mouseClick(window.workspace.items_panel.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 4)
    texts = [b.text for b in pane.blocks()]
    at = texts.index(deleted)
    before = [b.text for b in original_blocks]
    assert texts[at - 1] == before[before.index(deleted) - 1]
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    wait_items(qtbot, window, 6)
    assert deleted not in pane.toPlainText()
