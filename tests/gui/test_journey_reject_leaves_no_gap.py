"""Reject gives back exactly the original's text where the change was: counsel who emptied a
paragraph (or added an empty line with a new one) and then rejects the change finds the
offer as it was there, with no empty paragraph left behind in the draft."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, press, show_position, type_keys

ORIGINAL = """\
1. Terms of the Offer.

     The purchase price for each $1,000 principal amount of Notes validly
tendered will be $1,015.00.

     Holders must tender Notes in minimum denominations of $2,000.

2. Withdrawal Rights.

     A notice of withdrawal must be received by the depositary within two
business days.
"""
SHIFT = Qt.KeyboardModifier.ShiftModifier
SECOND = "Holders must tender Notes in minimum denominations of $2,000."


def _open(qtbot: Any, window: MainWindow, tmp_path: Path) -> list[str]:
    (tmp_path / "orig.txt").write_text(ORIGINAL)
    window.open_documents(tmp_path / "orig.txt", None)
    wait_items(qtbot, window, 0)
    return [b.text for b in window.workspace.draft_pane.blocks()]


def _reject_first(qtbot: Any, window: MainWindow) -> None:
    click_row(window.workspace.items_panel.list, 0)
    qtbot.mouseClick(window.workspace.items_panel.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 0)


def test_rejecting_an_emptied_paragraph_leaves_no_empty_paragraph(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    before = _open(qtbot, window, tmp_path)
    pane = window.workspace.draft_pane
    start = click_in_text(pane, SECOND, 0)
    end = show_position(pane, start + len(SECOND))
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, SHIFT, end)  # to its end
    press(pane, Qt.Key.Key_Delete)  # the paragraph's words go; its empty line stays
    wait_items(qtbot, window, 1)
    assert "" in [b.text for b in pane.blocks()]
    _reject_first(qtbot, window)
    assert [b.text for b in pane.blocks()] == before


def test_rejecting_a_paragraph_added_after_an_empty_line_takes_the_line_too(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    before = _open(qtbot, window, tmp_path)
    pane = window.workspace.draft_pane
    click_in_text(pane, SECOND)
    type_keys(pane, "\n\nNotes may be tendered by book entry.")
    wait_items(qtbot, window, 1)
    _reject_first(qtbot, window)
    assert [b.text for b in pane.blocks()] == before
