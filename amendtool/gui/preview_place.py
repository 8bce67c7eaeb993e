"""Where the preview of the filing and the notice sits (a tab behind the items, or beside
them when the window has room for both), and keeping it current, also while hidden when the
find bar searches it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QTextBrowser

from amendtool.gui import settings

if TYPE_CHECKING:
    from amendtool.gui.workspace import Workspace


def place_preview(ws: Workspace, beside: bool) -> None:
    """The preview as a tab behind the items, or beside them, where both can be read."""
    settings.put(settings.PREVIEW_BESIDE, beside)
    line = ws.items_panel.fontMetrics().horizontalAdvance("n" * 40)  # a line of words
    if beside and not _room_beside(ws, line):
        with QSignalBlocker(ws.beside):
            ws.beside.setChecked(False)
        ws.window.statusBar().showMessage(
            "The window is too narrow to show the preview beside the items: it stays a "
            "tab behind them (widen the window, then View ▸ Preview Beside Items).",
            12000,
        )
        beside = False
    for widget in (ws.items_panel, ws.preview):
        widget.setMinimumWidth(line if beside else 0)
    if beside:
        ws.window.splitDockWidget(ws.items_dock, ws.preview_dock, Qt.Orientation.Horizontal)
        ws.preview_dock.show()
    else:
        ws.window.tabifyDockWidget(ws.items_dock, ws.preview_dock)
        ws.items_dock.raise_()


def _room_beside(ws: Workspace, line: int) -> bool:
    """Room for the items and the preview side by side, each a line of words wide, with
    the navigator and the two panes (each as wide again) still readable."""
    navigator = ws.navigator_dock.width() if ws.navigator_dock.isVisible() else 0
    return ws.window.width() - navigator >= 4 * line


def preview_browser(ws: Workspace) -> QTextBrowser:
    """The preview tab read, brought up to date even while it is hidden (to be found)."""
    show_preview(ws, hidden_too=True)
    shown = ws.preview.currentWidget()
    return shown if isinstance(shown, QTextBrowser) else ws.filing_preview


def raise_preview(ws: Workspace) -> None:
    ws.preview_dock.show()
    ws.preview_dock.raise_()


def show_preview(ws: Workspace, hidden_too: bool = False) -> None:
    """The filing and the notice as the last review rendered them (while the preview is
    hidden behind another tab, it is brought up to date when shown)."""
    if ws.session.filing is None:
        message = "<p>Fill in the filing details (Edit ▸ Filing Details) to see the filing.</p>"
        preview = (message, message)
    else:
        preview = ws.session.preview
    shown = ws.preview_dock.isVisible() and not ws.preview_dock.visibleRegion().isEmpty()
    if preview == ws._preview_shown or not (shown or hidden_too):
        return
    ws._preview_shown = preview
    for browser, html in zip((ws.filing_preview, ws.notice_preview), preview, strict=True):
        bar = browser.verticalScrollBar().value()
        browser.setHtml(html)
        browser.verticalScrollBar().setValue(bar)
