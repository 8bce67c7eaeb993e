"""Where the preview of the filing and the notice sits (a tab behind the items, or beside
them when the window has room for both, else under them), and keeping it current, also
while hidden when the find bar searches it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTabBar, QTextBrowser

from amendtool.gui import settings

if TYPE_CHECKING:
    from amendtool.gui.workspace import Workspace


# said when the preview cannot sit beside the items, naming what counsel can do about it
UNDER = (
    "The preview is under the items: the window has no room for it beside them. To set "
    "it beside them, hide the Navigator (View ▸ Navigator) and choose View ▸ Preview "
    "Beside Items again."
)


def place_preview(ws: Workspace, beside: bool) -> None:
    """The preview as a tab behind the items, or where both can be read at once: beside
    them, or, in a window without room for that (a 1366×768 laptop with the navigator),
    under them."""
    settings.put(settings.PREVIEW_BESIDE, beside)
    line = ws.items_panel.fontMetrics().horizontalAdvance("n" * 40)  # a line of words
    side_by_side = beside and _room_beside(ws, line)
    for widget in (ws.items_panel, ws.preview):
        widget.setMinimumWidth(line if side_by_side else 0)
    if beside:
        across = Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
        area = ws.window.dockWidgetArea(ws.items_dock)
        ws.window.removeDockWidget(ws.preview_dock)  # out of the items' tabs first
        ws.window.addDockWidget(area, ws.preview_dock)
        ws.window.splitDockWidget(ws.items_dock, ws.preview_dock, across)
        ws.preview_dock.show()
        QTimer.singleShot(0, lambda: hide_unused_tab_strips(ws))
        if not side_by_side:
            # the items keep their list and wording; the preview a page's dozen lines
            lines = 12 * ws.preview.fontMetrics().lineSpacing()
            height = ws.items_dock.height() + ws.preview_dock.height()
            ws.window.resizeDocks(
                [ws.items_dock, ws.preview_dock],
                [max(height - lines, lines), lines],
                Qt.Orientation.Vertical,
            )
            ws.window.statusBar().showMessage(UNDER, 12000)
    else:
        ws.window.tabifyDockWidget(ws.items_dock, ws.preview_dock)
        ws.items_dock.raise_()


def hide_unused_tab_strips(ws: Workspace) -> None:
    """The strip of the items' and the preview's tabs hidden once neither is a tab: Qt's
    window (on X11 at least) left it on screen at the foot of the column, naming two panels
    both shown."""
    titles = {ws.items_dock.windowTitle(), ws.preview_dock.windowTitle()}
    if ws.window.tabifiedDockWidgets(ws.items_dock):
        return
    for bar in ws.window.findChildren(QTabBar):
        if bar.parent() is ws.window and {bar.tabText(i) for i in range(bar.count())} <= titles:
            bar.hide()


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
