"""Putting a place in the middle of a text view: a found match, a change, the line read
before a zoom. Qt's `ensureCursorVisible` leaves it on the first or last visible line,
where counsel's eye does not look."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

TextView = QTextEdit | QPlainTextEdit


def centre_cursor(view: TextView, cursor: QTextCursor | None = None) -> None:
    """The view scrolled so that the cursor (the view's own by default) is in its middle,
    as far as the text allows; the cursor itself is not moved."""
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor) if cursor is not None else view.cursorRect()
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + rect.center().y() - view.viewport().height() // 2)


def centre_position(view: TextView, position: int) -> None:
    """The character at `position` in the middle of the view, the cursor left where it is."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(max(0, min(position, view.document().characterCount() - 1)))
    centre_cursor(view, cursor)
