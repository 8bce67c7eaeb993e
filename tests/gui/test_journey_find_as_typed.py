"""Find as a browser's find bar and Word's find do it: as soon as counsel pauses in typing
the term, the first match from where they were is shown and counted ("1 of 12"), with no
F3 needed; typing on narrows the term and stays in the Find field; F3 goes on from there.
Typing in the draft while the bar is open never moves the draft's cursor."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys
from tests.gui.test_journey_heading_marks import ORIGINAL


def test_the_first_match_is_shown_and_counted_as_the_term_is_typed(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, None)
    wait_items(qtbot, window, 0)
    pane, bar = window.workspace.draft_pane, window.workspace.find_bar
    at = click_in_text(pane, "You may withdraw your tendered options")
    window.actions_by_id["find"].trigger()
    bar.term.clear()
    type_keys(bar.term, "option", pauses=(40, 95, 60))
    text = pane.toPlainText()
    every = [m.start() for m in re.finditer("option", text, re.IGNORECASE)]
    after = [start for start in every if start >= at]
    qtbot.waitUntil(lambda: bar.count.text() == f"{every.index(after[0]) + 1} of {len(every)}")
    assert pane.textCursor().selectionStart() == after[0]  # shown in the draft
    assert pane.textCursor().selectedText().lower() == "option"
    assert bar.term.hasFocus()  # counsel types on in the field
    type_keys(bar.term, "s", pauses=(40,))
    plural = [m.start() for m in re.finditer("options", text, re.IGNORECASE)]
    first = next(start for start in plural if start >= after[0])
    qtbot.waitUntil(lambda: bar.count.text() == f"{plural.index(first) + 1} of {len(plural)}")
    assert pane.textCursor().selectionStart() == first and bar.term.text() == "options"
    window.actions_by_id["find_next"].trigger()
    nxt = plural[(plural.index(first) + 1) % len(plural)]
    assert pane.textCursor().selectionStart() == nxt
    assert bar.count.text() == f"{plural.index(nxt) + 1} of {len(plural)}"
    # typing in the draft with the bar open: the text changes, the cursor stays counsel's
    cursor = pane.textCursor()
    cursor.setPosition(at)
    pane.setTextCursor(cursor)
    pane.moveCursor(QTextCursor.MoveOperation.EndOfBlock)
    end = pane.textCursor().position()
    type_keys(pane, " promptly", pauses=(40, 250, 95))
    following = next(
        (k for k, start in enumerate(plural) if start >= end + len(" promptly")), 0
    )  # nothing shown after an edit: the count says which match Find Next goes to
    qtbot.waitUntil(lambda: bar.count.text() == f"next: {following + 1} of {len(plural)}")
    assert pane.textCursor().position() == end + len(" promptly")
    assert not pane.textCursor().hasSelection()
