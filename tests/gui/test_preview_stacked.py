"""Preview Beside Items on a 1366×768 laptop: where the window has no room for the preview
beside the items, it goes under them, both readable at once with nothing cut; the status
bar says how to set it beside (something counsel can do in a maximised window)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from tests.gui.conftest import wait_items
from tests.gui.human import pause


def test_the_preview_goes_under_the_items_at_1366_by_768(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.open_demo()
    wait_items(qtbot, window)
    ws = window.workspace
    ws.beside.setChecked(True)
    qtbot.waitUntil(lambda: ws.preview_dock.isVisible(), timeout=5000)
    pause(50)
    assert ws.beside.isChecked()  # not refused
    assert not window.tabifiedDockWidgets(ws.items_dock)  # both shown, not one behind
    assert not ws.items_dock.visibleRegion().isEmpty()
    assert not ws.preview_dock.visibleRegion().isEmpty()
    lines = ws.preview.fontMetrics().lineSpacing() * 8
    assert ws.preview.height() >= lines and ws.items_panel.list.height() >= lines
    said = window.statusBar().currentMessage()
    assert "under the items" in said and "Navigator" in said and "widen" not in said
    for button in ws.items_panel.findChildren(QPushButton):
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
