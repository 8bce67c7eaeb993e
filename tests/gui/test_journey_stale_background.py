"""A file read, a draft or the spelling list worked out in the background belongs to the
document it was asked for: whichever finishes first, counsel ends with the documents they
opened and loaded last, the load one undo step, and items that give exactly the draft.

Each shape holds one piece of background work on an event until counsel has acted, then
lets it go (the order a busy machine gives one run in four, made certain)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import amendtool.io.load as load
from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.draft_text import document_blocks
from amendtool.gui import draft_job, spelling
from amendtool.gui.draft_edits import shown_blocks
from amendtool.gui.main_window import MainWindow
from amendtool.resources import resource_path
from tests.gui.human import pause

SAMPLES = resource_path("samples")
ORIGINAL = SAMPLES / "offer-to-exchange.docx"
REVISED = SAMPLES / "offer-to-exchange-revised.docx"
OTHER_ORIGINAL = SAMPLES / "offer-to-exchange-revised.txt"


def blocks_of(path: Path) -> list:  # type: ignore[type-arg]
    return shown_blocks(document_blocks(load.load_document(path)))


def hold_reading(monkeypatch: pytest.MonkeyPatch, held: Path) -> threading.Event:
    """Reading `held` waits until the returned event is set."""
    release, real = threading.Event(), load.load_document

    def read(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path) == held:
            release.wait(30)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(load, "load_document", read)
    return release


def settled(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    s = window.session
    qtbot.waitUntil(
        lambda: s.original is not None and s.wait_for_draft() and s.checked, timeout=30000
    )


def assert_consistent(window: MainWindow) -> None:
    """The items applied to the original give exactly the text in the draft pane."""
    s = window.session
    assert s.original is not None and s.revised is not None
    assert s.drafted_blocks == window.workspace.draft_pane.blocks()
    amended = apply_items(TextDocument.from_document(s.original), s.items)
    assert amended.same_text(TextDocument.from_document(s.revised))


@pytest.mark.parametrize("held", ["original read", "first draft", "spelling list"])
def test_revised_loaded_while_the_original_is_still_worked_on_is_kept(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, held: str
) -> None:  # type: ignore[no-untyped-def]
    if held == "original read":
        release = hold_reading(monkeypatch, ORIGINAL)
    elif held == "first draft":
        release, real_draft = threading.Event(), draft_job.DraftJob.work_off_thread
        held_one = threading.Event()  # the first draft started, whatever number it has

        def draft(job):  # type: ignore[no-untyped-def]
            if not held_one.is_set():
                held_one.set()
                release.wait(30)
            real_draft(job)

        monkeypatch.setattr(draft_job.DraftJob, "work_off_thread", draft)
    else:
        release, real_speller = threading.Event(), spelling.Speller

        def speller(*args):  # type: ignore[no-untyped-def]
            release.wait(30)
            return real_speller(*args)

        monkeypatch.setattr(spelling, "Speller", speller)
    window.open_documents(ORIGINAL)
    pause(300)
    window.load_revised(REVISED)
    pause(600)
    if held == "first draft":  # held while the revised file was asked for, not after
        qtbot.waitUntil(held_one.is_set, timeout=15000)
    release.set()
    settled(qtbot, window)  # the revised file's read is waited for too (the draft waits)
    pane = window.workspace.draft_pane
    assert pane.blocks() == blocks_of(REVISED)
    assert len(window.session.items) > 0
    assert_consistent(window)
    assert window.session.undo_stack.count() == 1  # the load, one step
    window.actions_by_id["undo"].trigger()
    settled(qtbot, window)
    assert pane.blocks() == blocks_of(ORIGINAL)
    assert window.session.items == []
    assert_consistent(window)


def test_an_original_read_late_does_not_replace_the_one_opened_after_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    release = hold_reading(monkeypatch, ORIGINAL)
    window.open_documents(ORIGINAL)
    pause(300)
    window.open_documents(OTHER_ORIGINAL)  # counsel picks the right file before it is read
    qtbot.waitUntil(lambda: window.session.original is not None, timeout=15000)
    release.set()
    pause(800)
    settled(qtbot, window)
    assert window.workspace.original_pane.blocks() == blocks_of(OTHER_ORIGINAL)
    assert window.workspace.draft_pane.blocks() == blocks_of(OTHER_ORIGINAL)
    assert_consistent(window)


def test_a_revised_file_read_for_another_original_is_not_loaded_into_this_one(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    settled(qtbot, window)
    release = hold_reading(monkeypatch, REVISED)
    window.load_revised(REVISED)
    pause(300)
    window.open_documents(OTHER_ORIGINAL)  # a new amendment opens while the file is read
    qtbot.waitUntil(
        lambda: window.workspace.original_pane.blocks() == blocks_of(OTHER_ORIGINAL),
        timeout=15000,
    )
    release.set()
    pause(800)
    settled(qtbot, window)
    assert window.workspace.draft_pane.blocks() == blocks_of(OTHER_ORIGINAL)
    assert window.session.undo_stack.count() == 0
    assert_consistent(window)
