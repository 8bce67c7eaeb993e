"""A decision is carried out on the change counsel decided on, however the items were drafted
in between. Counsel types (a sentence is inserted above, so every later item moves down a
row) and at once, before the re-draft, rejects the change shown in Review or selected in the
item list, or marks its class: that change is the one rejected or classed, never the one
that has its row by then, and the decisions on the other items stay as they were."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from amendtool.core.items import AmendmentItem
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, pause, press, type_keys

TYPED = " Truly."  # typed in Section 4, above every item but the first


def texts(window: MainWindow) -> tuple[str, ...]:
    return tuple(b.text for b in window.workspace.draft_pane.blocks())


def decided(qtbot, window: MainWindow) -> list[AmendmentItem]:  # type: ignore[no-untyped-def]
    """The demo with counsel's class on item B; the items as they stand."""
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, 1)
    panel.materiality.setFocus()
    press(panel.materiality, Qt.Key.Key_Down)
    wait_items(qtbot, window, 6)
    assert window.session.items[1].counsel_materiality
    return list(window.session.items)


def type_above(window: MainWindow) -> None:
    window.activateWindow()
    click_in_text(window.workspace.draft_pane, "final and binding.")
    type_keys(window.workspace.draft_pane, TYPED, pauses=(60,))  # no pause for the re-draft


@pytest.mark.parametrize("where", ["review", "item list", "menu"])
@pytest.mark.parametrize("which", [2, 3, 5])  # a paragraph replaced, deleted, inserted
def test_the_change_rejected_is_the_one_shown(qtbot, window, where: str, which: int) -> None:  # type: ignore[no-untyped-def]
    items = decided(qtbot, window)
    s, panel = window.session, window.workspace.items_panel
    wanted = items[which]
    review = None
    if where == "review":
        review = window.review()
        assert review is not None
        qtbot.addWidget(review)
        review.go(which)
        pause(200)  # counsel reads the change
    else:
        click_row(panel.list, which)
    type_above(window)
    if review is not None:
        review.activateWindow()
        assert review.items[review.current] is wanted  # what counsel reads
        qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    elif where == "item list":
        assert panel.current_item() is wanted
        qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    else:
        window.actions_by_id["reject_change"].trigger()
    wait_items(qtbot, window, 6)  # the typed sentence in, the rejected change out
    left = [i.substance() for i in s.items]
    assert wanted.substance() not in left
    others = [i for n, i in enumerate(items) if n != which]
    assert all(i.substance() in left for i in others), "another change was rejected"
    after = texts(window)
    if wanted.old_text:  # its words are back as filed
        assert wanted.old_text.split("\n")[0] in "\n".join(after)
    if wanted.new_text:
        assert wanted.new_text.split("\n")[0] not in "\n".join(after)
    assert any(TYPED.strip() in t for t in after)  # the typing stays
    b = next(i for i in s.items if i.substance() == items[1].substance())
    assert b.counsel_materiality  # counsel's class on B stays


def test_a_class_chosen_at_once_after_typing_goes_to_the_item_shown(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    items = decided(qtbot, window)
    s, panel = window.session, window.workspace.items_panel
    click_row(panel.list, 3)
    type_above(window)
    assert panel.current_item() is items[3]
    panel.materiality.setFocus()
    press(panel.materiality, Qt.Key.Key_Down)
    wait_items(qtbot, window, 7)
    by_substance = {i.substance(): i for i in s.items}
    assert by_substance[items[3].substance()].counsel_materiality
    assert by_substance[items[1].substance()].counsel_materiality
    chosen = [i for i in s.items if i.counsel_materiality]
    assert len(chosen) == 2  # none other
