"""Counsel types at the end of an item's filing wording: the wording is marked as counsel's,
one click ("Use the Generated Wording") gives the tool's back, and words typed after the
colon that introduces the quoted new text are an error in Checks, not silently filed."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_row, pause, type_keys

CHANGE = "The conditions to this offer are for our benefit."


def test_typed_wording_is_marked_counsels_and_one_click_gives_the_generated_back(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel, s = window.workspace.items_panel, window.session
    [row] = [n for n, i in enumerate(s.items) if CHANGE in i.new_text]
    click_row(panel.list, row)
    generated = panel.filing.toPlainText()
    assert generated.endswith(":")  # the instruction introduces the quoted paragraph
    use_generated = panel.reset_button
    assert use_generated.text() == "Use the Generated Wording"
    assert not use_generated.isEnabled()  # the tool's wording is shown: nothing to go back to
    panel.filing.setFocus()
    panel.filing.moveCursor(QTextCursor.MoveOperation.End)
    type_keys(panel.filing, " XYZ")
    pause(900)  # a pause keeps counsel's words
    qtbot.waitUntil(lambda: (s.items[row].filing_override or "").endswith("XYZ"))
    assert panel.filing_label.text() == "Filing (counsel's):"
    assert panel.status.text().startswith("Counsel's wording")
    assert use_generated.isEnabled()
    qtbot.waitUntil(lambda: s.checked, timeout=30000)
    stray = [f for f in s.findings if f.item == row and "after the colon" in f.message]
    assert [f.severity for f in stray] == ["error"], [f.message for f in s.findings]
    assert '"XYZ"' in stray[0].message

    use_generated.click()  # one click, the tool's wording is back
    wait_items(qtbot, window, 6)
    assert s.items[row].filing_override is None
    assert panel.filing.toPlainText() == generated
    assert panel.filing_label.text() == "Filing:"
    assert not use_generated.isEnabled()
    qtbot.waitUntil(lambda: s.checked, timeout=30000)
    assert not [f for f in s.findings if "after the colon" in f.message]
