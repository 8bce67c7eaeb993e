"""Counsel's first ten minutes: find, zoom, the toolbar, print and PDF, help, preferences
and export defaults, each through the real window."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QToolBar

from amendtool.gui import settings
from amendtool.gui.export_dialog import ExportDialog, export_command
from amendtool.gui.export_folders import default_folder
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items, write_plain_paragraphs
from tests.gui.human import pause, press, type_keys, when_modal


def open_demo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)


def test_the_find_bar_counts_highlights_steps_and_remembers(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    ws = window.workspace
    ws.draft_pane.setFocus()
    window.actions_by_id["find"].trigger()
    bar = ws.find_bar
    assert bar.isVisible() and bar.term.hasFocus()
    assert bar.scope.currentText() == "Draft"  # where counsel was
    type_keys(bar.term, "withdraw", pauses=(30,))
    count = ws.draft_pane.toPlainText().lower().count("withdraw")
    assert count > 3
    # the search runs once counsel pauses in typing
    qtbot.waitUntil(lambda: bar.count.text().endswith(f" of {count}"), timeout=2000)
    assert len(ws.draft_pane._found) == count  # every match highlighted
    press(bar.term, Qt.Key.Key_F3)
    assert bar.count.text().startswith("1 of") or bar.count.text().endswith(f"of {count}")
    first = ws.draft_pane.textCursor().selectionStart()
    press(bar.term, Qt.Key.Key_F3)
    assert ws.draft_pane.textCursor().selectionStart() > first
    press(bar.term, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert ws.draft_pane.textCursor().selectionStart() == first
    assert ws.draft_pane.textCursor().selectedText().lower() == "withdraw"
    # the same bar reads the original, the items and the preview
    bar.scope.setCurrentText("Original")
    assert bar.matches and len(ws.original_pane._found) == len(bar.matches)
    assert ws.draft_pane._found == []
    bar.scope.setCurrentText("Items")
    bar.term.setText("Section 7")
    press(bar.term, Qt.Key.Key_F3)
    row = ws.items_panel.list.currentRow()
    assert "Section 7" in ws.items_panel.list.item(row).text()
    press(bar, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert settings.get(settings.LAST_FIND) == "Section 7"  # kept for next time


def test_replace_all_in_the_draft_is_one_undo_step(qtbot, window, answered_dialogs) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    ws = window.workspace
    window.actions_by_id["find"].trigger()
    ws.find_bar.scope.setCurrentText("Draft")
    ws.find_bar.term.setText("Halvorsen")
    ws.find_bar.replacement.setText("Halvorsen Inc.")
    body = [b.text.lower() for b in ws.draft_pane.blocks() if not b.heading]
    count = sum(text.count("halvorsen") for text in body)  # as Word, any case
    steps = window.session.undo_stack.count()
    qtbot.mouseClick(ws.find_bar.replace_all_button, Qt.MouseButton.LeftButton)
    # a heading names Halvorsen: counsel is asked, and answers to leave the headings alone
    assert answered_dialogs[-1].startswith("Replace All changes 1 heading:")
    assert ws.draft_pane.toPlainText().lower().count("halvorsen inc.") == count
    assert ws.draft_pane.toPlainText().startswith("HALVORSEN INC. NETWORKS")  # its case kept
    assert window.session.undo_stack.count() == steps + 1
    window.session.undo_stack.undo()
    assert "Halvorsen Inc." not in ws.draft_pane.toPlainText()
    wait_items(qtbot, window, 6)


def test_zoom_enlarges_both_panes_together(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    ws = window.workspace
    size = ws.original_pane.document().defaultFont().pointSizeF()
    window.actions_by_id["zoom_in"].trigger()
    window.actions_by_id["zoom_in"].trigger()
    for pane in (ws.original_pane, ws.draft_pane):
        assert pane.document().defaultFont().pointSizeF() == size + 2
    wheel = QWheelEvent(
        QPointF(20, 20),
        QPointF(20, 20),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(ws.draft_pane.viewport(), wheel)
    assert ws.original_pane.document().defaultFont().pointSizeF() == size + 1
    window.actions_by_id["zoom_reset"].trigger()
    assert ws.draft_pane.document().defaultFont().pointSizeF() == size


def test_the_toolbar_holds_the_everyday_actions_and_fits(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    window.resize(1366, 740)
    pause(50)
    bar = window.findChild(QToolBar, "mainToolbar")
    assert bar is not None and bar.isVisible()
    names = [a.objectName() for a in bar.actions() if not a.isSeparator()]
    for needed in ("new", "open", "save", "find", "review", "export", "print", "help"):
        assert f"action_{needed}" in names
    last = [a for a in bar.actions() if not a.isSeparator()][-1]
    assert bar.widgetForAction(last).isVisible()  # nothing pushed into an overflow menu
    assert all(a.toolTip() and a.iconText() for a in bar.actions() if not a.isSeparator())


def test_export_pdf_of_the_filing_and_the_notice(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui import everyday

    open_demo(qtbot, window)
    write_plain_paragraphs(qtbot, window)
    filing = everyday.export_pdf(window, "filing", tmp_path / "filing.pdf")
    notice = everyday.export_pdf(window, "notice", tmp_path / "notice.pdf")
    assert filing is not None and notice is not None
    for path in (filing, notice):
        assert path.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(filing), "-"], capture_output=True, text=True, check=True
        ).stdout
        text = unicodedata.normalize("NFKC", text)  # a font's ligatures ("ﬀ") read as letters
        assert "Amendment No. 1" in text
        assert "“Section 7. Conditions of the Offer”" in text  # the house style's quotes
        pages = subprocess.run(
            ["pdfinfo", str(filing)], capture_output=True, text=True, check=True
        ).stdout
        assert int(next(line.split()[-1] for line in pages.splitlines() if "Pages" in line)) > 2


def test_f1_opens_the_user_guide(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    press(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(object, "helpWindow") is not None)
    helper = window.findChild(object, "helpWindow")
    text = helper.findChild(object, "helpText").toPlainText()
    assert "F8" in text and "Find" in text and "Reject change" in text


def test_preferences_name_the_redline_author_and_export_goes_beside_the_project(
    qtbot, window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.name.setText("Jane Roe")
        dialog.firm.setText("Roe & Doe LLP")
        dialog.curly.setChecked(False)
        dialog.accept()

    when_modal(fill)
    window.actions_by_id["preferences"].trigger()
    assert settings.revision_author() == "Jane Roe (Roe & Doe LLP)"
    command = export_command(tmp_path / "p.amend", tmp_path, ["redline.docx"])
    assert command[command.index("--author") + 1] == "Jane Roe (Roe & Doe LLP)"
    assert "--straight-quotes" in command
    project = tmp_path / "cases" / "halvorsen.amend"
    folder = default_folder(project, 2, dt.date(2001, 9, 13).isoformat())
    assert folder == tmp_path / "cases" / "Amendment No. 2 (2001-09-13)"
    open_demo(qtbot, window)
    dialog = ExportDialog(window.session.amendment(), str(folder), window)
    qtbot.addWidget(dialog)
    labels = [box.text() for box in dialog.boxes.values()]
    assert any(
        label.startswith("redline.docx  —  the original with every change") for label in labels
    )
    assert all("  —  " in label for label in labels)


def test_open_recent_lists_originals(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from amendtool.resources import resource_path
    from tests.gui.human import choose_file

    original = resource_path("samples", "offer-to-exchange.docx")
    choose_file(monkeypatch, original)
    window.actions_by_id["new"].trigger()
    wait_items(qtbot, window)
    entries = [a.text() for a in window.recent_menu.actions()]
    assert entries and entries[0].startswith("offer-to-exchange.docx")


def test_preview_beside_items_and_section_names_not_cut(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.resize(2400, 1000)  # room for the preview beside the items (else it stays a tab)
    open_demo(qtbot, window)
    ws = window.workspace
    ws.beside.setChecked(True)
    pause(50)
    assert ws.preview_dock.isVisible() and ws.items_dock.isVisible()
    assert not window.tabifiedDockWidgets(ws.items_dock)
    nav = ws.navigator
    assert nav.textElideMode() == Qt.TextElideMode.ElideRight
    cover = nav.topLevelItem(0)
    assert cover.text(1) == "cover"  # never "0"
