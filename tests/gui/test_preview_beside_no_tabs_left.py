"""View ▸ Preview Beside Items puts the items and the preview on screen together, beside or
under each other: no tab strip of the two is left at the foot of the column (it named two
panels both already shown); turned off again, the preview is a tab behind the items, with
its strip."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QTabBar

from amendtool.gui.main_window import MainWindow
from amendtool.gui.preview_place import raise_preview
from tests.gui.conftest import wait_items


def dock_tabs(window: MainWindow) -> list[list[str]]:
    """The tab strips the window shows for docks stacked as tabs, each by its tabs' names."""
    return [
        [bar.tabText(i) for i in range(bar.count())]
        for bar in window.findChildren(QTabBar)
        if bar.parent() is window and bar.isVisible() and bar.count()
    ]


@pytest.mark.parametrize("front", ["items", "preview"])
@pytest.mark.parametrize("size", [(1350, 728), (1366, 768), (2400, 1000)])
def test_no_tab_strip_is_left_once_the_preview_is_beside(qtbot, window, size, front) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    window.open_demo()
    wait_items(qtbot, window)
    ws = window.workspace
    qtbot.waitUntil(lambda: dock_tabs(window) == [["Amendment items", "Preview"]], timeout=5000)
    for _ in range(2):  # on, off and on again: each arrangement as if chosen the first time
        if front == "preview":  # the tab in front, as the find bar leaves it searching there
            raise_preview(ws)
            qtbot.wait(50)
        ws.beside.setChecked(True)
        qtbot.waitUntil(lambda: ws.preview_dock.isVisible(), timeout=5000)
        qtbot.wait(200)  # the window laid out again
        assert ws.items_dock.isVisible() and not ws.items_dock.visibleRegion().isEmpty()
        assert not ws.preview_dock.visibleRegion().isEmpty()
        assert dock_tabs(window) == []
        ws.beside.setChecked(False)
        qtbot.wait(50)
        assert dock_tabs(window) == [["Amendment items", "Preview"]]
