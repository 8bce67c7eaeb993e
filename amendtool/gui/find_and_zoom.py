"""The workspace's find bar (over the original, the draft, the items and the preview) and
its zoom, which enlarges both panes together."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QToolBar

from amendtool.gui import settings
from amendtool.gui.preview_place import preview_browser, raise_preview

if TYPE_CHECKING:
    from amendtool.gui.draft_pane import DraftPane
    from amendtool.gui.find_bar import FindBar
    from amendtool.gui.items_panel import ItemsPanel
    from amendtool.gui.main_window import MainWindow
    from amendtool.gui.panes import DocumentPane
    from amendtool.gui.session import Session


def zoom_by(step: int) -> None:
    """One zoom for every reading pane, kept with the preferences: `step` larger or smaller,
    0 the actual size (the size chosen in Preferences)."""
    zoom = settings.get(settings.ZOOM) + step if step else 0
    settings.put(settings.ZOOM, max(-6, min(zoom, 24)))


def reading_font() -> tuple[str, int]:
    """The texts' font: the family and size chosen in Preferences, with the zoom on top."""
    size = max(settings.get(settings.FONT_SIZE) + settings.get(settings.ZOOM), 5)
    return settings.get(settings.FONT_FAMILY), size


class FindAndZoom:
    """Find and zoom for the workspace (mixed into the workspace)."""

    window: MainWindow
    session: Session
    original_pane: DocumentPane
    draft_pane: DraftPane
    items_panel: ItemsPanel
    items_dock: QDockWidget
    filing_preview: QTextBrowser
    notice_preview: QTextBrowser
    find_bar: FindBar
    find_toolbar: QToolBar
    _syncing: bool

    def replace_all(self, term: str, replacement: str) -> None:
        raise NotImplementedError

    def _build_find_bar(self) -> None:
        from amendtool.gui.find_bar import FindBar

        self.find_bar = FindBar(
            {
                "Draft": lambda: self.draft_pane,
                "Original": lambda: self.original_pane,
                "Items": lambda: self.items_panel.list,
                "Preview": lambda: preview_browser(self),  # type: ignore[arg-type]
            },
            self.window,
            {"Items": self.items_dock.raise_, "Preview": lambda: raise_preview(self)},  # type: ignore[arg-type]
        )
        self.find_bar.replaceAllRequested.connect(self.replace_all)
        # across the foot of the window (the whole width, not the panes' share of it)
        self.find_toolbar = QToolBar("Find", self.window)
        self.find_toolbar.setObjectName("findToolbar")
        self.find_toolbar.setMovable(False)
        self.find_toolbar.addWidget(self.find_bar)
        self.find_toolbar.toggleViewAction().setVisible(False)
        self.window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.find_toolbar)
        self.find_bar.frame = self.find_toolbar
        self.find_toolbar.hide()

    # --- zoom -------------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        """Both panes larger or smaller together (Ctrl+wheel, Ctrl +/−); 0: actual size."""
        zoom_by(step)
        self.apply_zoom()

    def apply_zoom(self) -> None:
        family, size = reading_font()
        panes = (self.original_pane, self.draft_pane)
        reading = [pane.reading_place() for pane in panes]  # kept in view at the new size
        self._syncing = True  # each pane keeps its own place; neither follows the other
        try:
            for pane, place in zip(panes, reading, strict=True):
                pane.set_text_font(family, size)
                pane.show_reading_place(place)
        finally:
            self._syncing = False

    # --- find -------------------------------------------------------------------------------
    def find(self) -> None:
        if self.session.original is None:
            return  # the first page: nothing to find
        focus = self.window.focusWidget()
        scope = {
            self.original_pane: "Original",
            self.draft_pane: "Draft",
            self.items_panel.list: "Items",
            self.filing_preview: "Preview",
            self.notice_preview: "Preview",
        }.get(focus)  # type: ignore[call-overload]
        self.find_bar.open_in(scope)
