"""Undo and redo give back the draft as it looked: text, heading marks and their bold, items."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, press
from tests.gui.shown import misshown_headings
from tests.gui.test_journey_whole_document import (
    load_revised_by_menu,
    open_original,
    redo_all,
    undo_all,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
AFTER_HEADING = "The following are answers to some of the questions"
SECTION_1 = "Upon the terms and subject to the conditions of the offer, we will exchange"


def revised(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    load_revised_by_menu(qtbot, window, monkeypatch)
    wait_items(qtbot, window, 6)


def state(window: MainWindow) -> tuple[object, ...]:
    """What counsel has: the draft's blocks (text and heading marks), how each heading and
    paragraph looks, and the items (asked once the draft is current)."""
    window.session.wait_for_draft()
    pane = window.workspace.draft_pane
    assert window.session.drafted_blocks == pane.read_blocks()
    return (
        pane.read_blocks(),
        misshown_headings(pane),
        [i.substance() for i in window.session.items],
    )


@pytest.mark.parametrize(
    "words, offset",
    [(AFTER_HEADING, len("The following ")), (AFTER_HEADING, 0), ("SUMMARY TERM SHEET", 7)],
)
def test_undoing_a_split_gives_back_the_headings_as_they_looked(
    qtbot, window, monkeypatch, words: str, offset: int
) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    pane = window.workspace.draft_pane
    loaded = state(window)
    assert loaded[1] == []
    click_in_text(pane, words, offset=offset)
    press(pane, Qt.Key.Key_Return)
    wait_items(qtbot, window)
    split = state(window)
    assert len(split[0]) == len(loaded[0]) + 1 and split[1] == []
    press(pane, Qt.Key.Key_Z, CTRL)
    assert state(window) == loaded
    press(pane, Qt.Key.Key_Z, CTRL | SHIFT)
    assert state(window) == split
    press(pane, Qt.Key.Key_Z, CTRL)
    click_in_text(pane, AFTER_HEADING, offset=0)
    press(pane, Qt.Key.Key_Up)  # into "SUMMARY TERM SHEET", bold: a heading, and so it is
    press(pane, Qt.Key.Key_H, CTRL | SHIFT)
    marked = state(window)
    assert sum(b.heading for b in marked[0]) == sum(b.heading for b in loaded[0]) - 1
    assert marked[1] == []
    undo_all(window)
    wait_items(qtbot, window, 0)
    assert state(window)[1:] == ([], [])
    redo_all(window)
    assert state(window) == marked


def test_every_split_and_join_keeps_the_look_of_every_heading(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    pane = window.workspace.draft_pane
    loaded = state(window)
    for words in (AFTER_HEADING, SECTION_1, "3. Procedures for Tendering"):
        click_in_text(pane, words, offset=0)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Backspace, Qt.Key.Key_Backspace):
            press(pane, key)
            assert misshown_headings(pane) == []
        for _ in range(3):
            press(pane, Qt.Key.Key_Z, CTRL)
            assert misshown_headings(pane) == []
        assert state(window) == loaded
        for _ in range(3):
            press(pane, Qt.Key.Key_Z, CTRL | SHIFT)
            assert misshown_headings(pane) == []
        edited = state(window)
        undo_all(window)
        assert state(window)[1:] == ([], [])
        redo_all(window)
        assert state(window) == edited
        loaded = edited
