"""Counsel marks a paragraph as a heading (or a heading as body text) and changes a word of
it, typing at a human pace, before or after the mark: drafted as the mark, its words
unchanged, beside the change of words as an item of its own (classed, worded and left for
counsel to explain as any change of those words), nothing deleted, no section added; undo
takes it all back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from amendtool.core.items import STRUCTURE_KINDS, ItemKind
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import press, show_position, type_keys
from tests.gui.test_journey_heading_marks import (
    HEADING,
    MARK,
    ORIGINAL,
    PARAGRAPH,
    mark_heading,
)

NEVER = {
    ItemKind.DELETE_PARAGRAPH,
    ItemKind.DELETE_SECTION,
    ItemKind.ADD_SECTION,
    ItemKind.INSERT_PARAGRAPH,
}
FILING = SAMPLES / "filing.toml"
UNCHANGED = ("unchanged", "did not change", "do not change")


def mark_and_type(qtbot, window: MainWindow, words: str, exact: bool, typed: str) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    mark_heading(qtbot, window, words, exact)
    wait_items(qtbot, window, 1)
    pane = window.workspace.draft_pane
    press(pane, Qt.Key.Key_End)
    type_keys(pane, typed)


def type_and_mark(qtbot, window: MainWindow, words: str, typed: str) -> None:  # type: ignore[no-untyped-def]
    """As counsel did it: click in the heading, End, type, then Ctrl+Shift+H."""
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    pane = window.workspace.draft_pane
    block = pane.document().begin()
    while block.isValid() and block.text() != words:
        block = block.next()
    assert block.isValid(), words
    QTest.mouseClick(
        pane.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        show_position(pane, block.position() + 3),
    )
    press(pane, Qt.Key.Key_End)
    type_keys(pane, typed)
    assert pane.textCursor().block().text() == words + typed
    press(pane, Qt.Key.Key_H, MARK)


def assert_mark_beside_words(qtbot, window: MainWindow, mark: ItemKind, typed: str) -> None:  # type: ignore[no-untyped-def]
    wait_items(qtbot, window, 2)
    qtbot.waitUntil(
        lambda: any(typed.strip() in i.new_text for i in window.session.items), timeout=15000
    )
    [made] = [i for i in window.session.items if i.kind in STRUCTURE_KINDS]
    [words] = [i for i in window.session.items if i.kind not in STRUCTURE_KINDS]
    assert made.kind is mark and made.old_text == made.new_text
    assert not {i.kind for i in window.session.items} & NEVER
    assert typed.strip() in words.new_text and typed.strip() not in words.old_text
    amendment = window.session.amendment()
    assert amendment is not None
    said = amendment.filing_instruction(words)
    assert "heading" not in said, said
    assert not any(w in words.materiality_reason for w in UNCHANGED), words.materiality_reason
    pane = window.workspace.draft_pane
    for _ in range(2 + len(typed)):
        press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        if not window.session.undo_stack.canUndo():
            break
    wait_items(qtbot, window, 0)
    assert window.session.items == [] and not window.session.undo_stack.canUndo()


def test_a_paragraph_made_a_heading_and_then_reworded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mark_and_type(qtbot, window, PARAGRAPH, False, " promptly")
    assert_mark_beside_words(qtbot, window, ItemKind.MAKE_HEADING, " promptly")


def test_a_heading_made_body_text_and_then_reworded(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    mark_and_type(qtbot, window, HEADING, True, " and Limits")
    assert_mark_beside_words(qtbot, window, ItemKind.MAKE_PARAGRAPH, " and Limits")


def test_a_heading_reworded_and_then_made_body_text(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    type_and_mark(qtbot, window, HEADING, " and Notices")
    assert_mark_beside_words(qtbot, window, ItemKind.MAKE_PARAGRAPH, " and Notices")


def test_a_material_change_marked_a_heading_still_waits_for_counsel(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A term changed, then the paragraph marked a heading: the change keeps its class and
    the placeholder that stops export until counsel explains it."""
    typed = " and ten business days after the expiration date"
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    pane = window.workspace.draft_pane
    block = pane.document().begin()
    while block.isValid() and not block.text().startswith(PARAGRAPH):
        block = block.next()
    assert block.isValid(), PARAGRAPH
    QTest.mouseClick(
        pane.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        show_position(pane, block.position() + 3),
    )
    press(pane, Qt.Key.Key_End)
    type_keys(pane, typed)
    wait_items(qtbot, window, 1)
    [before] = window.session.items
    first = window.session.amendment()
    assert first is not None
    waiting = first.plain_summary(before).placeholders
    assert waiting, first.plain_summary(before).text
    press(pane, Qt.Key.Key_H, MARK)
    wait_items(qtbot, window, 2)
    [words] = [i for i in window.session.items if i.kind not in STRUCTURE_KINDS]
    assert words.materiality is before.materiality and words.kind is before.kind
    amendment = window.session.amendment()
    assert amendment is not None
    assert amendment.plain_summary(words).placeholders == waiting
