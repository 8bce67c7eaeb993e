"""Side-by-side review: the original and the amended text, read-only, change by change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QKeySequence, QShortcut
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
from amendtool.gui.file_drop import WINDOW_TAKES, FileDropTarget, accept_file_drops, refused_words
from amendtool.gui.items_panel import summary
from amendtool.gui.panes import DocumentPane, titled
from amendtool.gui.review_gaps import ReviewPane, gap_place, gaps_of
from amendtool.gui.review_zoom import ReviewZoom
from amendtool.gui.screen_fit import fit, remember
from amendtool.gui.side_by_side import (
    Pair,
    centre_block,
    centre_gap,
    matching_block,
    paired_blocks,
)

# each side's list marks, one per block (None: no mark), as the main window shows them
Markers = Callable[[], tuple[list[str | None], list[str | None]]]


class _LetterTips(QObject):
    """Hovering a changed paragraph names the item that changed it."""

    def __init__(self, pane: DocumentPane) -> None:
        super().__init__(pane)
        self.pane = pane

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.pane.cursorForPosition(event.pos()).block().blockNumber()
            marks = self.pane.marks
            made = marks[block].items if 0 <= block < len(marks) else ()
            if made:
                names = ", ".join(letter(i) for i in made)
                QToolTip.showText(event.globalPos(), f"Item{'s' if len(made) > 1 else ''} {names}")
            else:
                QToolTip.hideText()
            return True
        return False


class ReviewWindow(ReviewZoom, FileDropTarget, QDialog):
    """Original | amended, read-only; F8 / Shift+F8 step through the changes, each centred in
    both panes; the panes scroll together paragraph for paragraph; Reject Change asks the
    main window to give the draft back the original's text of the current item."""

    rejectRequested = Signal(object)  # the item shown (its row may have moved since)
    itemShown = Signal(int)  # the change now shown: the main window selects it too
    zoomed = Signal()  # counsel zoomed the texts here: the main window's follow

    def __init__(
        self,
        changes: ChangeMap,
        items: list[AmendmentItem],
        parent: QWidget | None = None,
        markers: Markers | None = None,
    ) -> None:
        """`markers` gives each side's list marks (bullets) as the main window shows them."""
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setWindowTitle("Review: original and amended")
        self.changes, self.items = changes, items
        self.current: int | None = None
        self.markers = markers
        self._syncing = False
        self.left = ReviewPane("reviewOriginal", "original")
        self.right = ReviewPane("reviewAmended", "amended")
        for pane in (self.left, self.right):
            pane.viewport().installEventFilter(_LetterTips(pane))
        self._fill()
        self.show_font()  # counsel's font and zoom, as in the main window
        self._build_zoom()
        self.left.verticalScrollBar().valueChanged.connect(
            lambda: self._follow(self.left, self.right, self.pairs)
        )
        self.right.verticalScrollBar().valueChanged.connect(
            lambda: self._follow(self.right, self.left, [(b, a) for a, b in self.pairs])
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(titled("Original", self.left))
        splitter.addWidget(titled("Amended (all items applied)", self.right))
        self.label = QLabel()
        self.label.setObjectName("reviewCurrent")
        self.label.setWordWrap(True)
        previous = QPushButton("◀ Previous change")
        previous.setToolTip("Shift+F8")
        previous.clicked.connect(lambda: self.step(-1))
        following = QPushButton("Next change ▶")
        following.setToolTip("F8")
        following.clicked.connect(lambda: self.step(1))
        self.reject_button = QPushButton("Reject change")
        self.reject_button.setObjectName("rejectChange")
        self.reject_button.setToolTip(
            "Give the working draft back the original's text for this change (Edit ▸ Undo "
            "takes it back)"
        )
        self.reject_button.clicked.connect(self.reject_current)
        # window-wide keys: they work wherever the focus is, from the moment the window opens
        for keys, step in (("F8", 1), ("Shift+F8", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: self.step(step))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(previous)
        bar.addWidget(following)
        bar.addWidget(self.reject_button)
        bar.addWidget(self.label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        self.drop_note = QLabel()
        self.drop_note.setObjectName("reviewDropNote")
        self.drop_note.setWordWrap(True)
        self.drop_note.hide()
        layout.addWidget(self.drop_note)
        layout.addWidget(splitter, 1)  # the texts take the height, not the button row
        fit(self, 0.9, 0.9, settings.REVIEW_GEOMETRY)
        accept_file_drops(self)
        self._start()

    def _fill(self) -> None:
        shown = self.markers() if self.markers is not None else (None, None)
        for pane, marks, bullets in (
            (self.left, self.changes.original, shown[0]),
            (self.right, self.changes.amended, shown[1]),
        ):
            pane.set_blocks([TextBlock(m.text, m.heading) for m in marks], bullets)
        self.pairs = paired_blocks(self.changes)
        gaps = gaps_of(self.changes, self.items, self.pairs)
        self.left.show_gaps(gaps["original"])
        self.right.show_gaps(gaps["amended"])

    def _start(self) -> None:
        self._paint()
        self.reject_button.setEnabled(bool(self.items))
        if self.items:
            self.go(min(self.current or 0, len(self.items) - 1))
        else:
            self.current = None
            self.label.setText("No changes.")

    def refresh(
        self, changes: ChangeMap, items: list[AmendmentItem], markers: Markers | None = None
    ) -> None:
        """The draft changed (a change rejected): show the texts as they now stand."""
        self.changes, self.items = changes, items
        self.markers = markers or self.markers
        self._fill()
        self._start()

    drop_suffixes = WINDOW_TAKES

    def take_files(self, paths: list[Path]) -> None:
        """A file dropped on the Review window opens as if dropped on the main window."""
        owner = self.parentWidget()
        if owner is not None and hasattr(owner, "open_dropped"):
            owner.open_dropped(paths)  # what it asks comes up over both windows

    def refuse_files(self, paths: list[Path]) -> None:
        """Said above the texts while the file is over the window, and for a while after."""
        self.drop_note.setText(refused_words(paths))
        self.drop_note.show()
        QTimer.singleShot(8000, self.drop_note.hide)

    def reject_current(self) -> None:
        if self.current is not None and self.current < len(self.items):
            self.rejectRequested.emit(self.items[self.current])

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.activateWindow()
        self.right.setFocus()
        # the change was placed before the panes had their size: placed again once they do
        QTimer.singleShot(0, self._centre_again)

    def _centre_again(self) -> None:
        if self.current is not None and self.current < len(self.items):
            self.go(self.current)

    def _paint(self) -> None:
        self.left.show_marks(self.changes.original, "original", self.current)
        self.right.show_marks(self.changes.amended, "amended", self.current)

    def step(self, direction: int) -> None:
        if self.items:
            start = self.current if self.current is not None else -direction
            self.go((start + direction) % len(self.items))

    def go(self, index: int) -> None:
        self.current = index
        self.itemShown.emit(index)
        if index >= len(self.items):
            return  # showing it carried out a re-draft that left fewer items: shown anew there
        self._paint()
        left, right = self.changes.blocks_of(index)
        self._syncing = True  # each pane centres the change itself
        try:
            for pane, own, other in ((self.left, left, right), (self.right, right, left)):
                if own:
                    centre_block(pane, own[0], own[-1])
                elif other:  # deleted or inserted: where the text was, between its neighbours
                    centre_gap(pane, gap_place(self.changes, self.pairs, index))
        finally:
            self._syncing = False
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

    def _follow(self, source: DocumentPane, target: DocumentPane, pairs: list[Pair]) -> None:
        """The other pane shows the same paragraph at the same height."""
        if self._syncing:
            return
        self._syncing = True
        try:
            top = source.top_block()
            layout = source.document().documentLayout()
            block = source.document().findBlockByNumber(top)
            other = matching_block(pairs, top)
            into = 0.0  # how far into a paragraph both texts share, line for line
            if any(a == top for a, _ in pairs):
                into = source.verticalScrollBar().value() - layout.blockBoundingRect(block).top()
            found = target.document().findBlockByNumber(other)
            y = target.document().documentLayout().blockBoundingRect(found).top()
            target.verticalScrollBar().setValue(int(y + max(into, 0)))
        finally:
            self._syncing = False
