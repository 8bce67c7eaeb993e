"""Export PDF opens its chooser where the project's outputs for this amendment were
recorded, and makes no folder on disk until a file is written there."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog

from amendtool.gui import everyday, printing
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items


def _saved_demo(qtbot, window: MainWindow, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    project = tmp_path / "matter" / "demo.amend"
    project.parent.mkdir()
    assert window._save_to(project)
    return project


def _record_chooser(monkeypatch: pytest.MonkeyPatch, seen: list[tuple[str, list[Path]]]) -> None:
    """Counsel looks at where the chooser opened, and at the folders then on disk; cancels."""

    def chooser(parent, title, start="", *args, **kwargs):  # type: ignore[no-untyped-def]
        beside = Path(start).parent.parent
        seen.append((start, sorted(p for p in beside.rglob("*") if p.is_dir())))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))


def test_export_pdf_opens_in_the_folder_the_project_recorded_for_this_amendment(
    qtbot, window, tmp_path, monkeypatch, exports_anyway
) -> None:  # type: ignore[no-untyped-def]
    project = _saved_demo(qtbot, window, tmp_path)
    recorded = tmp_path / "s3"
    recorded.mkdir()
    window.session.ensure_series().current.outputs = {"folder": str(recorded), "files": []}
    seen: list[tuple[str, list[Path]]] = []
    _record_chooser(monkeypatch, seen)
    assert everyday.export_pdf(window, printing.CONFORMED) is None
    assert Path(seen[0][0]).parent == recorded
    assert [p for p in project.parent.iterdir() if p.is_dir()] == []


def test_the_first_export_pdf_opens_in_the_amendments_folder_and_leaves_none_behind(
    qtbot, window, tmp_path, monkeypatch, exports_anyway
) -> None:  # type: ignore[no-untyped-def]
    project = _saved_demo(qtbot, window, tmp_path)
    seen: list[tuple[str, list[Path]]] = []
    _record_chooser(monkeypatch, seen)
    assert everyday.export_pdf(window, printing.CONFORMED) is None  # counsel cancels
    start = Path(seen[0][0])
    # where Export puts the filing and the redline, not beside the project
    assert start.parent.parent == project.parent and start.suffix == ".pdf"
    assert start.parent.name.startswith("Amendment No. ") and start.parent.is_dir() is False
    assert [p for p in project.parent.iterdir() if p.is_dir()] == []
    # counsel saves where it proposes: the PDF goes with the amendment's other outputs
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(start), ""))
    )
    assert everyday.export_pdf(window, printing.CONFORMED) == start
    assert start.is_file() and start.parent.parent == project.parent
