"""Find goes round the ends of the text and says so, and Escape puts counsel back in the text:
F3 at the last match shows the first ("continued from the top"), Shift+F3 at the first shows
the last, a lone match says it is the only one; Escape (or ✕) closes the bar and the focus is
in the draft again, at the match shown, so typing goes on there."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, pause, press, type_keys

SHIFT = Qt.KeyboardModifier.ShiftModifier


def find(qtbot, window: MainWindow, term: str) -> None:  # type: ignore[no-untyped-def]
    bar = window.workspace.find_bar
    press(window.workspace.draft_pane, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.term.hasFocus()
    bar.term.clear()
    type_keys(bar.term, term, pauses=(40, 95, 60))
    qtbot.waitUntil(lambda: " of " in bar.count.text(), timeout=3000)


@pytest.mark.parametrize("key_in", ["term", "draft"])
def test_find_next_goes_round_the_ends_and_says_so(qtbot, window, key_in: str) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane, bar = window.workspace.draft_pane, window.workspace.find_bar
    click_in_text(pane, "Offer", 0)
    find(qtbot, window, "Offer")
    count = len(bar.matches)
    assert count > 3
    keys = bar.term if key_in == "term" else pane
    if key_in == "draft":
        pane.setFocus()
    starts = [pane.textCursor().selectionStart()]
    for _ in range(count - 1):
        press(keys, Qt.Key.Key_F3)
        starts.append(pane.textCursor().selectionStart())
    assert bar.count.text() == f"{count} of {count}"  # the last, nothing said yet
    assert starts == sorted(starts) and len(set(starts)) == count
    press(keys, Qt.Key.Key_F3)
    assert pane.textCursor().selectionStart() == starts[0]  # round to the first
    assert bar.count.text() == f"1 of {count} — continued from the top"
    press(keys, Qt.Key.Key_F3)
    assert bar.count.text() == f"2 of {count}"  # said once, when it goes round
    press(keys, Qt.Key.Key_F3, SHIFT)
    press(keys, Qt.Key.Key_F3, SHIFT)
    assert pane.textCursor().selectionStart() == starts[-1]  # back round to the last
    assert bar.count.text() == f"{count} of {count} — continued from the end"


def test_a_lone_match_says_it_is_the_only_one(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane, bar = window.workspace.draft_pane, window.workspace.find_bar
    text = pane.toPlainText().lower()
    lone = next(w for w in text.split() if len(w) > 6 and w.isalpha() and text.count(w) == 1)
    find(qtbot, window, lone)
    press(bar.term, Qt.Key.Key_F3)
    assert bar.count.text() == "1 of 1 — the only match"


@pytest.mark.parametrize("how", ["escape", "close button"])
def test_escape_gives_the_focus_back_to_the_draft_at_the_match(qtbot, window, how: str) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane, bar = window.workspace.draft_pane, window.workspace.find_bar
    click_in_text(pane, "Offer", 0)
    find(qtbot, window, "business days")
    press(bar.term, Qt.Key.Key_F3)
    shown = pane.textCursor().selectedText()
    assert shown.lower() == "business days"
    if how == "escape":
        press(QApplication.focusWidget(), Qt.Key.Key_Escape)
    else:
        [close] = [b for b in bar.findChildren(QToolButton) if b.text() == "✕"]
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    pause(30)
    assert not bar.isVisible()
    assert QApplication.focusWidget() is pane
    assert pane.textCursor().selectedText() == shown  # where the match was shown
    at = pane.textCursor().selectionEnd()
    press(pane, Qt.Key.Key_Right)
    type_keys(pane, "Q", pauses=(40,))
    assert pane.toPlainText()[at : at + 1] == "Q"  # typing goes on in the draft


def test_escape_from_a_search_of_the_items_goes_back_where_counsel_was(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane, bar = window.workspace.draft_pane, window.workspace.find_bar
    click_in_text(pane, "Offer", 0)
    find(qtbot, window, "business")
    bar.scope.setCurrentText("Items")
    pause(250)
    bar.term.setFocus()
    press(bar.term, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is pane
