"""Side-by-side review: the original and the amended text, read-only, change by change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QHelpEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.draft_text import TextBlock
from amendtool.core.items import AmendmentItem, letter
from amendtool.core.review import ChangeMap, Marked
from amendtool.gui import settings
from amendtool.gui.items_panel import summary
from amendtool.gui.panes import DocumentPane, titled
from amendtool.gui.screen_fit import fit, remember


class _LetterTips(QObject):
    """Hovering a changed paragraph names the item that changed it."""

    def __init__(self, pane: DocumentPane) -> None:
        super().__init__(pane)
        self.pane = pane

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.pane.cursorForPosition(event.pos()).block().blockNumber()
            marks = self.pane.marks
            item = marks[block].item if 0 <= block < len(marks) else None
            if item is not None:
                QToolTip.showText(event.globalPos(), f"Item {letter(item)}")
            else:
                QToolTip.hideText()
            return True
        return False


class ReviewWindow(QDialog):
    def __init__(
        self, changes: ChangeMap, items: list[AmendmentItem], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setWindowTitle("Review: original and amended")
        self.changes, self.items = changes, items
        self.current: int | None = None
        self.left = DocumentPane("reviewOriginal", editable=False)
        self.right = DocumentPane("reviewAmended", editable=False)
        for pane, marks in ((self.left, changes.original), (self.right, changes.amended)):
            pane.set_blocks([TextBlock(m.text, m.heading) for m in marks])
            pane.viewport().installEventFilter(_LetterTips(pane))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(titled("Original", self.left))
        splitter.addWidget(titled("Amended (all items applied)", self.right))
        self.label = QLabel()
        self.label.setObjectName("reviewCurrent")
        self.label.setWordWrap(True)
        previous = QPushButton("◀ Previous change")
        previous.setShortcut(QKeySequence("Shift+F8"))
        previous.clicked.connect(lambda: self.step(-1))
        following = QPushButton("Next change ▶")
        following.setShortcut(QKeySequence("F8"))
        following.clicked.connect(lambda: self.step(1))
        bar = QHBoxLayout()
        bar.addWidget(previous)
        bar.addWidget(following)
        bar.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)  # the texts take the height, not the button row
        fit(self, 0.9, 0.9, settings.REVIEW_GEOMETRY)
        self._paint()
        if items:
            self.go(0)
        else:
            self.label.setText("No changes.")

    def _paint(self) -> None:
        self.left.show_marks(self.changes.original, "original", self.current)
        self.right.show_marks(self.changes.amended, "amended", self.current)

    def step(self, direction: int) -> None:
        if self.items:
            start = self.current if self.current is not None else -direction
            self.go((start + direction) % len(self.items))

    def go(self, index: int) -> None:
        self.current = index
        self._paint()
        left, right = self.changes.blocks_of(index)
        if left:
            self.left.scroll_to_block(left[0])
        if right:
            self.right.scroll_to_block(right[0])
        self.label.setText(
            f"<b>Item {letter(index)}</b> of {len(self.items)}: "
            f"{summary(self.items[index]).splitlines()[0]}"
        )

    def done(self, result: int) -> None:
        remember(self, settings.REVIEW_GEOMETRY)
        super().done(result)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        remember(self, settings.REVIEW_GEOMETRY)
        super().closeEvent(event)

    def marked(self, side: str) -> list[Marked]:
        return self.changes.original if side == "original" else self.changes.amended
