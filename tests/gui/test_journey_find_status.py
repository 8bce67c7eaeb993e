"""The find bar's count and current match always describe the text on screen: after an edit,
an undo, another amendment opened; on a long draft it stays quick (typing in the Find field
searches once counsel pauses, and only the matches around the view are highlighted)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt

from amendtool.gui import find_searching as find_bar_module
from amendtool.gui.find_targets import AROUND_VIEW, shown_range
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import press, type_keys
from tests.gui.test_journey_undo_looks import revised, state
from tests.gui.test_journey_whole_document import ORIGINAL, redo_all, undo_all

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def find(qtbot, window: MainWindow, term: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F from the draft, the term typed, and the count waited for."""
    window.workspace.draft_pane.setFocus()
    window.actions_by_id["find"].trigger()
    bar = window.workspace.find_bar
    bar.term.clear()
    type_keys(bar.term, term, pauses=(40, 95, 60))
    qtbot.waitUntil(  # the term's first match shown (not the last term's, shown on opening)
        lambda: not bar.pause.isActive() and " of " in bar.count.text(), timeout=3000
    )


def next_of(qtbot, window: MainWindow, total: int) -> None:  # type: ignore[no-untyped-def]
    """After an edit nothing is shown: the count says which match Find Next goes to."""
    bar = window.workspace.find_bar
    said = rf"next: \d+ of {total}"
    qtbot.waitUntil(lambda: re.fullmatch(said, bar.count.text()) is not None, timeout=3000)


def test_typing_a_term_searches_once_and_highlights_only_around_the_view(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    pane, bar = window.workspace.draft_pane, window.workspace.find_bar
    searched: list[str] = []
    find_all = find_bar_module.find_all

    def counted(target, term, options=None):  # type: ignore[no-untyped-def]
        searched.append(term)
        return find_all(target, term, options)

    monkeypatch.setattr(find_bar_module, "find_all", counted)
    find(qtbot, window, "option")
    assert len(searched) < len("option")  # not once a key
    assert searched[-1] == "option"
    bar.term.clear()
    type_keys(bar.term, "o", pauses=(40,))
    every = len(re.findall("o", pane.toPlainText(), re.IGNORECASE))
    qtbot.waitUntil(lambda: bar.count.text().endswith(f" of {every:,}"), timeout=3000)
    assert len(bar.matches) == every > AROUND_VIEW
    found = pane._found
    assert 0 < len(found) <= AROUND_VIEW
    first, last = shown_range(pane)
    assert all(first <= s.cursor.selectionStart() <= last for s in found)
    pane.verticalScrollBar().setValue(pane.verticalScrollBar().maximum())  # to the end
    first, last = shown_range(pane)
    assert pane._found and all(first <= s.cursor.selectionStart() <= last for s in pane._found)
    assert pane._found[-1].cursor.selectionEnd() == bar.matches[-1][1]


def test_the_count_follows_edits_undo_and_another_amendment(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    pane, bar = window.workspace.draft_pane, window.workspace.find_bar
    loaded = state(window)
    find(qtbot, window, "HVSN")
    assert bar.count.text() == "1 of 2"  # shown as it was typed
    type_keys(pane, "X", pauses=(40,))  # counsel types over the match shown
    next_of(qtbot, window, 1)
    edited = state(window)
    assert "\n".join(b.text for b in edited[0]).count("HVSN") == 1  # type: ignore[union-attr]
    press(pane, Qt.Key.Key_Z, CTRL)
    next_of(qtbot, window, 2)
    assert state(window) == loaded
    press(pane, Qt.Key.Key_Z, CTRL | SHIFT)
    next_of(qtbot, window, 1)
    assert state(window) == edited
    undo_all(window)
    next_of(qtbot, window, 2)
    redo_all(window)
    next_of(qtbot, window, 1)
    assert state(window) == edited
    # the same term in another amendment: found again in its text
    find(qtbot, window, "facsimile")
    assert bar.count.text().endswith(" of 4")
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    next_of(qtbot, window, 3)
    assert bar.matches == [m.span() for m in re.finditer("facsimile", pane.toPlainText(), re.I)]


def test_the_find_bar_stays_shut_on_the_first_page(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    find(qtbot, window, "HVSN")
    window.workspace.save_state()  # the bar open when the app was last closed
    later = MainWindow()
    qtbot.addWidget(later)
    later.show()
    ws = later.workspace
    assert later.stack.currentWidget() is later.welcome
    assert not ws.find_toolbar.isVisible() and not ws.find_bar.isVisible()
    later.actions_by_id["find"].trigger()
    later.actions_by_id["find_next"].trigger()
    assert not ws.find_toolbar.isVisible()
    assert not ws.find_bar.replace_button.isEnabled()
    assert not ws.find_bar.replace_all_button.isEnabled()
    later.session.undo_stack.setClean()
