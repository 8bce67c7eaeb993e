"""Spelling in the draft: a misspelt word typed by counsel is underlined in red, the right-
click offers suggestions and the firm's list; nothing changes unless counsel chooses."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu

from amendtool.gui import settings
from amendtool.gui.spelling import misspelled_at, spelling_menu
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys

WITHDRAWAL = "You may withdraw your tendered options at any time before the expiration date."


def underlined(pane, word: str) -> bool:  # type: ignore[no-untyped-def]
    found = pane.document().find(word)
    block = found.block()
    offset = found.selectionStart() - block.position()
    return any(
        r.start <= offset < r.start + r.length
        and r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
        for r in block.layout().formats()
    )


def test_a_misspelt_word_is_underlined_and_corrected_only_by_choice(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane = window.workspace.draft_pane
    qtbot.waitUntil(lambda: getattr(pane, "speller", None) is not None, timeout=20000)
    click_in_text(pane, WITHDRAWAL)
    type_keys(pane, " Withdrawl is final for optionholders.", pauses=(30,))
    qtbot.waitUntil(lambda: underlined(pane, "Withdrawl"))
    assert not underlined(pane, "optionholders")  # the legal word list
    assert not underlined(pane, "Halvorsen")  # a word of the original as filed
    assert "Withdrawl is final" in pane.toPlainText()  # nothing corrected by itself
    cursor = pane.document().find("Withdrawl")
    assert misspelled_at(pane, pane.speller, cursor) is not None
    point = pane.cursorRect(cursor).center()
    menu = spelling_menu(pane, pane.speller, pane.highlighter, point)
    suggestions = [a for a in menu.actions() if a.objectName() == "spellingSuggestion"]
    assert "Withdrawal" in [a.text() for a in suggestions]
    next(a for a in suggestions if a.text() == "Withdrawal").trigger()
    assert "Withdrawal is final" in pane.toPlainText()
    window.session.undo_stack.undo()  # counsel's choice is an edit like any other
    assert "Withdrawl is final" in pane.toPlainText()
    # a firm's own word, added once, is known from then on
    type_keys(pane, " Krensky", pauses=(30,))
    qtbot.waitUntil(lambda: underlined(pane, "Krensky"))
    cursor = pane.document().find("Krensky")
    menu = spelling_menu(pane, pane.speller, pane.highlighter, pane.cursorRect(cursor).center())
    next(a for a in menu.actions() if a.objectName() == "spellingAdd").trigger()
    qtbot.waitUntil(lambda: not underlined(pane, "Krensky"))
    assert "Krensky" in settings.user_file("firm-words.txt").read_text()
    assert isinstance(menu, QMenu)
