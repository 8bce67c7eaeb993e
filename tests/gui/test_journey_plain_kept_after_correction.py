"""A word corrected in the draft (by the spelling menu) after counsel wrote the plain
paragraph on that change: counsel's words are still there on the Plain paragraph tab, with
the note to read them again, and one click keeps them for the change as it now reads; the
checks quote them meanwhile. Counsel's paragraph is never dropped without a word."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from amendtool.gui.main_window import MainWindow
from amendtool.gui.spelling import spelling_menu
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, pause, press, type_keys
from tests.gui.test_journey_plain_paragraph import editor_of
from tests.gui.test_journey_spelling import WITHDRAWAL

COUNSEL = "You may not withdraw your election by telephone."


def row_of(window: MainWindow, word: str) -> int:
    return next(n for n, i in enumerate(window.session.items) if word in i.new_text)


def test_counsels_paragraph_survives_a_spelling_correction(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane, session = window.workspace.draft_pane, window.session
    checks = window.workspace.checks
    panel = window.workspace.items_panel
    qtbot.waitUntil(lambda: getattr(pane, "speller", None) is not None, timeout=20000)
    click_in_text(pane, WITHDRAWAL)
    type_keys(pane, " Withdrawal by telefone is not permitted.")
    wait_items(qtbot, window, 7)

    click_row(panel.list, row_of(window, "telefone"))
    editor = editor_of(window)
    click_in_text(editor, editor.toPlainText()[:5])
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(editor, COUNSEL)
    click_in_text(pane, WITHDRAWAL)  # counsel goes back to the draft: the paragraph is kept
    qtbot.waitUntil(lambda: session.items[row_of(window, "telefone")].plain_summary == COUNSEL)

    cursor = pane.document().find("telefone")
    menu = spelling_menu(pane, pane.speller, pane.highlighter, pane.cursorRect(cursor).center())
    pick = next(a for a in menu.actions() if a.text() == "telephone")
    pick.trigger()
    pause(200)
    wait_items(qtbot, window, 7)
    item = session.items[row_of(window, "by telephone is not")]
    assert item.plain_override == COUNSEL and item.stale_plain  # kept, to read again
    qtbot.waitUntil(lambda: session.checked)
    stale = [f.message for f in session.findings if f.code == "plain_stale"]
    assert len(stale) == 1 and COUNSEL[:30] in stale[0], stale
    # said as it is, to read again, and still stopping export; never "a placeholder to write"
    index = row_of(window, "by telephone is not")
    said = [f"{f.severity}: {f.message}" for f in session.findings if f.item == index]
    assert not [line for line in said if "placeholder" in line], said
    assert [line for line in said if line.startswith("error: ") and "read again" in line], said
    listed = [checks.item(n).text() for n in range(checks.count())]
    assert [line for line in listed if "read again" in line and COUNSEL[:30] in line], listed

    click_row(panel.list, row_of(window, "by telephone is not"))
    editor = editor_of(window)
    plain = panel.plain
    assert editor.toPlainText() == COUNSEL  # counsel's words, not the tool's placeholder
    assert "read it again" in plain.status.text()
    tab = panel.tabs.indexOf(plain)
    assert panel.tabs.tabText(tab).endswith("to read again")
    assert plain.keep_button.isVisible()
    QTest.mouseClick(plain.keep_button, Qt.MouseButton.LeftButton)
    pause(100)
    item = session.items[row_of(window, "by telephone is not")]
    qtbot.waitUntil(lambda: item.plain_summary == COUNSEL)
    assert not item.stale_plain and not plain.keep_button.isVisible()
    qtbot.waitUntil(lambda: session.checked)
    qtbot.waitUntil(lambda: not [f for f in session.findings if f.code == "plain_stale"])
