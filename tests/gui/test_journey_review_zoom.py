"""The Review window reads in counsel's font: the family and size chosen in Preferences and
the zoom of the main window; Ctrl+wheel and Ctrl +/−/0 zoom both its panes together, and the
main window's panes with them (one zoom for the texts, wherever counsel set it)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import QApplication

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import pause, press, when_modal

FAMILY = "DejaVu Sans"


def font_of(pane) -> QFont:  # type: ignore[no-untyped-def]
    return pane.document().defaultFont()


def sizes(*panes) -> set[float]:  # type: ignore[no-untyped-def]
    return {font_of(p).pointSizeF() for p in panes}


def wheel(pane, notches: int) -> None:  # type: ignore[no-untyped-def]
    """Ctrl held, the wheel turned `notches` notches away from counsel."""
    for _ in range(notches):
        event = QWheelEvent(
            QPointF(20, 20),
            QPointF(20, 20),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.ControlModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(pane.viewport(), event)


def open_review(qtbot, window: MainWindow):  # type: ignore[no-untyped-def]
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.isVisible() and review.right.hasFocus())
    return review


def choose_font(window: MainWindow, size: int) -> None:
    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.font_family.setCurrentFont(QFont(FAMILY))
        dialog.font_size.setValue(size)
        dialog.accept()

    when_modal(fill)
    window.actions_by_id["preferences"].trigger()


@pytest.mark.parametrize("size", [9, 14])
def test_review_reads_in_the_font_and_size_of_preferences(qtbot, window, size: int) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    choose_font(window, size)
    ws = window.workspace
    assert sizes(ws.original_pane, ws.draft_pane) == {size}
    window.actions_by_id["zoom_in"].trigger()  # the main window zoomed one step
    review = open_review(qtbot, window)
    assert sizes(review.left, review.right) == {size + 1}
    for pane in (review.left, review.right):
        assert font_of(pane).family() == font_of(ws.draft_pane).family()


def test_ctrl_wheel_and_the_zoom_keys_zoom_both_review_panes_and_the_main_window(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    ws = window.workspace
    start = font_of(ws.draft_pane).pointSizeF()
    review = open_review(qtbot, window)
    assert sizes(review.left, review.right) == {start}
    wheel(review.right, 2)
    assert sizes(review.left, review.right) == {start + 2}
    assert sizes(ws.original_pane, ws.draft_pane) == {start + 2}
    press(review.right, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert sizes(review.left, review.right, ws.draft_pane) == {start + 1}
    press(review.left, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert sizes(review.left, review.right, ws.original_pane) == {start}
    press(review.right, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert sizes(review.left, review.right) == {start + 1}
    # the change counsel is reading stays in view at the new size; F8 still steps
    review.go(2)
    pause(30)
    wheel(review.left, 3)
    pause(30)
    left, right = review.changes.blocks_of(2)
    for pane, blocks in ((review.left, left), (review.right, right)):
        top = pane.top_block()
        assert top <= blocks[0] <= top + 12, (top, blocks)
    press(review.right, Qt.Key.Key_F8)
    assert review.current == 3
