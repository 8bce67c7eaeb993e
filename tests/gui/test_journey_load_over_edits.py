"""Load Revised File over counsel's own edits of the draft asks first (Replace / Cancel),
naming how many paragraphs counsel edited; Cancel leaves the draft as it is, Replace loads
the file, and Undo gives the edits back. A draft nobody has edited is replaced without a
question."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import answer_box, click_in_text, press, type_keys
from tests.gui.test_journey_whole_document import (
    REVISED,
    load_revised_by_menu,
    open_original,
)

FIRST = "You may withdraw your tendered options"
SECOND = "Upon the terms and subject to the conditions"
UNDO = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def edit_two_paragraphs(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    pane = window.workspace.draft_pane
    click_in_text(pane, FIRST, 0)
    type_keys(pane, "Always: ")
    click_in_text(pane, SECOND, 0)
    type_keys(pane, "Now ")
    wait_items(qtbot, window, 2)
    return pane.toPlainText()


def test_loading_over_hand_edits_asks_and_cancel_keeps_them(
    qtbot, window: MainWindow, monkeypatch, answered_dialogs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    edited = edit_two_paragraphs(qtbot, window)
    steps = window.session.undo_stack.count()
    load_revised_by_menu(qtbot, window, monkeypatch, REVISED)  # the question: Cancel
    [asked] = [text for text in answered_dialogs if "edits" in text]
    assert "2 paragraphs" in asked and REVISED.name in asked
    assert window.workspace.draft_pane.toPlainText() == edited
    assert window.session.undo_stack.count() == steps
    wait_items(qtbot, window, 2)


def test_replace_loads_the_file_and_undo_gives_the_edits_back(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    edited = edit_two_paragraphs(qtbot, window)
    asked: list[str] = []
    answer_box(monkeypatch, "Replace", asked)
    load_revised_by_menu(qtbot, window, monkeypatch, REVISED)
    assert len(asked) == 1 and "2 paragraphs" in asked[0]
    pane = window.workspace.draft_pane
    qtbot.waitUntil(lambda: pane.toPlainText() != edited)
    assert "Always: " not in pane.toPlainText()
    wait_items(qtbot, window, 6)
    press(pane, *UNDO)
    qtbot.waitUntil(lambda: pane.toPlainText() == edited)
    wait_items(qtbot, window, 2)


def test_a_draft_nobody_edited_is_replaced_without_a_question(
    qtbot, window: MainWindow, monkeypatch, answered_dialogs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    load_revised_by_menu(qtbot, window, monkeypatch, REVISED)
    wait_items(qtbot, window, 6)
    assert answered_dialogs == []
    # the revised file's own text is not counsel's edit: loading it again asks nothing
    load_revised_by_menu(qtbot, window, monkeypatch, REVISED)
    wait_items(qtbot, window, 6)
    assert answered_dialogs == []


def test_edits_saved_in_an_earlier_session_are_asked_about_too(
    qtbot, window: MainWindow, monkeypatch, answered_dialogs: list[str], tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """Counsel edits, saves and closes; next day they open the project (or it is recovered
    after a crash) and load a revised file: the draft's edits are asked about as they are
    in the session that made them, though that session's undo steps are gone."""
    open_original(qtbot, window)
    edited = edit_two_paragraphs(qtbot, window)
    project = tmp_path / "edited.amend"
    window.session.save(project)
    window.open_project(project)
    wait_items(qtbot, window, 2)
    assert not window.session.undo_stack.canUndo()  # a session of its own
    load_revised_by_menu(qtbot, window, monkeypatch, REVISED)  # the question: Cancel
    [asked] = [text for text in answered_dialogs if REVISED.name in text]
    assert "2 paragraphs" in asked, asked
    assert window.workspace.draft_pane.toPlainText() == edited
    wait_items(qtbot, window, 2)
