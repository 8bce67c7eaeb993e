"""The plain paragraph's tab says "to write" only about the item shown: with no item
current it is the plain label."""

from __future__ import annotations

from tests.gui.conftest import wait_items
from tests.gui.human import click_row, pause

PLAIN = "Plain paragraph (notice)"


def test_the_tab_says_to_write_only_for_an_item_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    tab = panel.tabs.indexOf(panel.plain)
    click_row(panel.list, 0)  # item A: its plain paragraph holds the placeholder
    qtbot.waitUntil(lambda: panel.tabs.tabText(tab) == f"{PLAIN} — to write")
    panel.list.setCurrentRow(-1)  # no item current (as when a re-draft leaves none)
    pause(50)
    assert panel.list.currentRow() == -1
    assert panel.tabs.tabText(tab) == PLAIN
