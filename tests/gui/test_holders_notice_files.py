"""In an offer to holders the app names the notice's files for holders, as the command
line does: the export list offers holders-notice.docx ("the notice to holders") and Export
PDF proposes holders-notice.pdf."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog

from amendtool.gui import everyday, printing
from amendtool.gui.export_dialog import ExportDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.test_results_dialog_kinds import preferred_window


def test_the_app_names_the_holders_notice_files_for_holders(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    preferred_window(qtbot, window)
    amendment = window.session.amendment()
    assert amendment is not None
    dialog = ExportDialog(amendment, str(tmp_path), window)
    qtbot.addWidget(dialog)
    assert "output_employee-notice.docx" not in {b.objectName() for b in dialog.boxes.values()}
    box = dialog.boxes["holders-notice.docx"]
    assert "the notice to holders" in box.text(), box.text()
    seen: list[str] = []

    def chooser(parent, title, start="", *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))
    monkeypatch.setattr(everyday, "_draft", lambda *args: True)
    monkeypatch.setattr(everyday, "_author_asked", lambda *args: True)
    assert everyday.export_pdf(window, printing.NOTICE) is None
    assert Path(seen[0]).name == "holders-notice.pdf", seen
