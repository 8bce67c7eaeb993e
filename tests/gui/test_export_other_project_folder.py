"""Two projects beside each other propose the same export folder for the same amendment
number and date: the app proposes a folder of this project's own instead, refuses before
writing when counsel picks the other project's folder, and exports this project (through its
temporary copy) as the project it is, so its own folder is written again."""

from __future__ import annotations

from pathlib import Path

from amendtool.io.output_set import MANIFEST, manifest_bytes, other_owner
from amendtool.io.project_file import load_project
from tests.gui.conftest import wait_items, write_plain_paragraphs
from tests.gui.test_journey_export_folder import proposed


def test_another_projects_folder_is_never_proposed_nor_written(
    qtbot, window, monkeypatch, exports_anyway, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    write_plain_paragraphs(qtbot, window)
    project = tmp_path / "matter" / "g4.amend"
    project.parent.mkdir()
    assert window._save_to(project)
    filing = window.session.amendment().filing
    theirs = project.parent / f"Amendment No. {filing.amendment_number} ({filing.amendment_date})"
    theirs.mkdir()
    (theirs / "items.json").write_bytes(b"g1's items")
    (theirs / MANIFEST).write_bytes(manifest_bytes("0123456789ab", {}, "new", [], "g1-project"))
    dialog = proposed(window, monkeypatch, exports_anyway)
    qtbot.addWidget(dialog)
    ours = Path(dialog.folder.text())
    assert ours.parent == project.parent and ours != theirs and "g4" in ours.name
    # the copy the export command is given is this project, by the identity in its file
    identity = load_project(project).series.identity
    assert dialog.exported().series.identity == identity == window.session.identity
    ours.mkdir()
    (ours / MANIFEST).write_bytes(manifest_bytes("0123456789ab", {}, "new", [], identity))
    assert other_owner(ours, dialog.identity) is None  # its own export: written again
    dialog.folder.setText(str(theirs))
    dialog.start()
    assert "another project" in dialog.status.text()
    assert not hasattr(dialog, "process")  # nothing was started
    assert (theirs / "items.json").read_bytes() == b"g1's items"
    window.session.open_project(project)  # opened again: the same project
    assert window.session.identity == identity
