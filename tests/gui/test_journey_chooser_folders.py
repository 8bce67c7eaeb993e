"""Every file chooser starts where counsel's files are: beside the project, else beside the
original offer, else in the last folder used; never in the folder the program started in."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog

from amendtool.gui import settings
from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items


def record_starts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every chooser opened: where it started; counsel cancels it."""
    started: list[str] = []

    def chooser(parent, title, start="", *args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(chooser))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chooser))
    return started


def folder_of(start: str) -> Path:
    where = Path(start)
    return where if where.is_dir() else where.parent


def test_choosers_start_beside_the_original_then_beside_the_project(
    qtbot, window: MainWindow, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    matter = tmp_path / "matter"
    matter.mkdir()
    for name in ("offer-to-exchange.docx", "offer-to-exchange-revised.docx", "filing.toml"):
        shutil.copy(SAMPLES / name, matter / name)
    elsewhere = tmp_path / "program"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # counsel started the app from somewhere else
    settings.put(settings.LAST_FOLDER, str(tmp_path))
    window.open_documents(
        matter / "offer-to-exchange.docx", matter / "offer-to-exchange-revised.docx"
    )
    wait_items(qtbot, window)
    started = record_starts(monkeypatch)
    window.actions_by_id["load_revised"].trigger()
    window.actions_by_id["save_as"].trigger()
    window.actions_by_id["save"].trigger()  # untitled: Save asks where, like Save As
    assert [folder_of(s) for s in started] == [matter] * 3, started
    assert Path(started[1]).suffix == ".amend"
    form = FilingForm(window.session.filing_data, window)
    qtbot.addWidget(form)
    form.import_toml()
    form.export_toml()
    assert [folder_of(s) for s in started[3:]] == [matter] * 2, started
    # saved in its own folder: the choosers follow the project
    project = tmp_path / "filed" / "kestrel.amend"
    project.parent.mkdir()
    assert window._save_to(project)
    started.clear()
    window.actions_by_id["load_revised"].trigger()
    window.actions_by_id["save_as"].trigger()
    assert [folder_of(s) for s in started] == [project.parent] * 2, started
    assert Path(started[1]).name == "kestrel.amend"
    assert os.getcwd() == str(elsewhere)


def test_with_nothing_open_the_chooser_starts_in_the_last_folder_used(
    window: MainWindow, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings.put(settings.LAST_FOLDER, str(tmp_path))
    started = record_starts(monkeypatch)
    window.actions_by_id["open"].trigger()
    assert [folder_of(s) for s in started] == [tmp_path]
