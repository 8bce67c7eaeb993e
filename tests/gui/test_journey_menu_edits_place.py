"""An edit made from the draft's right-click menu leaves the caret at the edit, as a word
processor does: the next key counsel types goes after the corrected word, never into the
paragraph of an item selected before."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, show_position, type_keys
from tests.gui.test_journey_spelling import WITHDRAWAL, underlined


def test_a_spelling_fix_after_choosing_an_item_leaves_the_caret_at_the_word(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane = window.workspace.draft_pane
    qtbot.waitUntil(lambda: getattr(pane, "speller", None) is not None, timeout=20000)
    click_in_text(pane, WITHDRAWAL)
    type_keys(pane, " Withdrawl is final.", pauses=(30,))
    qtbot.waitUntil(lambda: underlined(pane, "Withdrawl"))
    wait_items(qtbot, window)
    panel = window.workspace.items_panel
    for row in range(panel.list.count()):  # an item whose paragraph is elsewhere
        click_row(panel.list, row)
        if "Withdrawl" not in pane.textCursor().block().text():
            break
    chosen_block = pane.textCursor().block()
    chosen_text = chosen_block.text()
    assert "Withdrawl" not in chosen_text  # the item's paragraph is elsewhere
    word = pane.document().find("Withdrawl")
    point = show_position(pane, word.selectionStart() + 3)  # seen, as counsel sees it
    menu = pane.context_menu(point)
    fix = next(a for a in menu.actions() if a.text() == "Withdrawal")
    fix.trigger()
    menu.deleteLater()
    type_keys(pane, " now", pauses=(30,))
    text = pane.toPlainText()
    assert "Withdrawal now is final." in text
    assert chosen_block.text() == chosen_text  # nothing went into the item's paragraph
    wait_items(qtbot, window)
    new_texts = " ".join(i.new_text for i in window.session.items)
    assert "Withdrawal now is final." in new_texts
    assert "Withdrawl" not in new_texts and " now" + chosen_text[:5] not in new_texts


def test_paste_from_the_menu_goes_where_counsel_right_clicked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane = window.workspace.draft_pane
    QApplication.clipboard().setText(" Pasted here.")
    panel = window.workspace.items_panel
    click_row(panel.list, 0)
    chosen_text = pane.textCursor().block().text()
    assert WITHDRAWAL not in chosen_text
    found = pane.document().find(WITHDRAWAL)
    point = show_position(pane, found.selectionEnd())
    menu = pane.context_menu(point)
    next(a for a in menu.actions() if a.objectName() == "edit-paste").trigger()
    menu.deleteLater()
    type_keys(pane, " Next.", pauses=(30,))
    assert WITHDRAWAL + " Pasted here. Next." in pane.toPlainText()
    assert pane.document().find(chosen_text[:40]).block().text() == chosen_text
    wait_items(qtbot, window)
    assert any("Pasted here. Next." in i.new_text for i in window.session.items)
