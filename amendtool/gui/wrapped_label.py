"""A word-wrapped label that keeps the height of all its lines.

Qt gives a word-wrapped QLabel in a layout the height of its size hint, not its height for
the width it is given: a label narrower than it wished (a laptop's screen, a narrow dock)
is drawn in fewer lines' height than it needs, and its last lines are clipped or drawn under
the next widget. This one asks for its height at its own width whenever its text or its
width changes (its minimum height, unlike its height for a width, is always kept)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        need = self.heightForWidth(max(self.width(), 1))
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
