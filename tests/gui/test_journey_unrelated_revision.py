"""A file that is no revision of the original (a one-line note picked by mistake), loaded as
the revised offer, is refused as `amendtool draft` refuses it: one message naming both files,
and nothing changed (the draft, the items, the undo history). A revision that rewrote every
paragraph of the same offer loads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.test_journey_whole_document import (
    ORIGINAL,
    REVISED,
    load_revised_by_menu,
    open_original,
)


def test_a_note_loaded_as_the_revised_offer_is_refused(
    qtbot, window: MainWindow, monkeypatch, answered_dialogs: list[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    pane = window.workspace.draft_pane
    before = pane.toPlainText()
    notes = tmp_path / "notes.txt"
    notes.write_text("Call Jim about the Kestrel timing on Monday.\n", encoding="utf-8")
    # whatever counsel would answer to a question, there is none: the file is refused
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    load_revised_by_menu(qtbot, window, monkeypatch, notes)
    [said] = answered_dialogs
    assert "notes.txt" in said and ORIGINAL.name in said and "not a revision" in said
    assert pane.toPlainText() == before
    wait_items(qtbot, window, 0)
    assert not window.session.undo_stack.canUndo()


def test_a_real_revision_loads_without_a_question(
    qtbot, window: MainWindow, monkeypatch, answered_dialogs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    load_revised_by_menu(qtbot, window, monkeypatch, REVISED)
    wait_items(qtbot, window, 6)
    assert answered_dialogs == []
