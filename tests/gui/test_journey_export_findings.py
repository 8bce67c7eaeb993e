"""File > Export says what `amendtool export --force` says: the checks' warnings are listed
before anything is written (Export Anyway / Cancel) and again in the message saying where
the files went."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from amendtool.cli import main as cli_main
from amendtool.gui.export_dialog import ExportDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items

LEGAL = "Pursuant to the offer, we changed this to make the offer clearer for you."


def cli_findings(project: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The lines `amendtool export --force` prints about the checks' findings."""
    capsys.readouterr()
    assert cli_main(["export", str(project), "--out", str(out), "--force"]) == 0
    said = [line.removeprefix("amendtool: ") for line in capsys.readouterr().err.splitlines()]
    return [line for line in said if line.startswith(("error: ", "warning: ", "note: "))]


def test_export_lists_the_warnings_the_command_prints_before_and_after_writing(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    answered_dialogs: list[str],
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    for item in window.session.items:  # counsel's paragraphs, with a legal word in each
        item.set_plain_summary(LEGAL)
    window.session.refresh_checks()
    wait_items(qtbot, window, 6)
    project = tmp_path / "matter.amend"
    assert window._save_to(project)
    expected = cli_findings(project, tmp_path / "by the command", capsys)
    assert expected and any("Pursuant to" in line for line in expected)

    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self))
    answered_dialogs.clear()
    window.actions_by_id["export"].trigger()  # the conftest answers Cancel
    assert not opened  # nothing is written when counsel cancels
    assert len(answered_dialogs) == 1
    for line in expected:
        assert line in answered_dialogs[0]

    def export_anyway(box: QMessageBox) -> int:
        """Export Anyway on the question; OK on the box saying where the files went."""
        answered_dialogs.append(box.text())
        names = [b.text() for b in box.buttons()]
        if "Export Anyway" in names:
            assert "Cancel" in names
            next(b for b in box.buttons() if b.text() == "Export Anyway").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", export_anyway)
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: True)
    answered_dialogs.clear()
    window.actions_by_id["export"].trigger()
    assert len(opened) == 1
    dialog = opened[0]
    qtbot.addWidget(dialog)
    folder = tmp_path / "by the app"
    dialog.folder.setText(str(folder))
    dialog.open_when_done = False
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.result_files) or dialog.error is not None, timeout=90000)
    assert dialog.error is None
    assert (folder / "employee-notice.docx").exists()
    written = [text for text in answered_dialogs if str(folder) in text]
    assert len(written) == 1, answered_dialogs  # one message: where, and what was found
    for line in expected:
        assert line in written[0]
    assert str(folder) in window.statusBar().currentMessage()


def test_notes_alone_are_listed_but_not_asked_about(monkeypatch: pytest.MonkeyPatch) -> None:
    """The Rule 14e-1(d) announcement is a note, not a problem: export does not stop to ask
    Export Anyway over it (it is listed with where the files went); a warning still asks."""
    from amendtool.gui.findings_lists import confirm_export

    asked: list[str] = []

    def answered(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answered)
    note = "note: Rule 14e-1(d): announce the extension by 9:00 a.m., Eastern Time"
    assert confirm_export(None, [note]) is True
    assert asked == []
    assert confirm_export(None, [note, "warning: item A: the plain paragraph"]) is False
    assert len(asked) == 1 and "item A" in asked[0]
