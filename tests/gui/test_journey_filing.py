"""The ordinary menu path: original, revised file, filing details, an item, its wording, export;
and a Checks panel that says what it did not check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from amendtool.gui.commands import PlainCommand
from amendtool.gui.export_dialog import ExportDialog
from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, click_row, type_keys, when_modal
from tests.gui.test_journey_whole_document import ORIGINAL, load_revised_by_menu, redo_all, undo_all

FILING = SAMPLES / "filing.toml"


def fill_filing_details_by_menu(qtbot, window: MainWindow, toml: Path = FILING) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, FilingForm)
        dialog.import_toml(str(toml))
        dialog.accept()

    when_modal(fill)
    window.actions_by_id["filing"].trigger()


def checks_lines(window: MainWindow) -> list[str]:
    checks = window.workspace.checks
    return [checks.item(i).text() for i in range(checks.count())]


def test_the_selected_item_shows_its_wording_once_the_filing_details_are_entered(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    load_revised_by_menu(qtbot, window, monkeypatch)
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, 0)
    assert not panel.filing.isEnabled()  # no filing details yet: nothing to word
    assert "filing details" in panel.status.text().lower()
    generation = window.session._generation
    fill_filing_details_by_menu(qtbot, window)
    assert window.session.filing is not None
    assert window.session._generation == generation  # no re-draft was needed
    assert panel.filing.isEnabled()
    assert panel.filing.toPlainText().startswith("The following sentence has been added")
    assert panel.status.text().startswith("Generated wording.")
    window.workspace.preview_dock.raise_()  # counsel clicks the Preview tab
    qtbot.waitUntil(
        lambda: "Section 4. Withdrawal Rights" in window.workspace.filing_preview.toPlainText()
    )
    window.workspace.items_dock.raise_()
    undo_all(window)  # the filing details, then the revised file
    wait_items(qtbot, window, 0)
    assert window.session.filing is None
    redo_all(window)
    wait_items(qtbot, window, 6)
    assert window.session.filing is not None


def test_menu_path_to_export_with_an_override_and_a_materiality(
    qtbot, window, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    load_revised_by_menu(qtbot, window, monkeypatch)
    fill_filing_details_by_menu(qtbot, window)
    wait_items(qtbot, window, 6)
    panel = window.workspace.items_panel
    click_row(panel.list, 1)
    wording = "The second sentence of the third paragraph of Section 5 now reads as follows:"
    panel.filing.setFocus()
    panel.filing.selectAll()
    type_keys(panel.filing, wording, pauses=(5,))
    panel.apply_button.click()
    assert panel.filing.toPlainText() == wording
    assert panel.status.text().startswith("Counsel's wording, kept")
    window.workspace.preview_dock.raise_()
    qtbot.waitUntil(lambda: wording in window.workspace.filing_preview.toPlainText())
    window.workspace.items_dock.raise_()
    panel.materiality.setCurrentIndex(0)
    panel.materiality.activated.emit(0)
    assert window.session.items[1].materiality.value == "clarifying"
    # counsel types elsewhere: the decisions stay with their item
    click_in_text(window.workspace.draft_pane, "final and binding.")
    type_keys(window.workspace.draft_pane, " Truly.")
    wait_items(qtbot, window, 7)
    row = next(i for i, item in enumerate(window.session.items) if item.filing_override)
    assert window.session.items[row].filing_override == wording
    assert window.session.items[row].materiality.value == "clarifying"
    assert panel.list.currentRow() == row
    for item in list(window.session.items):  # the notice's plain paragraphs, by counsel
        plain = "This change does not alter what you need to do."
        window.session.undo_stack.push(PlainCommand(window.session, item.substance(), plain, 0))
    opened: list[ExportDialog] = []

    def export(dialog: ExportDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", export)
    asked: list[str] = []

    def export_anyway(box: QMessageBox) -> int:
        asked.append(box.text())  # the checks' errors (the offer's timing, say), named to counsel
        next(b for b in box.buttons() if b.text() == "Export Anyway").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", export_anyway)
    window.actions_by_id["export"].trigger()
    # asked only over a warning or an error, and then with the checks' own words; counsel's
    # clarifying class leaves the demo's timing with a note alone, which is not asked about
    assert all(text.startswith("The checks found:") for text in asked)
    assert opened and opened[0].amendment.items[row].filing_override == wording
    undo_all(window)
    wait_items(qtbot, window, 0)
    redo_all(window)
    wait_items(qtbot, window, 7)
    assert window.session.items[row].filing_override == wording
    assert window.session.items[row].materiality.value == "clarifying"


def test_checks_say_what_they_did_not_check(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    click_in_text(window.workspace.draft_pane, "final and binding.")
    type_keys(window.workspace.draft_pane, " Truly.")
    wait_items(qtbot, window, 1)
    qtbot.waitUntil(lambda: window.session.checked)
    lines = checks_lines(window)
    assert "No problems found." not in lines
    assert any(
        "Filing details missing: timing and cover page not checked" in line for line in lines
    )
    fill_filing_details_by_menu(qtbot, window)
    qtbot.waitUntil(lambda: window.session.checked)
    lines = checks_lines(window)
    assert not any("Filing details missing" in line for line in lines)


def test_items_that_do_not_give_the_draft_are_an_error_in_checks(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, FILING)
    wait_items(qtbot, window, 0)
    click_in_text(window.workspace.draft_pane, "final and binding.")
    type_keys(window.workspace.draft_pane, " Truly.")
    wait_items(qtbot, window, 1)
    stale = list(window.session.items)
    window.actions_by_id["undo"].trigger()
    wait_items(qtbot, window, 0)
    window.session.items = stale  # as if the items had not followed the draft
    window.session.refresh_checks()
    qtbot.waitUntil(lambda: window.session.checked)
    lines = checks_lines(window)
    assert any("do not give the working draft" in line for line in lines), lines
    assert "No problems found." not in lines
    window.session.items = []
