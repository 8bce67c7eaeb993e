"""Whole-document actions (a revised file loaded, a heading marked) are one undo step each, and
undo/redo gives back exactly the text and its structure."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.core.draft_text import document_blocks
from amendtool.gui.main_window import MainWindow
from amendtool.io.load import load_document
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import answer_box, choose_file, click_in_text, press, type_keys

ORIGINAL = SAMPLES / "offer-to-exchange.docx"
REVISED = SAMPLES / "offer-to-exchange-revised.docx"


def open_original(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, SAMPLES / "filing.toml")
    wait_items(qtbot, window, 0)


def load_revised_by_menu(qtbot, window: MainWindow, monkeypatch, path=REVISED) -> None:  # type: ignore[no-untyped-def]
    choose_file(monkeypatch, path)
    window.actions_by_id["load_revised"].trigger()
    qtbot.waitUntil(lambda: not window.__dict__.get("_background_jobs"), timeout=15000)


def undo_all(window: MainWindow) -> None:
    while window.session.undo_stack.canUndo():
        window.actions_by_id["undo"].trigger()


def redo_all(window: MainWindow) -> None:
    while window.session.undo_stack.canRedo():
        window.actions_by_id["redo"].trigger()


def test_load_revised_is_one_step_and_undo_redo_give_back_text_and_headings(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    pane = window.workspace.draft_pane
    original = pane.read_blocks()
    assert original == document_blocks(load_document(ORIGINAL))
    load_revised_by_menu(qtbot, window, monkeypatch)
    wait_items(qtbot, window, 6)
    revised = pane.read_blocks()
    assert revised == document_blocks(load_document(REVISED))
    drafted = [i.substance() for i in window.session.items]
    assert window.session.undo_stack.count() == 1
    undo_all(window)
    wait_items(qtbot, window, 0)
    assert pane.read_blocks() == original
    assert not window.isWindowModified()
    redo_all(window)
    wait_items(qtbot, window, 6)
    assert pane.read_blocks() == revised
    assert [i.substance() for i in window.session.items] == drafted


def test_typing_then_loading_then_undo_all_gives_back_the_original(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    pane = window.workspace.draft_pane
    original = pane.read_blocks()
    click_in_text(pane, "final and binding.", offset=len("final and binding"))
    type_keys(pane, ", and conclusive")
    wait_items(qtbot, window, 1)
    asked: list[str] = []
    answer_box(monkeypatch, "Replace", asked)  # the revised file replaces counsel's edit
    load_revised_by_menu(qtbot, window, monkeypatch)
    assert len(asked) == 1 and "1 paragraph of it" in asked[0]
    wait_items(qtbot, window, 6)
    typed = window.session.undo_stack.count()
    click_in_text(pane, "expiration date.")
    type_keys(pane, " Really.")
    wait_items(qtbot, window, 7)
    after = pane.read_blocks()
    undo_all(window)
    wait_items(qtbot, window, 0)
    assert pane.read_blocks() == original
    redo_all(window)
    wait_items(qtbot, window, 7)
    assert pane.read_blocks() == after
    assert typed >= 2


def test_marking_a_heading_is_one_step_and_undone_exactly(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    pane = window.workspace.draft_pane
    original = pane.read_blocks()
    click_in_text(pane, "final and binding.")
    press(
        pane, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    marked = pane.read_blocks()
    assert sum(b.heading for b in marked) == sum(b.heading for b in original) + 1
    assert window.session.undo_stack.count() == 1
    wait_items(qtbot, window)
    assert window.session.items  # a new section: the draft changed structurally
    window.actions_by_id["undo"].trigger()
    assert pane.read_blocks() == original
    wait_items(qtbot, window, 0)
    window.actions_by_id["redo"].trigger()
    assert pane.read_blocks() == marked
    wait_items(qtbot, window)
