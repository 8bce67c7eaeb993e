"""Counsel's hands: keys at a human pace, clicks where the eye is, menus, dialogs and drops.

Everything goes through the real widgets (key and mouse events, actions, modal dialogs), so
the tests meet the window the way a person does. Pauses vary around the re-draft debounce
(100 ms), so drafts finish while counsel is still typing; tests wait on conditions, never on
how long something took.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QListWidget,
    QMessageBox,
    QTextEdit,
    QWidget,
)


def pause(ms: int) -> None:
    """Counsel pauses; the window's event loop runs as it does in the app (QTest.qWait would
    keep the interpreter from the drafting worker all the while)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


# Pauses between keys, in ms: some shorter than the debounce, some long enough for a draft.
PAUSES = (40, 180, 95, 250, 120, 60, 210, 150, 75, 230)


def type_keys(widget: QWidget, text: str, pauses: Iterable[int] = PAUSES) -> None:
    """Type `text` into the focused widget one key at a time ("\\b" is Backspace)."""
    pause_list = list(pauses)
    widget.setFocus()
    for n, char in enumerate(text):
        if char == "\b":
            QTest.keyClick(widget, Qt.Key.Key_Backspace)
        elif char == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        else:
            QTest.keyClick(widget, char)
        pause(pause_list[n % len(pause_list)])


def press(
    widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, key, modifiers)
    pause(30)


def show_position(pane: QTextEdit, position: int) -> QPoint:
    """Scroll the pane (not its cursor) until `position` is in view; its point on screen."""
    document = pane.document()
    block = document.findBlock(position)
    top = document.documentLayout().blockBoundingRect(block).top()
    bar = pane.verticalScrollBar()
    viewport = pane.viewport().height()
    cursor = QTextCursor(document)
    cursor.setPosition(position)
    rect = pane.cursorRect(cursor)
    if rect.top() < 0 or rect.bottom() > viewport:
        bar.setValue(int(top) - viewport // 3)
        rect = pane.cursorRect(cursor)
    return rect.center()


def click_in_text(pane: QTextEdit, text: str, offset: int | None = None) -> int:
    """Click in the pane just before `text` (or `offset` characters into it): where the eye
    finds the words, the mouse goes. Returns the document position clicked."""
    found = pane.document().find(text)
    assert not found.isNull(), f"not in the pane: {text!r}"
    position = found.selectionStart() + (len(text) if offset is None else offset)
    point = show_position(pane, position)
    QTest.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    pause(20)
    assert pane.textCursor().position() == position, "the click did not land on the text"
    return position


def click_row(view: QListWidget, row: int) -> None:
    item = view.item(row)
    view.scrollToItem(item)
    rect = view.visualItemRect(item)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
    )
    pause(20)


def when_modal(handle: Callable[[QWidget], Any], timeout_ms: int = 10000) -> None:
    """Answer the next modal dialog as counsel would, once it is on screen."""
    waited = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            handle(dialog)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)


def answer_box(monkeypatch: Any, choice: str, asked: list[str] | None = None) -> None:
    """Message boxes from now on are answered by pressing the button reading `choice` (their
    text recorded in `asked`)."""

    def press_button(box: QMessageBox) -> int:
        if asked is not None:
            asked.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == choice]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_button)


def choose_file(monkeypatch: Any, path: Path) -> None:
    """The next file dialog returns `path`, as if counsel picked it."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def drop_files(target: QWidget, paths: list[Path]) -> tuple[bool, bool]:
    """Drag files from a file manager onto `target` (a pane's viewport, a list, the welcome
    page) and let go. Returns (accepted on enter, accepted on drop)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    data.setText("\n".join(QUrl.fromLocalFile(str(p)).toString() for p in paths))
    point = QPointF(target.rect().center())
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction | Qt.DropAction.LinkAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, data, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    move = QDragMoveEvent(point.toPoint(), actions, data, buttons, modifiers)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(point, actions, data, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    pause(20)
    return enter.isAccepted(), drop.isAccepted()
