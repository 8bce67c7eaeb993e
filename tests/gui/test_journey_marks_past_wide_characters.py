"""Change marks, the current item's tint, Next Change, Find and the typing record stay on the
right words when the draft holds characters outside the Basic Multilingual Plane (an emoji,
a mathematical letter 𝑥): Qt counts them as two units, Python as one character."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTextEdit

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, pause, press, type_keys
from tests.gui.test_journey_filing import FILING
from tests.gui.test_journey_whole_document import ORIGINAL

WIDE = ("😀", "𝑥", "🇺🇸", "𝒜𝒷")  # an emoji, mathematical letters, a flag (two of them)


def type_wide(pane: QTextEdit, text: str) -> None:
    """Text an emoji picker or an input method sends as one key: a whole character."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(pane, event)
        pause(60)


def painted(pane: QTextEdit) -> list[str]:
    """The words under each change mark, as the pane paints them."""
    return [s.cursor.selectedText() for s in pane.extraSelections()]


def test_marks_and_next_change_after_wide_characters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    pane = window.workspace.draft_pane
    # before the change, in the same paragraph: a character Qt counts twice
    click_in_text(pane, "final and binding.", 0)
    for wide in WIDE:
        type_wide(pane, wide)
    type_keys(pane, " ")
    # and inside the change itself
    click_in_text(pane, "final and binding.")
    type_keys(pane, " Tr")
    type_wide(pane, "𝑥")
    type_keys(pane, "ly so.")
    type_wide(pane, "😀")
    wait_items(qtbot, window, 1)
    assert pane.blocks() == pane.read_blocks()
    item = window.session.items[0]
    assert "Tr𝑥ly so.😀" in item.new_text and "😀𝑥🇺🇸𝒜𝒷 " in item.new_text
    press(pane, Qt.Key.Key_F8)  # Next Change: item A, its words tinted
    qtbot.waitUntil(lambda: window.workspace.items_panel.current() == 0)
    marks = painted(pane)
    assert marks, "no marks painted"
    # every mark covers whole characters: the words the item changed, as Python reads them
    block = pane.textCursor().block()
    text = block.text()
    amended = window.session.changes.amended  # type: ignore[union-attr]
    wanted = {text[s:e] for m in amended if m.text == text for s, e in m.spans}
    assert wanted and wanted <= set(marks), (wanted, marks)
    assert any("Tr𝑥ly so.😀" in mark for mark in marks), marks
    assert not any("\ufffd" in m or _split_pair(m) for m in marks), marks


def test_find_and_undo_after_wide_characters(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    pane = window.workspace.draft_pane
    click_in_text(pane, "final and binding.", 0)
    type_wide(pane, "😀𝑥")
    type_keys(pane, "ab")
    wait_items(qtbot, window, 1)
    assert "😀𝑥ab" in window.session.items[0].new_text
    # Find selects the words found, past the wide characters
    window.actions_by_id["find"].trigger()
    bar = window.workspace.find_bar
    bar.term.setText("binding")
    bar.search()
    bar.step(1)
    assert pane.textCursor().selectedText() == "binding"
    # undo takes back the typing exactly, then the wide characters
    for _ in range(6):
        window.actions_by_id["undo"].trigger()
        pause(30)
    wait_items(qtbot, window, 0)
    assert "😀" not in pane.toPlainText() and "𝑥" not in pane.toPlainText()
    assert pane.blocks() == pane.read_blocks()


def _split_pair(text: str) -> bool:
    return bool(text) and ("\ud800" <= text[0] <= "\udfff" or "\ud800" <= text[-1] <= "\udfff")
