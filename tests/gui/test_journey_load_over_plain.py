"""Load Revised File over a draft whose changes carry counsel's plain paragraphs says that
those paragraphs go too (kept only where the file makes the same change), with or without
edits of the draft's own text; Cancel keeps them all."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, press, type_keys
from tests.gui.test_journey_load_over_edits import edit_two_paragraphs
from tests.gui.test_journey_plain_paragraph import editor_of
from tests.gui.test_journey_whole_document import (
    ORIGINAL,
    REVISED,
    load_revised_by_menu,
    open_original,
)

COUNSEL = "You may withdraw until the offer ends."


def write_plain(qtbot, window: MainWindow, row: int) -> None:  # type: ignore[no-untyped-def]
    panel = window.workspace.items_panel
    click_row(panel.list, row)
    editor = editor_of(window)
    click_in_text(editor, editor.toPlainText()[:5])
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(editor, COUNSEL)
    click_row(panel.list, row)  # counsel moves on: the paragraph is kept
    qtbot.waitUntil(lambda: window.session.items[row].plain_override == COUNSEL)


def test_the_question_names_the_plain_paragraphs_with_the_edits(
    qtbot, window: MainWindow, monkeypatch, answered_dialogs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    edit_two_paragraphs(qtbot, window)
    write_plain(qtbot, window, 0)
    load_revised_by_menu(qtbot, window, monkeypatch, REVISED)  # the question: Cancel
    [asked] = [text for text in answered_dialogs if "edits" in text]
    assert "your edits to 2 paragraphs" in asked
    assert "plain paragraphs you wrote for the notice on 1 change" in asked
    wait_items(qtbot, window, 2)
    assert window.session.items[0].plain_override == COUNSEL


def test_plain_paragraphs_alone_are_asked_about(
    qtbot, window: MainWindow, monkeypatch, answered_dialogs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    load_revised_by_menu(qtbot, window, monkeypatch, REVISED)
    wait_items(qtbot, window, 6)
    assert answered_dialogs == []
    write_plain(qtbot, window, 0)
    load_revised_by_menu(qtbot, window, monkeypatch, ORIGINAL)  # the question: Cancel
    [asked] = answered_dialogs
    assert "plain paragraphs you wrote for the notice on 1 change" in asked
    assert "your edits" not in asked
    wait_items(qtbot, window, 6)
    assert window.session.items[0].plain_override == COUNSEL
