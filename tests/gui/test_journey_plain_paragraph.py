"""Counsel writes the notice's plain paragraph on a change in the item panel, at a human
pace, while the items are re-drafted; reads the live plain-English check under it; leaves
the item and comes back; undoes and redoes everything; and cannot export while a paragraph
still has the placeholder for counsel."""

from __future__ import annotations

from pathlib import Path

import docx

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from amendtool.core.plain_english import plain_rules
from amendtool.gui.export_dialog import ExportDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, press, type_keys, when_modal
from tests.gui.test_journey_whole_document import redo_all, undo_all

PLACEHOLDER = "[Explain in one or two sentences what this change means for employees.]"
PARAGRAPH = "You may now withdraw by fax or e-mail. Send it prior to the deadline."


def editor_of(window: MainWindow):  # type: ignore[no-untyped-def]
    """The plain paragraph's editor, on its tab of the item panel, which counsel opens."""
    panel = window.workspace.items_panel
    bar = panel.tabs.tabBar()
    index = panel.tabs.indexOf(panel.plain)
    if panel.tabs.currentIndex() != index:
        QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert panel.plain.editor.isVisible()
    return panel.plain.editor


def reading_of(window: MainWindow) -> str:
    return window.workspace.items_panel.plain.reading.text()


def test_counsel_writes_a_plain_paragraph_while_items_are_redrafted(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel, session = window.workspace.items_panel, window.session
    click_row(panel.list, 0)  # item A: the tool cannot say what it means
    editor = editor_of(window)
    generated = editor.toPlainText()
    assert generated.endswith(PLACEHOLDER)
    assert session.items[0].plain_summary is None
    tab = panel.tabs.indexOf(panel.plain)
    assert panel.tabs.tabText(tab) == "Plain paragraph (notice) — to write"
    qtbot.waitUntil(lambda: "Still to write" in reading_of(window), timeout=20000)
    steps = session.undo_stack.count()

    # re-drafts keep arriving while counsel types (as after typing in the draft)
    redrafts = QTimer()
    redrafts.timeout.connect(lambda: session.redraft_now(window.workspace.draft_pane.blocks()))
    redrafts.start(150)
    drafts = session._generation
    click_in_text(editor, generated[:10])
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(editor, PARAGRAPH)
    redrafts.stop()
    assert session._generation > drafts + 5  # the items were drafted again and again
    assert editor.toPlainText() == PARAGRAPH  # never a word lost or moved
    assert editor.textCursor().position() == len(PARAGRAPH)
    assert QApplication.focusWidget() is editor
    wait_items(qtbot, window, 6)
    qtbot.waitUntil(lambda: session.items[0].plain_summary == PARAGRAPH)
    assert session.undo_stack.count() == steps + 1  # one visit, one undo step
    assert panel.tabs.tabText(tab) == "Plain paragraph (notice)"

    # the live check: the measures, and the legal word with its everyday replacement
    replacement = plain_rules().words["prior to"]
    qtbot.waitUntil(lambda: "prior to" in reading_of(window), timeout=20000)
    assert "Grade " in reading_of(window) and "Still to write" not in reading_of(window)
    assert f"Legal word “prior to”: {replacement}" in reading_of(window)
    qtbot.waitUntil(lambda: session.checked)
    lines = [f.message for f in session.findings]
    assert any(
        m.startswith("item A: the notice's plain paragraph: legal word “prior to”") for m in lines
    )
    assert not any(m.startswith("item A: the notice's plain paragraph still has") for m in lines)

    click_row(panel.list, 2)
    assert editor.toPlainText() != PARAGRAPH
    click_row(panel.list, 0)
    assert editor.toPlainText() == PARAGRAPH

    undo_all(window)
    wait_items(qtbot, window, 6)
    assert session.items[0].plain_summary is None
    assert editor.toPlainText() == generated
    redo_all(window)
    wait_items(qtbot, window, 6)
    assert session.items[0].plain_summary == PARAGRAPH
    assert editor.toPlainText() == PARAGRAPH
    assert panel.list.currentRow() == 0


def test_export_is_refused_until_every_placeholder_is_written(
    qtbot, window: MainWindow, monkeypatch, exports_anyway: list[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    answered_dialogs = exports_anyway  # the offer's warnings: counsel exports anyway
    window.open_demo()
    wait_items(qtbot, window, 6)
    asked_for_folder: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *a, **k: asked_for_folder.append("folder") or str(tmp_path)),
    )
    opened: list[ExportDialog] = []

    def export(dialog: ExportDialog) -> int:
        opened.append(dialog)
        dialog.folder.setText(str(tmp_path / "out"))
        dialog.open_when_done = False
        dialog.start()
        qtbot.waitUntil(
            lambda: bool(dialog.result_files) or dialog.error is not None, timeout=90000
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", export)
    window.actions_by_id["export"].trigger()
    assert answered_dialogs[-1] == (
        "Export refused: the employee notice still has a placeholder for counsel in item A, "
        "item C, item D; write those paragraphs first.\n\nSelect each of "
        "those items and write its paragraph on the item panel's “Plain paragraph (notice)” tab."
    )
    assert opened == [] and asked_for_folder == []

    panel = window.workspace.items_panel
    editor = editor_of(window)
    written = {}
    for row in range(panel.list.count()):
        click_row(panel.list, row)
        if PLACEHOLDER not in editor.toPlainText():
            continue
        text = f"This change {row + 1} does not change what you need to do."
        click_in_text(editor, editor.toPlainText()[:8])
        press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if row == 0:
            type_keys(editor, text)
        else:  # counsel pastes the rest from a note
            QApplication.clipboard().setText(text)
            press(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        written[row] = text
    window.actions_by_id["export"].trigger()  # kept at once, though typing has not paused
    assert len(opened) == 1 and opened[0].error is None, opened[0].error
    notice = docx.Document(str(tmp_path / "out" / "employee-notice.docx"))
    printed = "\n".join(p.text for p in notice.paragraphs)
    assert all(text in printed for text in written.values())
    assert PLACEHOLDER not in printed
    assert [window.session.items[row].plain_summary for row in written] == list(written.values())


def test_the_reading_grade_is_never_worked_out_on_the_ui_thread(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The first reading loads a pronouncing dictionary for seconds: the window must never
    wait for it, nor for any reading after it."""
    import threading

    from amendtool.core import plain_english

    on_ui_thread: list[str] = []
    called: list[str] = []

    def watched(name: str):  # type: ignore[no-untyped-def]
        work = getattr(plain_english, name)

        def run(*args):  # type: ignore[no-untyped-def]
            called.append(name)
            if threading.current_thread() is threading.main_thread():
                on_ui_thread.append(name)
            return work(*args)

        monkeypatch.setattr(plain_english, name, run)

    watched("warm_up")
    watched("readability")
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    for row in (0, 3, 1):
        click_row(panel.list, row)
    editor = editor_of(window)
    click_in_text(editor, editor.toPlainText()[:6])
    type_keys(editor, " Plainly.")
    qtbot.waitUntil(
        lambda: "Plainly." in panel.plain.reader.shown.text if panel.plain.reader.shown else False,
        timeout=20000,
    )
    qtbot.waitUntil(lambda: window.session.checked)
    assert "Grade " in reading_of(window)
    assert "readability" in called and on_ui_thread == []


def test_a_precedent_notice_has_no_plain_paragraphs_to_hold_export_back(
    qtbot, window: MainWindow, monkeypatch, exports_anyway: list[str]
) -> None:  # type: ignore[no-untyped-def]
    answered_dialogs = exports_anyway  # the offer's warnings: counsel exports anyway
    window.open_demo()
    wait_items(qtbot, window, 6)

    def precedent(dialog) -> None:  # type: ignore[no-untyped-def]
        combo = dialog.widgets[("notice", "style")]
        combo.setFocus()
        combo.setCurrentIndex(combo.findData("precedent"))
        dialog.accept()

    when_modal(precedent)
    window.actions_by_id["filing"].trigger()
    session, panel = window.session, window.workspace.items_panel
    assert session.filing is not None and session.filing.notice_style == "precedent"
    click_row(panel.list, 0)
    editor_of(window)
    assert "precedent style, which prints no plain paragraphs" in panel.plain.status.text()
    tab = panel.tabs.indexOf(panel.plain)
    assert panel.tabs.tabText(tab) == "Plain paragraph (notice)"  # nothing to write for it
    qtbot.waitUntil(lambda: session.checked)
    assert not any("placeholder" in f.message for f in session.findings)
    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: opened.append(dialog))
    window.actions_by_id["export"].trigger()
    assert len(opened) == 1
    window.actions_by_id["undo"].trigger()  # the plain notice again: refused again
    wait_items(qtbot, window, 6)
    assert "precedent" not in panel.plain.status.text()
    assert panel.tabs.tabText(tab) == "Plain paragraph (notice) — to write"
    window.actions_by_id["export"].trigger()
    assert len(opened) == 1 and answered_dialogs[-1].startswith("Export refused:")


def test_counsels_paragraph_is_saved_with_the_project_and_opens_with_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, 2)
    editor = editor_of(window)
    click_in_text(editor, editor.toPlainText()[:8])
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(editor, "Fewer conditions now apply.")
    project = tmp_path / "demo.amend"
    assert window._save_to(project)  # kept at once, though typing has not paused
    window.open_project(project)
    wait_items(qtbot, window, 6)
    assert window.session.items[2].plain_summary == "Fewer conditions now apply."
    click_row(panel.list, 2)
    assert editor_of(window).toPlainText() == "Fewer conditions now apply."
    assert panel.plain.reset_button.isEnabled()
    panel.plain.reset_button.click()  # back to the tool's paragraph, as one undo step
    assert editor_of(window).toPlainText().endswith(PLACEHOLDER)
    assert window.session.items[2].plain_summary is None
    window.actions_by_id["undo"].trigger()
    assert editor_of(window).toPlainText() == "Fewer conditions now apply."


def test_counsels_figures_are_read_against_the_change_as_they_are_typed(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Item B shortens a period from two business days to one; counsel's paragraph says two:
    the Plain tab says so under the editor, in the words `check` uses."""
    window.open_demo()
    wait_items(qtbot, window, 6)
    panel, session = window.workspace.items_panel, window.session
    click_row(panel.list, 1)
    editor = editor_of(window)
    assert panel.plain.facts.text() == ""  # the tool's own paragraph is not flagged
    click_in_text(editor, editor.toPlainText()[:10])
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(editor, "You now have two business days to send it.")
    said = panel.plain.facts.text()
    assert said.startswith("This paragraph states two business days, the value before this change")
    qtbot.waitUntil(lambda: session.items[1].plain_summary is not None)
    qtbot.waitUntil(lambda: session.checked)
    [line] = [f.message for f in session.findings if f.code == "plain_facts"]
    assert line == f"item B: counsel's plain paragraph {said.removeprefix('This paragraph ')[:-1]}"
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_keys(editor, "You now have one business day to send it.")
    assert panel.plain.facts.text() == ""
