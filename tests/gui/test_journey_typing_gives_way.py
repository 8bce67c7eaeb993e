"""A key counsel types replaces the text a running draft or review works on: that work is
given up at the key, not when typing pauses, so it stops taking the interpreter from the
window while counsel types; the text as typed is drafted and checked next. Observed by
what the jobs were told and what is shown, never timed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from PySide6.QtTest import QTest

from amendtool.core.drafting import engine
from amendtool.gui import draft_job
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text
from tests.hostile.documents import as_text, offer

SECTIONS = 6


def _open(window: MainWindow, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    original = tmp_path / "offer.txt"
    original.write_text(as_text(offer(SECTIONS)), encoding="utf-8")
    window.open_documents(original)
    wait_items(qtbot, window, 0)
    # the spelling list loads once, then the items are checked again: waited for here
    qtbot.waitUntil(lambda: window.session.speller is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.session.checked and not window.session.busy(), timeout=15000)


def _held(entered: threading.Event, release: threading.Event, real):  # type: ignore[no-untyped-def]
    def hold(*args, **kwargs):  # type: ignore[no-untyped-def]
        if not entered.is_set():
            entered.set()
            release.wait(30)
        return real(*args, **kwargs)

    return hold


def test_a_key_gives_up_the_draft_of_the_text_before_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _open(window, qtbot, tmp_path)
    session, pane = window.session, window.workspace.draft_pane
    entered, release = threading.Event(), threading.Event()
    monkeypatch.setattr(
        engine, "align_paragraphs", _held(entered, release, engine.align_paragraphs)
    )
    click_in_text(pane, "(Section 1)")
    QTest.keyClick(pane, "Q")
    qtbot.waitUntil(entered.is_set, timeout=15000)  # drafting the text with "Q"
    held = session._draft_job
    assert held is not None and not held.stop.is_set()
    QTest.keyClick(pane, "X")
    # told at the key, while the re-draft of the newer text still waits for a pause
    assert session.debounce.isActive()
    assert held.stop.is_set()
    release.set()
    qtbot.waitUntil(lambda: session.checked and not session.busy(), timeout=30000)
    assert session.drafted_blocks == pane.blocks()
    assert any("QX" in item.new_text for item in session.items)


def test_a_key_gives_up_the_review_of_the_items_before_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _open(window, qtbot, tmp_path)
    session, pane = window.session, window.workspace.draft_pane
    entered, release = threading.Event(), threading.Event()
    click_in_text(pane, "(Section 2)")
    monkeypatch.setattr(draft_job, "change_map", _held(entered, release, draft_job.change_map))
    QTest.keyClick(pane, "Q")
    qtbot.waitUntil(entered.is_set, timeout=15000)  # checking the items drafted with "Q"
    held = session._review_job
    assert held is not None and not held.stop.is_set()
    QTest.keyClick(pane, "X")
    assert session.debounce.isActive()
    assert held.stop.is_set()
    assert not session.checked  # what it would find is of the items before the key
    release.set()
    qtbot.waitUntil(lambda: session.checked and not session.busy(), timeout=30000)
    assert session.drafted_blocks == pane.blocks()
    assert any("QX" in item.new_text for item in session.items)
