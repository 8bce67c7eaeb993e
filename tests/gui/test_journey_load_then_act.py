"""Counsel loads a revised file and at once saves, reviews or waits for the checks: whatever
they do next is done with the file they loaded, however long the machine takes to read it.
A read still running is work the draft waits on, as a draft still running is.

The read is held until counsel has acted, then let go (the order a busy machine gives, with
both of its background threads taken by the first draft and the spelling list)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog

import amendtool.io.load as load
from amendtool.core.draft_text import document_blocks
from amendtool.gui.draft_edits import shown_blocks
from amendtool.gui.main_window import MainWindow
from amendtool.io.project_file import load_project
from amendtool.resources import resource_path

SAMPLES = resource_path("samples")
ORIGINAL = SAMPLES / "offer-to-exchange.docx"
REVISED = SAMPLES / "offer-to-exchange-revised.docx"


def blocks_of(path: Path) -> list:  # type: ignore[type-arg]
    return shown_blocks(document_blocks(load.load_document(path)))


def opened(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    s = window.session
    qtbot.waitUntil(lambda: s.original is not None and s.checked, timeout=30000)


def held_read(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """Reading the revised file starts (`entered`), then waits for `release`."""
    entered, release, real = threading.Event(), threading.Event(), load.load_document

    def read(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == REVISED:
            entered.set()
            release.wait(30)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(load, "load_document", read)
    return entered, release


@pytest.mark.parametrize("then", ["save", "review", "wait for the checks"])
def test_what_counsel_does_right_after_loading_is_done_with_the_loaded_file(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, then: str
) -> None:  # type: ignore[no-untyped-def]
    opened(qtbot, window)
    entered, release = held_read(monkeypatch)
    window.load_revised(REVISED)
    qtbot.waitUntil(entered.is_set, timeout=15000)
    release.set()  # read by now, but not yet handed to the window
    saved = tmp_path / "project.amend"
    s = window.session
    if then == "save":
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), ""))
        )
        window.actions_by_id["save"].trigger()
        project = load_project(saved)
        assert shown_blocks(document_blocks(project.series.current.revised)) == blocks_of(REVISED)
        assert project.series.current.items
    elif then == "review":
        review = window.review()
        assert review is not None
        assert review.items and review.items == s.items
        review.close()
    else:
        assert s.wait_for_draft()
    assert window.workspace.draft_pane.blocks() == blocks_of(REVISED)
    assert s.drafted_blocks == blocks_of(REVISED)
    assert s.items
