"""The item counsel selected stays selected while its change exists, and counsel's class and
wording stay with it: a heading mark above it (the section's heading made body text) and
undoing that mark renumber the draft's sections, not the change as filed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_row, pause, press, type_keys
from tests.gui.test_journey_heading_marks import mark_heading, undo_redo

CHANGE = "Within two business days after the expiration date"
HEADING = "5. Acceptance of Options for Exchange and Issuance of New Options"


def the_change(window: MainWindow) -> int:
    found = [n for n, i in enumerate(window.session.items) if CHANGE in i.old_text]
    assert len(found) == 1
    return found[0]


def assert_selected_with_decisions(window: MainWindow) -> None:
    panel = window.workspace.items_panel
    row = the_change(window)
    assert panel.list.currentRow() == row, panel.status.text()
    item = window.session.items[row]
    assert item.materiality.value == "consideration" and item.counsel_materiality
    assert (item.filing_override or "").endswith("XYZ")
    assert panel.filing.toPlainText().endswith("XYZ")


def test_unheading_the_changes_section_keeps_it_selected_with_counsels_decisions(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, the_change(window))
    panel.materiality.setFocus()
    press(panel.materiality, Qt.Key.Key_Down)
    wait_items(qtbot, window, 6)
    panel.filing.setFocus()
    panel.filing.moveCursor(panel.filing.textCursor().MoveOperation.End)
    type_keys(panel.filing, " XYZ")
    pause(900)  # a pause keeps counsel's words
    s = window.session
    qtbot.waitUntil(lambda: (s.items[the_change(window)].filing_override or "").endswith("XYZ"))

    mark_heading(qtbot, window, HEADING, exact=True)  # the heading is body text now
    wait_items(qtbot, window, 7)
    assert_selected_with_decisions(window)
    undo_redo(qtbot, window, Qt.Key.Key_Z, 6)
    assert_selected_with_decisions(window)
    undo_redo(qtbot, window, Qt.Key.Key_Y, 7)
    assert_selected_with_decisions(window)
