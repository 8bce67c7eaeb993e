"""How an imported filing.toml was read (Windows-1252, not UTF-8) stays said in the Filing
Details form while counsel goes on editing it, and is said in the status bar once the form
is closed: a note shown only until the next keystroke is a note counsel never sees."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import when_modal
from tests.gui.test_journey_filing_encoding_note import NOTE, saved_in_cp1252
from tests.gui.test_journey_heading_marks import ORIGINAL


def test_the_read_as_note_outlasts_an_edit_and_the_form(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    path = saved_in_cp1252(tmp_path)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    shown: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, FilingForm)
        dialog.import_toml(str(path))
        title = dialog.widgets[("signature", "title")]
        assert isinstance(title, QLineEdit)
        title.setText(title.text() + " ")  # counsel edits a field after the import
        shown.append(dialog.problems.text() if dialog.problems_area.isVisibleTo(dialog) else "")
        dialog.accept()

    when_modal(fill)
    window.actions_by_id["filing"].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert NOTE in shown[0], shown
    qtbot.waitUntil(lambda: any(NOTE in m for m in said), timeout=5000)
