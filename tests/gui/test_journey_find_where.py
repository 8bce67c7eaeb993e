"""The find bar's count always says where counsel is among the matches, not only how many
there are: "3 of 26" once a match is shown, by typing the term, by opening the bar again
with the last term, by choosing another text to search or another option; and after counsel
edits the text (nothing is moved then), which match Find Next goes to: "next: 3 of 26"."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextEdit

from amendtool.gui.main_window import MainWindow
from tests.gui.human import click_in_text, press, type_keys
from tests.gui.test_journey_find_status import find
from tests.gui.test_journey_undo_looks import revised

SHOWN = re.compile(r"^([\d,]+) of ([\d,]+)")
TERM = "option"


def shown_index(window: MainWindow) -> int:
    """Which match the count says is shown (from 1), checked against the text: it is the
    one selected in the text (or the row current in a list), and the total is every match."""
    bar = window.workspace.find_bar
    said = SHOWN.match(bar.count.text())
    assert said is not None, bar.count.text()
    index, total = (int(n.replace(",", "")) for n in said.groups())
    assert total == len(bar.matches) > 1
    target = bar.target()
    if isinstance(target, QTextEdit):
        cursor = target.textCursor()
        assert (cursor.selectionStart(), cursor.selectionEnd()) == bar.matches[index - 1]
    else:
        assert target.currentRow() == bar.matches[index - 1][0]
    return index


def test_opening_find_again_with_the_last_term_says_which_match_is_shown(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    bar, pane = window.workspace.find_bar, window.workspace.draft_pane
    find(qtbot, window, TERM)
    shown_index(window)
    press(bar.term, Qt.Key.Key_Escape)
    at = click_in_text(pane, "Halvorsen Networks, Inc. (")  # counsel reads elsewhere
    window.actions_by_id["find"].trigger()  # Ctrl+F: the last term is still there
    index = shown_index(window)
    assert bar.matches[index - 1][0] >= at  # the first match from where counsel was
    window.actions_by_id["find_next"].trigger()
    assert shown_index(window) == index % len(bar.matches) + 1
    window.actions_by_id["find_previous"].trigger()
    assert shown_index(window) == index


def test_another_scope_or_option_says_which_match_is_shown(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    bar = window.workspace.find_bar
    find(qtbot, window, TERM)
    bar.whole_words.setChecked(not bar.whole_words.isChecked())
    shown_index(window)
    bar.whole_words.setChecked(not bar.whole_words.isChecked())
    bar.scope.setCurrentText("Original")
    shown_index(window)
    bar.term.setText("a")  # in the items: a term every item's wording holds
    bar.scope.setCurrentText("Items")
    qtbot.waitUntil(lambda: SHOWN.match(bar.count.text()) is not None, timeout=3000)
    first = shown_index(window)
    window.actions_by_id["find_next"].trigger()
    assert shown_index(window) == first % len(bar.matches) + 1


def test_after_an_edit_the_count_says_which_match_find_next_goes_to(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    revised(qtbot, window, monkeypatch)
    bar, pane = window.workspace.find_bar, window.workspace.draft_pane
    find(qtbot, window, TERM)
    at = click_in_text(pane, "Halvorsen Networks, Inc. (")
    type_keys(pane, "X", pauses=(40,))  # counsel edits with the bar open
    qtbot.waitUntil(lambda: bar.count.text().startswith("next: "), timeout=3000)
    assert pane.textCursor().position() == at + 1  # nothing moved for the count
    said = re.match(r"^next: ([\d,]+) of ([\d,]+)$", bar.count.text())
    assert said is not None, bar.count.text()
    following, total = (int(n.replace(",", "")) for n in said.groups())
    assert total == len(bar.matches)
    assert bar.matches[following - 1][0] >= at + 1 > bar.matches[following - 2][0]
    window.actions_by_id["find_next"].trigger()
    assert shown_index(window) == following
