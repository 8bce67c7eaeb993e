"""The navigator's list of amendments follows every re-draft while counsel types, and most
re-drafts leave its rows reading as they did: those rows stay as they are (a row counsel
selected stays selected, and nothing is laid out again mid-word); a row whose words change
(the count of changes) is re-worded at once."""

from __future__ import annotations

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys


def test_a_redraft_leaves_the_amendments_listed_as_they_were(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window)
    listed = window.workspace.series_list
    row = listed.item(0)
    listed.setCurrentItem(row)
    before = row.text()
    count = len(window.session.items)
    pane = window.workspace.draft_pane
    click_in_text(pane, "must be received by People")  # in the sentence item A adds
    type_keys(pane, "Note ")  # a re-draft of item A: no new item
    wait_items(qtbot, window)
    generation = window.session._generation
    type_keys(pane, "\b\b\b\b\b")
    wait_items(qtbot, window)
    assert window.session._generation > generation  # drafted again
    assert len(window.session.items) == count
    assert listed.item(0) is row and row.text() == before  # the very row, untouched
    assert listed.currentItem() is row  # still selected
    # a change elsewhere adds an item: the row says so at once
    click_in_text(pane, "Each new option will vest")
    type_keys(pane, "Also, ")
    wait_items(qtbot, window, count + 1)
    assert listed.count() == 1 and listed.item(0).text() != before
    assert f"{count + 1} changes" in listed.item(0).text()
