"""Filing Details opened and closed with OK, nothing changed, is no change of counsel's: the
title gets no "*", Undo has no step for it, and Quit asks nothing. A change typed in the
form is still one undoable step."""

from __future__ import annotations

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import when_modal


def test_ok_with_nothing_changed_leaves_the_project_unmodified(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    stack = window.session.undo_stack
    stack.setClean()
    steps = stack.count()
    when_modal(lambda form: form.accept())
    window.actions_by_id["filing"].trigger()
    assert stack.count() == steps and stack.isClean() and not window.isWindowModified()

    def rename(form) -> None:  # type: ignore[no-untyped-def]
        form.widgets[("issuer", "name")].setText("Halvorsen Networks Holdings, Inc.")
        form.accept()

    when_modal(rename)
    window.actions_by_id["filing"].trigger()
    assert stack.count() == steps + 1 and window.isWindowModified()
