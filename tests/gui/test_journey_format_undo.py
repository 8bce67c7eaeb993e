"""A change of a paragraph's look alone (its bullet, its indent) is one undo step, as in a
word processor: Backspace at the start of a bulleted paragraph removes the bullet, and
Ctrl+Z gives it back; the text and the items are not touched."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, press
from tests.gui.test_journey_list_marks import BULLETS, _bulleted, _offer


def looks(pane) -> list[tuple[str, bool, int]]:  # type: ignore[no-untyped-def]
    """Each paragraph's text, whether it has a bullet, and its indent."""
    out = []
    block = pane.document().begin()
    while block.isValid():
        listed = block.textList()
        indent = listed.format().indent() if listed is not None else block.blockFormat().indent()
        out.append((block.text(), listed is not None, indent))
        block = block.next()
    return out


def opened(qtbot, window: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    original = _offer(tmp_path / "offer.docx", "Shareholders may withdraw at any time.")
    revised = _offer(tmp_path / "revised.docx", "Shareholders may withdraw until expiration.")
    window.open_documents(original, revised)
    wait_items(qtbot, window)
    pane = window.workspace.draft_pane
    assert _bulleted(pane) == BULLETS
    return pane


def test_backspace_removing_a_bullet_is_one_undo_step(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pane = opened(qtbot, window, tmp_path)
    stack = window.session.undo_stack
    items = [item.substance() for item in window.session.items]
    before, steps = looks(pane), stack.count()
    click_in_text(pane, BULLETS[1], offset=0)
    press(pane, Qt.Key.Key_Backspace)
    assert _bulleted(pane) == [BULLETS[0], BULLETS[2]]  # the bullet went, the text stayed
    assert pane.toPlainText().count(BULLETS[1]) == 1
    after = looks(pane)
    assert stack.count() == steps + 1
    press(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert looks(pane) == before
    press(pane, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert looks(pane) == after
    window.actions_by_id["undo"].trigger()
    assert looks(pane) == before
    wait_items(qtbot, window)
    assert [item.substance() for item in window.session.items] == items


def test_every_change_of_look_alone_is_one_undo_step(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Backspace at the start of a bulleted paragraph takes its bullet (it keeps the list's
    indent), Backspace again takes the indent: each one step, each undone and redone
    exactly, with a paragraph typed between them."""
    pane = opened(qtbot, window, tmp_path)
    stack = window.session.undo_stack
    shown = [looks(pane)]
    for _ in range(2):
        click_in_text(pane, BULLETS[2], offset=0)
        steps = stack.count()
        press(pane, Qt.Key.Key_Backspace)
        assert looks(pane) != shown[-1]
        assert stack.count() == steps + 1
        assert pane.toPlainText().count(BULLETS[2]) == 1
        shown.append(looks(pane))
    assert [look for look in shown[-1] if look[0] == BULLETS[2]] == [(BULLETS[2], False, 0)]
    for state in reversed(shown[:-1]):
        window.actions_by_id["undo"].trigger()
        assert looks(pane) == state
    for state in shown[1:]:
        window.actions_by_id["redo"].trigger()
        assert looks(pane) == state
