"""A paragraph counsel adds after another is named on its item's row by the paragraph it
follows ("after ¶1"), the way the filing says it ("inserted immediately after the first
paragraph"): "¶1" read as the new paragraph being the first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.core.items import ItemKind
from amendtool.gui.item_rows import summary
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, press, type_keys
from tests.gui.test_journey_spelling import WITHDRAWAL

ADDED = "Withdrawals by telephone are not accepted."


def test_an_inserted_paragraph_row_names_the_paragraph_it_follows(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane, session = window.workspace.draft_pane, window.session
    paragraph = pane.document().find(WITHDRAWAL).block().text()
    click_in_text(pane, paragraph[-40:])  # at the end of the paragraph
    press(pane, Qt.Key.Key_Return)
    type_keys(pane, ADDED)
    wait_items(qtbot, window, 7)
    [item] = [
        i for i in session.items if i.kind is ItemKind.INSERT_PARAGRAPH and ADDED in i.new_text
    ]
    before = item.locator.printed or item.locator.paragraph
    assert before  # it follows a paragraph of its section
    rows = window.workspace.items_panel.list
    [row] = [rows.item(n).text() for n in range(rows.count()) if ADDED[:30] in rows.item(n).text()]
    assert f"{item.locator.section_name} after ¶{before}\n" in row, row
    assert f"{item.locator.section_name} ¶" not in row, row
    assert summary(item).split("\n")[0] in row
