"""An export names its folder by its whole path (however the app was started and the
project opened), and an export alone leaves nothing for counsel to save: quitting after it
does not ask to save changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDesktopServices

from amendtool.gui import findings_lists
from amendtool.gui.export_dialog import ExportDialog
from tests.gui.conftest import wait_items


def test_export_from_a_project_opened_by_a_relative_path(
    qtbot, window, monkeypatch, answered_dialogs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    for item in window.session.items:  # counsel has written the notice's plain paragraphs
        item.set_plain_summary("We changed this to make the offer clearer for you.")
    window.session.refresh_checks()
    wait_items(qtbot, window, 6)
    (tmp_path / "matter").mkdir()
    monkeypatch.chdir(tmp_path)  # the app was started in the folder above the matter
    assert window._save_to(Path("matter") / "halvorsen.amend")
    window.open_project(Path("matter") / "halvorsen.amend")
    wait_items(qtbot, window, 6)
    window.session.ensure_series()  # a project that records what each export wrote
    assert window._save_to(window.session.path)
    assert window.session.undo_stack.isClean()
    shown: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: shown.append(url.toLocalFile()) or False
    )
    monkeypatch.setattr(findings_lists, "confirm_export", lambda parent, lines, *how: True)
    opened: list[ExportDialog] = []

    def export(dialog: ExportDialog) -> int:
        opened.append(dialog)
        assert Path(dialog.folder.text()).is_absolute(), dialog.folder.text()
        dialog.start()
        qtbot.waitUntil(
            lambda: bool(dialog.result_files) or dialog.error is not None, timeout=90000
        )
        return 1

    monkeypatch.setattr(ExportDialog, "exec", export)
    window.actions_by_id["export"].trigger()
    assert len(opened) == 1 and opened[0].error is None, answered_dialogs
    folder = tmp_path / "matter" / Path(opened[0].folder.text()).name
    assert (folder / "redline.docx").exists()
    assert shown == [str(folder)]  # the file manager is asked for the folder by its whole path
    told = [t for t in answered_dialogs if "written to" in t]
    assert told and all(str(folder) in t for t in told), told
    assert str(folder) in window.statusBar().currentMessage()
    assert window.session.undo_stack.isClean()  # nothing to save: quitting asks nothing
    assert not window.isWindowModified()
