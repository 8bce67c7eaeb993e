"""The Review window's texts in counsel's reading font (the family and size chosen in
Preferences, with the zoom), zoomed as the main window's are: Ctrl+wheel over either pane and
Ctrl +/−/0 zoom both panes together, and the main window's with them (one zoom for the texts)."""

from __future__ import annotations

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction

from amendtool.core.items import AmendmentItem
from amendtool.core.review import ChangeMap
from amendtool.gui.actions import ACTIONS, keys_of
from amendtool.gui.find_and_zoom import reading_font, zoom_by
from amendtool.gui.panes import DocumentPane
from amendtool.gui.review_gaps import ReviewPane

ZOOMS = (("zoom_in", 1), ("zoom_out", -1), ("zoom_reset", 0))


class ReviewZoom:
    """Zoom for the Review window (mixed into it)."""

    zoomed: SignalInstance  # counsel zoomed here: the main window's texts follow
    left: ReviewPane
    right: ReviewPane
    current: int | None
    items: list[AmendmentItem]
    changes: ChangeMap
    _syncing: bool

    def go(self, index: int) -> None:
        raise NotImplementedError

    def _build_zoom(self) -> None:
        """The View menu's zoom keys, here too; the panes' Ctrl+wheel."""
        for action_id, step in ZOOMS:
            spec = next(s for s in ACTIONS if s.id == action_id)
            action = QAction(spec.text, self)  # type: ignore[call-overload]
            action.setObjectName(f"review_{action_id}")
            action.setShortcuts(keys_of(spec))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, step=step: self.zoom(step))
            self.addAction(action)  # type: ignore[attr-defined]
        for pane in (self.left, self.right):
            pane.zoomRequested.connect(self.zoom)

    def zoom(self, step: int) -> None:
        zoom_by(step)
        self.show_font()
        self.zoomed.emit()

    def show_font(self) -> None:
        """Both panes in the reading font; each keeps the paragraph it shows at its top, and
        the change counsel is reading, when in view, stays centred."""
        family, size = reading_font()
        panes = (self.left, self.right)
        shown = self.current is not None and self.current < len(self.items)
        if shown:
            blocks = self.changes.blocks_of(self.current)[1] or []  # type: ignore[arg-type]
            shown = not blocks or _in_view(self.right, blocks[0])
        places = [pane.reading_place() for pane in panes]
        self._syncing = True
        try:
            for pane, place in zip(panes, places, strict=True):
                pane.set_text_font(family, size)
                pane.show_reading_place(place)
        finally:
            self._syncing = False
        if shown:
            self.go(self.current)  # type: ignore[arg-type]


def _in_view(pane: DocumentPane, block: int) -> bool:
    bottom = pane.cursorForPosition(pane.viewport().rect().bottomLeft()).blockNumber()
    return pane.top_block() <= block <= bottom
