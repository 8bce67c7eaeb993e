"""Clicking the item already selected takes both panes to it again, as clicking it the first
time did: counsel who scrolled away need not click another item and come back."""

from __future__ import annotations

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_row


def test_clicking_the_selected_item_again_brings_the_panes_back_to_it(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    ws = window.workspace
    last = len(window.session.items) - 1
    click_row(ws.items_panel.list, last)
    there = (
        ws.original_pane.verticalScrollBar().value(),
        ws.draft_pane.verticalScrollBar().value(),
    )
    assert there != (0, 0)  # the last item is further down than the first screen
    for pane in (ws.original_pane, ws.draft_pane):
        pane.verticalScrollBar().setValue(0)  # counsel scrolls back to the cover
    click_row(ws.items_panel.list, last)
    again = (
        ws.original_pane.verticalScrollBar().value(),
        ws.draft_pane.verticalScrollBar().value(),
    )
    assert again == there
    assert ws.items_panel.current() == last
