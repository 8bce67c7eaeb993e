"""The change marks and the places Next Change goes to are those of the text on screen. Counsel
takes a paragraph out early in the draft (or joins two with Backspace) and, before the items
are drafted again, presses F8 or clicks an item: the cursor lands in the change's own
paragraph, and its struck and underlined words are painted over that change's words, never
over the paragraph that has its number by then."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, pause, press

EARLY = "Although our board of directors has approved this"


def delete_early(window: MainWindow, how: str) -> None:
    """A paragraph of the cover taken out (selected and deleted), or joined to the one before
    it with Backspace: one block fewer above every item."""
    pane = window.workspace.draft_pane
    click_in_text(pane, EARLY, 0)
    if how == "paragraph deleted":
        cursor = pane.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.movePosition(
            QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor
        )
        pane.setTextCursor(cursor)
        press(pane, Qt.Key.Key_Delete)
    else:
        press(pane, Qt.Key.Key_Backspace)


def marked_words(window: MainWindow) -> list[tuple[int, str]]:
    """Each underlined (inserted) span painted in the draft: its paragraph and words."""
    pane = window.workspace.draft_pane
    out = []
    for selection in pane.extraSelections():
        if selection.format.fontUnderline() and selection.cursor.hasSelection():
            cursor = selection.cursor
            out.append((cursor.block().blockNumber(), cursor.selectedText()))
    return out


def assert_marks_on_their_words(window: MainWindow) -> None:
    pane = window.workspace.draft_pane
    document = pane.document()
    marks = marked_words(window)
    assert marks
    for block, words in marks:  # what is underlined is new text of some item, in its paragraph
        paragraph = document.findBlockByNumber(block).text()
        assert words in paragraph
        assert any(words.strip() in i.new_text.replace("\n", " ") for i in window.session.items), (
            words
        )


@pytest.mark.parametrize("how", ["paragraph deleted", "paragraphs joined"])
@pytest.mark.parametrize("go", ["F8", "click"])
def test_next_change_and_marks_after_an_earlier_deletion(qtbot, window, how: str, go: str) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    _s, pane, panel = window.session, window.workspace.draft_pane, window.workspace.items_panel
    click_row(panel.list, 1)  # item B: "one business day" in Section 5
    delete_early(window, how)
    if go == "F8":  # at once, before the re-draft
        press(pane, Qt.Key.Key_F8)
    else:
        click_row(panel.list, 2)
    shown = panel.current_item()
    assert shown is not None
    wanted = shown.new_text.split("\n")[0][:40]
    at = pane.textCursor().block().text()
    assert wanted in at, f"the cursor went to {at[:60]!r}, not to item {shown.kind.value}"
    assert_marks_on_their_words(window)
    wait_items(qtbot, window, 7)  # the deletion is an item of its own
    pause(300)
    assert_marks_on_their_words(window)


def test_f8_in_review_after_an_earlier_deletion_goes_to_the_change_it_shows(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Review open beside the draft: a paragraph taken out above every change, then F8 in
    Review at once. The item list and the draft go to the change Review shows, not to the
    one that has its row in the items drafted since."""
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane, panel = window.workspace.draft_pane, window.workspace.items_panel
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    review.go(1)
    pause(200)
    window.activateWindow()
    delete_early(window, "paragraph deleted")
    review.activateWindow()
    press(review.right, Qt.Key.Key_F8)
    shown = review.items[review.current]
    wait_items(qtbot, window, 7)
    selected = panel.current_item()
    assert selected is not None and selected.substance() == shown.substance()
    at = pane.textCursor().block().text()
    assert shown.new_text.split("\n")[0][:40] in at
    pause(300)
    assert_marks_on_their_words(window)
