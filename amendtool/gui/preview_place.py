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
    "The preview is under the texts, beside the checks: the window has no room for it "
    "beside the items. To set it beside them, hide the Navigator (View ▸ Navigator) and "
    "choose View ▸ Preview Beside Items again."
)
PREVIEW_LINES = 10  # lines of the filing the preview shows under the texts


def place_preview(ws: Workspace, beside: bool) -> None:
    """The preview as a tab behind the items, or where both can be read at once: beside
    them, or, in a window without room for that (a 1366×768 laptop with the navigator),
    under the texts beside the checks. Under the items it left the list three rows: the
    column cannot hold a page of items, the selected item's wording and a page of the
    preview, while the texts, a page tall, can give up a few lines."""
    settings.put(settings.PREVIEW_BESIDE, beside)
    line = ws.items_panel.fontMetrics().horizontalAdvance("n" * 40)  # a line of words
    side_by_side = beside and _room_beside(ws, line)
    for widget in (ws.items_panel, ws.preview):
        widget.setMinimumWidth(line if side_by_side else 0)
    if beside:
        ws.window.removeDockWidget(ws.preview_dock)  # out of the items' tabs first
        if side_by_side:
            area = ws.window.dockWidgetArea(ws.items_dock)
            ws.window.addDockWidget(area, ws.preview_dock)
            ws.window.splitDockWidget(ws.items_dock, ws.preview_dock, Qt.Orientation.Horizontal)
        else:
            area = ws.window.dockWidgetArea(ws.checks_dock)
            ws.window.addDockWidget(area, ws.preview_dock)
            ws.window.splitDockWidget(ws.checks_dock, ws.preview_dock, Qt.Orientation.Horizontal)
        ws.preview_dock.show()
        QTimer.singleShot(0, lambda: hide_unused_tab_strips(ws))
        if not side_by_side:
            lines = PREVIEW_LINES * ws.preview.fontMetrics().lineSpacing()
            tabs = ws.preview.tabBar().sizeHint().height()
            ws.window.resizeDocks([ws.preview_dock], [lines + tabs], Qt.Orientation.Vertical)
            half = (ws.checks_dock.width() + ws.preview_dock.width()) // 2  # each half the width
            docks = [ws.checks_dock, ws.preview_dock]
            ws.window.resizeDocks(docks, [half, half], Qt.Orientation.Horizontal)
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
