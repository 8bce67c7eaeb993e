"""The Checks panel says "No problems found" only of the draft counsel sees: the text in the
draft pane is exactly what the items give applied to the original. While a re-draft is
pending, or when the pane holds text the items were not drafted from (a keystroke the draft
did not record), it says the draft is being re-read instead, and reads it again."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.draft_text import document_from_blocks
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, press, type_keys
from tests.gui.test_journey_filing import FILING, checks_lines
from tests.gui.test_journey_whole_document import ORIGINAL

GREEN = "No problems found"


def items_give_pane(window: MainWindow) -> bool:
    """The invariant as counsel sees it: the items applied to the original give the text
    read from the draft pane itself (compared by the documented rule)."""
    s = window.session
    assert s.original is not None
    applied = apply_items(TextDocument.from_document(s.original), s.items)
    shown = document_from_blocks(window.workspace.draft_pane.read_blocks(), s.original)
    return applied.same_text(TextDocument.from_document(shown))


def run_checks(window: MainWindow) -> list[str]:
    """Counsel presses F7 (Run Checks) and reads the Checks panel."""
    press(window.workspace.draft_pane, Qt.Key.Key_F7)
    return checks_lines(window)


@pytest.mark.parametrize("wait_ms", [40, 95, 130, 180, 250])
def test_checks_green_only_when_the_items_give_the_pane(qtbot, window, wait_ms) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    # the filing details given with the offer are checked in turn: counsel may press F7 while
    # the second check runs ("Checking…"), and sees green once it ends
    qtbot.waitUntil(lambda: any(line.startswith(GREEN) for line in run_checks(window)))
    pane = window.workspace.draft_pane
    click_in_text(pane, "final and binding.")
    for key in " ok\b\b\b":  # typed and taken back: the offer as filed, at times
        type_keys(pane, key, [wait_ms])
        lines = run_checks(window)
        if any(line.startswith(GREEN) for line in lines):
            assert items_give_pane(window), lines
    wait_items(qtbot, window, 0)
    qtbot.waitUntil(lambda: any(line.startswith(GREEN) for line in run_checks(window)))
    assert items_give_pane(window)


def test_a_keystroke_the_draft_did_not_record_is_never_green(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    # the filing details given with the offer are checked in turn: counsel may press F7 while
    # the second check runs ("Checking…"), and sees green once it ends
    qtbot.waitUntil(lambda: any(line.startswith(GREEN) for line in run_checks(window)))
    pane = window.workspace.draft_pane
    click_in_text(pane, "final and binding.")
    # a key whose change the editor never reported: the pane shows text no item describes
    pane.document().blockSignals(True)
    QTest.keyClick(pane, "!")
    pane.document().blockSignals(False)
    assert not items_give_pane(window)
    # counsel presses F7 at once: the pane is read again at the latest when a check ends, so
    # a later press may rightly find the key recorded (and green)
    lines = run_checks(window)
    assert not any(line.startswith(GREEN) for line in lines), lines
    # said as it is: the draft is being re-read (or, a check still running, being checked)
    assert any("re-read" in line or line.startswith("Checking") for line in lines), lines
    # read again: the items now describe the pane, and the panel says what they found
    wait_items(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.session.checked)
    lines = run_checks(window)
    assert items_give_pane(window), lines
    assert "binding.!" in window.session.items[0].new_text
    assert not any("re-read" in line for line in lines), lines
