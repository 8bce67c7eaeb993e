"""Counsel makes Section 6's heading body text (Ctrl+Shift+H), then adds a paragraph after
the first paragraph under it: the item cites Section 6 and its page, where the offer as sent
prints that paragraph, not the section the mark joined it to."""

from __future__ import annotations

from PySide6.QtCore import Qt

from amendtool.core.items import ItemKind
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, press, type_keys
from tests.gui.test_journey_heading_marks import ORIGINAL, mark_heading

ADDED = "Our stock has traded below the exercise price since March."


def test_a_paragraph_added_under_an_unheaded_section_cites_it_as_filed(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, None)
    wait_items(qtbot, window, 0)
    filed = window.session.original
    assert filed is not None
    section = next(s for s in filed.sections if s.number == "6")
    mark_heading(qtbot, window, section.heading, exact=True)
    wait_items(qtbot, window, 1)
    [mark] = window.session.items
    assert mark.kind is ItemKind.MAKE_PARAGRAPH and mark.locator.section_name.startswith(
        "Section 6."
    )
    first = section.paragraphs[0]
    pane = window.workspace.draft_pane
    click_in_text(pane, first.text[-30:])
    press(pane, Qt.Key.Key_Return)
    type_keys(pane, ADDED)
    wait_items(qtbot, window, 2)
    [added] = [i for i in window.session.items if i.kind is ItemKind.INSERT_PARAGRAPH]
    assert added.locator.section_id != section.id  # applied where the mark left the text
    assert added.locator.section_name == mark.locator.section_name  # cited as filed
    assert added.page == first.page
    rows = window.workspace.items_panel.list
    row = next(
        rows.item(n).text() for n in range(rows.count()) if ADDED[:20] in rows.item(n).text()
    )
    assert f"{mark.locator.section_name} after ¶1" in row, row
