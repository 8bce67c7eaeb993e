"""What counsel sees stays true and in place: the Notice box of a plain notice shows what was
kept, export says first and in full why it is refused, undo of a revised file keeps counsel's
place in the draft, and the selected item stays selected when its kind changes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from amendtool.core.items import ItemKind
from amendtool.gui.draft_edits import diff_blocks
from amendtool.gui.export_dialog import ExportDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, type_keys
from tests.gui.test_journey_whole_document import load_revised_by_menu, open_original


def test_a_plain_notice_box_shows_what_counsel_kept(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, 0)
    QTest.mouseClick(panel.notice.viewport(), Qt.MouseButton.LeftButton)
    panel.notice.moveCursor(QTextCursor.MoveOperation.End)
    type_keys(panel.notice, " Test.")
    assert "Test." not in panel.notice.toPlainText()  # the plain notice prints the filing's
    panel.filing.moveCursor(QTextCursor.MoveOperation.End)
    type_keys(panel.filing, " Test.")
    QTest.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 6)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Counsel's wording, kept"))
    amendment = window.session.amendment()
    assert amendment is not None
    kept = amendment.notice_instruction(amendment.items[0])
    assert kept.endswith("Test.")
    assert panel.notice.toPlainText() == kept  # what is kept is what the box shows
    assert "Plain paragraph (notice)" in panel.status.text()


def test_export_refusal_comes_first_names_the_items_and_where_to_write(
    qtbot, window: MainWindow, answered_dialogs: list[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    pane = window.workspace.draft_pane
    click_in_text(pane, "final and binding.", offset=len("final and binding"))
    type_keys(pane, " and ")  # a stray word: the checks now find problems too
    wait_items(qtbot, window)
    answered_dialogs.clear()
    window.actions_by_id["export"].trigger()
    assert len(answered_dialogs) == 1  # no "Export anyway?" before a refusal
    refusal = answered_dialogs[0]
    assert refusal.startswith("Export refused:") and "item A" in refusal
    assert "item panel's “Plain paragraph (notice)” tab" in refusal
    amendment = window.session.amendment()
    assert amendment is not None
    dialog = ExportDialog(amendment, str(tmp_path / "out"), window)
    dialog.open_when_done = False
    dialog.resize(420, dialog.sizeHint().height())
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=60000)
    qtbot.waitUntil(lambda: dialog.status.text() == dialog.error)
    label = dialog.status  # the whole message fits its label, however it wraps
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    dialog.close()


def test_undo_and_redo_of_a_revised_file_keep_counsels_place(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_original(qtbot, window)
    pane = window.workspace.draft_pane
    before = pane.read_blocks()
    load_revised_by_menu(qtbot, window, monkeypatch)
    wait_items(qtbot, window, 6)
    after = pane.read_blocks()
    change = diff_blocks(before, after)
    assert change is not None
    # a paragraph inside the changed stretch that the revision leaves alone
    inside = [
        b.text
        for b in before[change.first + 1 : change.first + len(change.old) - 1]
        if not b.heading
        and len(b.text) > 60
        and [x.text for x in before].count(b.text) == 1
        and [x.text for x in after].count(b.text) == 1
    ]
    text = inside[len(inside) // 2]
    click_in_text(pane, text[:40], offset=10)

    def place() -> tuple[str, int, int]:
        cursor = pane.textCursor()
        top = pane.document().documentLayout().blockBoundingRect(cursor.block()).top()
        return (
            cursor.block().text(),
            cursor.positionInBlock(),
            round(top) - pane.verticalScrollBar().value(),
        )

    where = place()
    window.actions_by_id["undo"].trigger()
    wait_items(qtbot, window, 0)
    assert place() == where
    window.actions_by_id["redo"].trigger()
    wait_items(qtbot, window, 6)
    assert place() == where


def test_the_selected_item_stays_selected_when_its_kind_changes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, 2)
    items = list(window.session.items)
    chosen = items[2]
    kind = (
        ItemKind.REPLACE_WORDS
        if chosen.kind is not ItemKind.REPLACE_WORDS
        else ItemKind.REPLACE_PARAGRAPH
    )
    items[2] = dataclasses.replace(chosen, kind=kind, new_text=chosen.new_text + " Also.")
    panel.show_items(window.session.amendment(), items)
    assert panel.list.currentRow() == 2
    assert not panel.status.text().startswith("Select an item")


def test_with_no_item_selected_no_class_is_shown(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, 0)
    panel.list.setCurrentRow(-1)
    assert not panel.materiality.isEnabled()
    assert panel.materiality.currentText() == ""


def test_the_counts_stay_in_the_status_bar_when_a_message_passes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    counts = window.findChild(QLabel, "statusCounts")
    assert counts is not None
    qtbot.waitUntil(lambda: counts.text().startswith("6 items"))
    window.statusBar().showMessage("Saved", 4000)
    window.statusBar().clearMessage()  # as hovering a tab or a menu does
    window.workspace.preview_dock.raise_()
    assert counts.isVisible() and counts.text().startswith("6 items")


def test_a_sentence_added_at_a_paragraphs_end_is_listed_after_the_one_it_follows(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    added = [
        i for i, item in enumerate(window.session.items) if item.kind is ItemKind.INSERT_SENTENCE
    ]
    assert added
    for index in added:
        follows = window.session.items[index].locator.sentence
        assert f"after s{follows}" in panel.list.item(index).text().split("\n")[0]
