"""Deleting a whole paragraph the way every word processor user does (triple-click it and
press Delete; select from its start to the next paragraph's start and press Delete, Cut, or
type over it) takes that paragraph away and nothing else: the heading after it keeps its own
format, so the one item is the paragraph deleted, never a heading made body text."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest

from amendtool.core.items import ItemKind
from amendtool.gui.main_window import MainWindow
from amendtool.gui.panes import HEADING
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, pause, press, show_position, type_keys

ORIGINAL = """\
1. Eligibility.

     You may exchange options granted under the 2020 Plan.

     If we extend the offer, we will announce the extension by press release.

2. How to Elect to Exchange.

     You must deliver a completed election form before the expiration date.
"""

DELETED = "If we extend the offer, we will announce the extension by press release."
NEXT_HEADING = "2. How to Elect to Exchange."


def _open(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "orig.txt").write_text(ORIGINAL)
    window.open_documents(tmp_path / "orig.txt")
    wait_items(qtbot, window, 0)


def _heading_block(window: MainWindow):  # type: ignore[no-untyped-def]
    block = window.workspace.draft_pane.document().begin()
    while block.isValid() and block.text() != NEXT_HEADING:
        block = block.next()
    assert block.isValid()
    return block


def _select_to_next_start(window: MainWindow) -> None:
    """Click before the paragraph, then Shift+click at the start of the heading after it."""
    pane = window.workspace.draft_pane
    click_in_text(pane, DELETED, 0)
    point = show_position(pane, pane.document().find(NEXT_HEADING).selectionStart())
    QTest.mouseClick(
        pane.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, point
    )
    pause(60)
    assert pane.textCursor().selectedText() == DELETED + "\u2029"


def _triple_click(window: MainWindow) -> None:
    pane = window.workspace.draft_pane
    click_in_text(pane, DELETED, 10)
    point = show_position(pane, pane.textCursor().position())
    for _ in range(2):
        QTest.mouseDClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    pause(60)
    assert pane.textCursor().selectedText() == DELETED + "\u2029"


def _delete(window: MainWindow) -> None:
    press(window.workspace.draft_pane, Qt.Key.Key_Delete)


def _cut(window: MainWindow) -> None:
    press(window.workspace.draft_pane, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(
    ("select", "act"),
    [(_triple_click, _delete), (_select_to_next_start, _delete), (_select_to_next_start, _cut)],
)
def test_deleting_a_whole_paragraph_keeps_the_heading_after_it(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path, select, act
) -> None:
    _open(qtbot, window, tmp_path)
    select(window)
    act(window)
    wait_items(qtbot, window)
    assert [item.kind for item in window.session.items] == [ItemKind.DELETE_PARAGRAPH]
    [item] = window.session.items
    assert DELETED in (item.old_text or "")
    heading = _heading_block(window)
    assert heading.userState() == HEADING
    assert heading.charFormat().fontWeight() == QFont.Weight.Bold


def test_typing_over_a_whole_paragraph_keeps_the_heading_after_it(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path
) -> None:
    """The words typed stand at the heading's start and are part of it, as in Word; the
    paragraph before it is gone, and no item says the heading became body text."""
    _open(qtbot, window, tmp_path)
    _select_to_next_start(window)
    type_keys(window.workspace.draft_pane, "X")
    wait_items(qtbot, window)
    assert _heading_block_text(window).userState() == HEADING
    kinds = [item.kind for item in window.session.items]
    assert ItemKind.MAKE_PARAGRAPH not in kinds


def _heading_block_text(window: MainWindow):  # type: ignore[no-untyped-def]
    block = window.workspace.draft_pane.document().begin()
    while block.isValid() and not block.text().endswith(NEXT_HEADING):
        block = block.next()
    assert block.isValid()
    return block
