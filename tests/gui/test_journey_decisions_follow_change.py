"""Counsel's class and filing wording stay with the change they were given for: a new
paragraph typed in just before it (at a person's pace) renumbers the draft, not the change,
and taking that paragraph out again brings back counsel's latest words, never older ones."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, pause, press, type_keys

CHANGE = "Within two business days after the expiration date"
BEFORE = "will be extended by the same period."


def the_change(window: MainWindow) -> int:
    found = [n for n, i in enumerate(window.session.items) if CHANGE in i.old_text]
    assert len(found) == 1
    return found[0]


def test_a_paragraph_typed_before_the_change_keeps_counsels_decisions(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, the_change(window))
    panel.materiality.setFocus()
    press(panel.materiality, Qt.Key.Key_Down)
    assert panel.materiality.currentData() == "consideration"
    wait_items(qtbot, window, 6)
    filing = panel.filing
    filing.setFocus()
    filing.moveCursor(filing.textCursor().MoveOperation.End)
    type_keys(filing, " XYZ")
    pause(900)  # a pause keeps counsel's words
    s = window.session
    qtbot.waitUntil(lambda: (s.items[the_change(window)].filing_override or "").endswith("XYZ"))

    pane = window.workspace.draft_pane
    click_in_text(pane, BEFORE)
    type_keys(pane, "\nZed.")
    wait_items(qtbot, window, 7)
    item = s.items[the_change(window)]
    assert item.materiality.value == "consideration" and item.counsel_materiality
    assert (item.filing_override or "").endswith("XYZ")
    assert panel.list.currentRow() == the_change(window)  # still the selected item
    assert filing.toPlainText().endswith("XYZ")

    # counsel words it again with the new paragraph in place, then takes the paragraph out
    click_row(panel.list, the_change(window))
    filing.setFocus()
    filing.moveCursor(filing.textCursor().MoveOperation.End)
    type_keys(filing, "\b\b\bQQ")
    pause(900)
    qtbot.waitUntil(lambda: (s.items[the_change(window)].filing_override or "").endswith("QQ"))
    click_in_text(pane, "Zed.", offset=len("Zed."))
    type_keys(pane, "\b\b\b\b\b")
    wait_items(qtbot, window, 6)
    item = s.items[the_change(window)]
    assert (item.filing_override or "").endswith("QQ"), item.filing_override
    assert item.materiality.value == "consideration" and item.counsel_materiality
