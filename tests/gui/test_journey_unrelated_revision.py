"""A file that shares almost nothing with the original, loaded as the revised offer (a
one-line note picked by mistake), is questioned before it replaces the draft; a revision
that rewrote every paragraph of the same offer is not."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.test_journey_whole_document import (
    REVISED,
    load_revised_by_menu,
    open_original,
)


def test_a_note_loaded_as_the_revised_offer_is_questioned_first(
    qtbot, window: MainWindow, monkeypatch, answered_dialogs: list[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    pane = window.workspace.draft_pane
    before = pane.toPlainText()
    notes = tmp_path / "notes.txt"
    notes.write_text("Call Jim about the Kestrel timing on Monday.\n", encoding="utf-8")
    load_revised_by_menu(qtbot, window, monkeypatch, notes)  # counsel answers No
    assert any("notes.txt shares almost nothing" in text for text in answered_dialogs)
    assert pane.toPlainText() == before
    wait_items(qtbot, window, 0)
    assert not window.session.undo_stack.canUndo()
    # asked again and answered Yes: counsel meant it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    load_revised_by_menu(qtbot, window, monkeypatch, notes)
    qtbot.waitUntil(lambda: "Kestrel timing" in pane.toPlainText())
    wait_items(qtbot, window)
    assert window.session.items


def test_a_real_revision_loads_without_a_question(
    qtbot, window: MainWindow, monkeypatch, answered_dialogs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    load_revised_by_menu(qtbot, window, monkeypatch, REVISED)
    wait_items(qtbot, window, 6)
    assert not any("shares almost nothing" in text for text in answered_dialogs)


def test_enter_at_the_question_does_not_load_the_note(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Enter answers with the default button: for a file that replaces the draft, No."""
    open_original(qtbot, window)
    pane = window.workspace.draft_pane
    before = pane.toPlainText()

    def enter(parent, title, text, buttons=None, default=None):  # type: ignore[no-untyped-def]
        # Qt's own default, when none is named, is the first accepting button: Yes
        return default or QMessageBox.StandardButton.Yes

    notes = tmp_path / "notes.txt"
    notes.write_text("Call Jim about the Kestrel timing on Monday.\n", encoding="utf-8")
    load_revised_by_menu(qtbot, window, monkeypatch, notes)
    monkeypatch.setattr(QMessageBox, "question", enter)
    load_revised_by_menu(qtbot, window, monkeypatch, notes)
    qtbot.wait(300)
    assert pane.toPlainText() == before
