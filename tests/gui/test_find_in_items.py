"""Find in the Items scope searches what each item shows: its row, its filing and notice
wording, the text it quotes and its plain paragraph, not the row's summary alone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_items
from tests.gui.human import press, type_keys


def test_items_are_found_by_their_wording_and_plain_paragraph(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    ws = window.workspace
    amendment = window.session.amendment()
    items = amendment.change_items
    window.actions_by_id["find"].trigger()
    bar = ws.find_bar
    bar.scope.setCurrentText("Items")
    rows = ws.items_panel.list
    phrase = "has been amended by"  # the filing's instruction, in no row's summary
    assert not any(phrase in rows.item(r).text() for r in range(rows.count()))
    wording = [r for r, item in enumerate(items) if phrase in amendment.filing_instruction(item)]
    assert wording
    bar.term.clear()
    type_keys(bar.term, phrase, pauses=(20,))
    # found as typed: the matches of "has" come first, those of the whole phrase once the
    # search has caught up with the last key (on a busy machine, later)
    qtbot.waitUntil(lambda: [row for row, _ in bar.matches] == wording, timeout=5000)
    press(bar.term, Qt.Key.Key_F3)
    assert rows.currentRow() in wording
    # the plain paragraph counsel wrote for an item finds it too
    window.session.set_plain(ws.items_panel._keys[2][0], "Your election stays valid.")
    wait_items(qtbot, window, 6)
    bar.term.setText("election stays valid")
    bar.search()
    assert [row for row, _ in bar.matches] == [2]
