"""Preview Beside Items on a 1366×768 laptop: where the window has no room for the preview
beside the items, it goes under the texts beside the checks, so the items column keeps a
page of items and the selected item's wording (under the items it left the list three
rows); the status bar says where it went and how to set it beside. How many rows counsel
gives the list by moving its handle is kept, as the window is resized and the next time."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidget, QPushButton

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import pause


def rows_shown_whole(listing: QListWidget) -> int:
    view = listing.viewport().rect()
    rows = [listing.visualItemRect(listing.item(i)) for i in range(listing.count())]
    return len([r for r in rows if view.contains(r)])


def lines_shown(box) -> int:  # type: ignore[no-untyped-def]
    return box.visibleRegion().boundingRect().height() // box.fontMetrics().lineSpacing()


def test_the_preview_leaves_the_items_a_page_at_1366_by_768(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.open_demo()
    wait_items(qtbot, window)
    ws = window.workspace
    ws.beside.setChecked(True)
    qtbot.waitUntil(lambda: ws.preview_dock.isVisible(), timeout=5000)
    ws.items_panel.select(0)
    pause(50)
    assert ws.beside.isChecked()  # not refused
    assert not window.tabifiedDockWidgets(ws.items_dock)  # both shown, not one behind
    assert not window.tabifiedDockWidgets(ws.checks_dock)
    for dock in (ws.items_dock, ws.preview_dock, ws.checks_dock):
        assert not dock.visibleRegion().isEmpty(), dock.windowTitle()
    panel = ws.items_panel
    assert rows_shown_whole(panel.list) == len(window.session.items) == 6  # every row whole
    assert lines_shown(panel.filing) >= 6 and lines_shown(panel.notice) >= 6
    assert ws.preview.height() >= ws.preview.fontMetrics().lineSpacing() * 8
    assert ws.preview.width() >= ws.preview.fontMetrics().horizontalAdvance("n" * 40)
    assert lines_shown(ws.draft_pane) >= 15  # the texts keep their room
    said = window.statusBar().currentMessage()
    assert "under the texts" in said and "Navigator" in said and "widen" not in said
    for button in panel.findChildren(QPushButton):
        if button.isVisible():  # no button cut ("eep this wording")
            assert button.width() >= button.minimumSizeHint().width(), button.text()
    # with the navigator hidden there is room beside
    ws.beside.setChecked(False)
    ws.navigator_dock.hide()
    ws.beside.setChecked(True)
    qtbot.waitUntil(lambda: ws.preview_dock.isVisible(), timeout=5000)
    pause(50)
    assert ws.preview_dock.x() > ws.items_dock.x() or ws.items_dock.x() > ws.preview_dock.x()
    assert abs(ws.preview_dock.y() - ws.items_dock.y()) < 5  # side by side


def drag_handle(qtbot, window: MainWindow, rows: int) -> None:  # type: ignore[no-untyped-def]
    """Counsel drags the handle under the item list until `rows` rows show whole."""
    panel = window.workspace.items_panel
    column = panel.list.parentWidget()
    handle = column.handle(1)
    row = panel.list.sizeHintForRow(0)
    start = QPoint(handle.width() // 2, handle.height() // 2)
    target = 2 * panel.list.frameWidth() + rows * row + row // 3 - panel.list.height()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(handle, start + QPoint(0, target))  # the handle follows the mouse
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start)
    pause(50)


def test_the_rows_counsel_gives_the_list_are_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.open_demo()
    wait_items(qtbot, window)
    panel = window.workspace.items_panel
    drag_handle(qtbot, window, 3)
    assert rows_shown_whole(panel.list) == 3
    window.resize(1366, 700)  # a smaller window: the list keeps its rows, the detail gives
    qtbot.waitUntil(lambda: window.height() <= 700, timeout=5000)
    pause(50)
    assert rows_shown_whole(panel.list) == 3
    window.session.undo_stack.setClean()
    window.close()
    again = MainWindow()  # the next time the app starts
    qtbot.addWidget(again)
    again.show()
    again.resize(1366, 768)
    again.open_demo()
    wait_items(qtbot, again)
    pause(50)
    assert rows_shown_whole(again.workspace.items_panel.list) == 3
    again.session.undo_stack.setClean()
