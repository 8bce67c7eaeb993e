"""A heading made body text (or a paragraph made a heading) is shaded as the change of format
it is in the main panes too, on both sides, whether or not counsel also changed its words:
the words counsel typed are marked as inserted over the format shade, never in its place."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QTextEdit

from amendtool.gui.main_window import MainWindow
from amendtool.gui.pane_marks import format_colour
from amendtool.gui.panes import change_colours
from tests.gui.conftest import wait_items
from tests.gui.test_journey_heading_mark_words import mark_and_type, type_and_mark
from tests.gui.test_journey_heading_marks import HEADING, PARAGRAPH


def colours_on(pane: QTextEdit, words: str, exact: bool, typed: str = "") -> set[int]:
    """The colours of the change marks painted on the paragraph that is `words` (begins with
    them, unless `exact`) followed by `typed`."""
    block = pane.document().begin()
    while block.isValid() and not (
        block.text() == words + typed
        if exact
        else block.text().startswith(words) and block.text().endswith(typed)
    ):
        block = block.next()
    assert block.isValid(), words
    start, end = block.position(), block.position() + block.length()
    return {
        s.format.background().color().rgba()
        for s in pane.extraSelections()
        if start <= s.cursor.selectionStart() < end
    }


@pytest.mark.parametrize(
    ("words", "exact", "typed", "first"),
    [
        (HEADING, True, " and Notices", True),  # typed, then Ctrl+Shift+H
        (HEADING, True, " and Limits", False),  # Ctrl+Shift+H, then typed
        (PARAGRAPH, False, " promptly", False),
    ],
)
def test_main_panes_shade_a_heading_mark_with_words_typed(
    qtbot, window: MainWindow, words: str, exact: bool, typed: str, first: bool
) -> None:  # type: ignore[no-untyped-def]
    if first:
        type_and_mark(qtbot, window, words, typed)
    else:
        mark_and_type(qtbot, window, words, exact, typed)
    wait_items(qtbot, window, 2)  # the mark, and the change of words beside it
    qtbot.waitUntil(
        lambda: any(i.new_text.endswith(typed) for i in window.session.items), timeout=15000
    )
    restyled = format_colour(window.palette()).rgba()
    deleted, inserted, _ = change_colours(window.palette())
    ws = window.workspace
    qtbot.waitUntil(lambda: inserted.rgba() in colours_on(ws.draft_pane, words, exact, typed))
    left = colours_on(ws.original_pane, words, exact)
    right = colours_on(ws.draft_pane, words, exact, typed)
    assert restyled in left and deleted.rgba() not in left, left
    assert restyled in right and inserted.rgba() in right, right
