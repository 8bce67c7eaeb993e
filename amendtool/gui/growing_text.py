"""A multi-line box that is as tall as its value: counsel reads a class title, an offer's
description or a notice's paragraph whole, as the cover page prints it, rather than three
lines of it with a scroll bar; only a value of many lines scrolls (the form stays a form)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MOST_LINES = 10


class GrowingText(QPlainTextEdit):
    """At least `least` pixels high (room to type), else as high as its wrapped lines."""

    def __init__(self, least: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.least = least
        self.setTabChangesFocus(True)
        self.setFixedHeight(least)
        self.document().contentsChanged.connect(self.fit_value)

    def needed(self) -> int:
        """The height that shows every wrapped line of the value, within the bounds."""
        metrics = self.fontMetrics()
        margin = int(self.document().documentMargin())
        bar = self.verticalScrollBar()
        beside = bar.sizeHint().width() if bar.isVisible() else 0
        width = max(self.contentsRect().width() - beside - 2 * margin, 20)
        text = self.toPlainText() or " "
        lines = metrics.boundingRect(
            QRect(0, 0, width, 1 << 20), int(Qt.TextFlag.TextWordWrap), text
        ).height()
        frame = self.height() - self.contentsRect().height()
        most = metrics.lineSpacing() * MOST_LINES
        return max(self.least, min(lines, most) + 2 * margin + frame + 2)

    def fit_value(self) -> None:
        height = self.needed()
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # wrapped anew: lines differ
            self.fit_value()
