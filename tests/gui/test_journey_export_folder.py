"""Export starts where counsel last exported this project: the folder field and the folder
chooser; another project starts beside itself, and a later amendment beside the last."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QPushButton

from amendtool.gui.export_dialog import ExportDialog
from tests.gui.conftest import wait_items


def proposed(window, monkeypatch, shown) -> ExportDialog:  # type: ignore[no-untyped-def]
    """File > Export, as counsel opens it: the dialog it shows."""
    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self))
    window.actions_by_id["export"].trigger()
    assert len(opened) == 1, shown
    return opened[0]


def test_export_starts_in_the_last_export_folder_of_the_project(
    qtbot, window, monkeypatch, exports_anyway, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    answered_dialogs = exports_anyway  # the offer's warnings: counsel exports anyway
    window.open_demo()
    wait_items(qtbot, window, 6)
    for item in window.session.items:  # counsel has written the notice's plain paragraphs
        item.set_plain_summary("We changed this to make the offer clearer for you.")
    window.session.refresh_checks()
    wait_items(qtbot, window, 6)
    project = tmp_path / "matter" / "halvorsen.amend"
    project.parent.mkdir()
    assert window._save_to(project)
    number = window.session.amendment().filing.amendment_number
    dialog = proposed(window, monkeypatch, answered_dialogs)
    qtbot.addWidget(dialog)
    first = Path(dialog.folder.text())
    assert first.parent == project.parent and first.name.startswith(f"Amendment No. {number} (")
    # the chooser opens where the proposed folder will be made (it does not exist yet)
    started: list[str] = []

    def choose(parent, title, start, *args):  # type: ignore[no-untyped-def]
        started.append(start)
        return str(tmp_path / "filings" / "to file")

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Choose…")
    browse.click()
    assert started == [str(project.parent)]
    dialog.open_when_done = False
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.result_files) or dialog.error is not None, timeout=90000)
    assert dialog.error is None
    chosen = tmp_path / "filings" / "to file"
    assert (chosen / "redline.docx").exists()
    again = proposed(window, monkeypatch, answered_dialogs)
    qtbot.addWidget(again)
    assert Path(again.folder.text()) == chosen  # where the last export of this project went
    started.clear()
    next(b for b in again.findChildren(QPushButton) if b.text() == "Choose…").click()
    assert started == [str(chosen)]
    # another project: beside itself, as before
    other = tmp_path / "other" / "acme.amend"
    other.parent.mkdir()
    assert window._save_to(other)
    elsewhere = proposed(window, monkeypatch, answered_dialogs)
    qtbot.addWidget(elsewhere)
    assert Path(elsewhere.folder.text()).parent == other.parent


def test_without_a_file_manager_export_says_where_the_files_are(
    qtbot, window, monkeypatch, exports_anyway, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    answered_dialogs = exports_anyway  # the offer's warnings: counsel exports anyway
    from PySide6.QtGui import QDesktopServices

    window.open_demo()
    wait_items(qtbot, window, 6)
    for item in window.session.items:
        item.set_plain_summary("We changed this to make the offer clearer for you.")
    window.session.refresh_checks()
    wait_items(qtbot, window, 6)
    asked: list[str] = []
    # a desktop with no file manager: nothing can show the folder
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url.toLocalFile()))
    dialog = proposed(window, monkeypatch, answered_dialogs)
    qtbot.addWidget(dialog)
    folder = tmp_path / "to file"
    dialog.folder.setText(str(folder))
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.result_files) or dialog.error is not None, timeout=90000)
    assert dialog.error is None
    assert asked == [str(folder)]
    assert any(str(folder) in text for text in answered_dialogs), answered_dialogs
    assert str(folder) in window.statusBar().currentMessage()
