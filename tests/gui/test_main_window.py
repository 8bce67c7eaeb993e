"""The real window, driven as counsel would use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from amendtool.gui.commands import FilingCommand
from amendtool.gui.export_dialog import ExportDialog
from amendtool.gui.filing_form import FilingForm
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.support.docx_text import docx_lines

SENTENCE = "Our determination of these matters will be final and binding."


def open_original_only(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(SAMPLES / "offer-to-exchange.docx", None, SAMPLES / "filing.toml")
    wait_items(qtbot, window, 0)


def replace_in_draft(window: MainWindow, old: str, new: str) -> None:
    """Edit the draft the way typing does: one edit through the editor's cursor."""
    document = window.workspace.draft_pane.document()
    found = document.find(old)
    assert not found.isNull(), old
    cursor = QTextCursor(found)
    cursor.insertText(new)


def test_empty_window_shows_a_first_step(window: MainWindow) -> None:
    assert window.stack.currentWidget() is window.welcome
    assert not window.actions_by_id["export"].isEnabled()
    assert "No amendment open" in window.windowTitle()


def test_demo_lists_the_items(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    assert window.workspace.items_panel.list.count() == 6
    window.workspace.items_panel.select(2)
    assert window.workspace.items_panel.filing.toPlainText().startswith(
        'The last paragraph in "Section 7. Conditions of the Offer"'
    )
    assert window.workspace.navigator.topLevelItemCount() == len(window.session.original.sections)


def test_changing_a_sentence_drafts_an_item_and_undo_removes_it(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_original_only(qtbot, window)
    replace_in_draft(
        window,
        SENTENCE,
        "Our determination of these matters will be final, binding and conclusive.",
    )
    wait_items(qtbot, window, 1)
    item = window.session.items[0]
    assert item.kind.value == "replace_words"
    window.workspace.items_panel.select(0)
    assert window.workspace.items_panel.filing.toPlainText() == (
        'The last sentence of the last paragraph in "Section 4. Withdrawal Rights" on page 15 '
        "of Exhibit (a)(1) to the Tender Offer Statement has been amended by replacing the "
        'words "final and binding" with the words "final, binding and conclusive", so that the '
        "sentence reads in its entirety as follows:"
    )
    assert window.isWindowModified()
    window.actions_by_id["undo"].trigger()
    wait_items(qtbot, window, 0)
    assert SENTENCE in window.workspace.draft_pane.toPlainText()
    window.actions_by_id["redo"].trigger()
    wait_items(qtbot, window, 1)


def test_override_survives_save_and_reopen(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    window.workspace.items_panel.select(1)
    wording = "Counsel's own instruction for this change:"
    window.workspace.items_panel.filing.setPlainText(wording)
    window.workspace.items_panel.apply_button.click()
    assert window.session.amendment().filing_instruction(window.session.items[1]) == wording
    path = tmp_path / "demo.amend"
    assert window._save_to(path)
    assert not window.isWindowModified()
    reopened = MainWindow()
    qtbot.addWidget(reopened)
    reopened.open_project(path)
    amendment = reopened.session.amendment()
    assert amendment is not None
    assert amendment.filing_instruction(reopened.session.items[1]) == wording
    window.actions_by_id["undo"].trigger()  # undo the override
    assert window.session.amendment().filing_instruction(window.session.items[1]) != wording


def test_export_matches_the_command_line(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    for item in window.session.items:  # counsel has written the notice's plain paragraphs
        item.set_plain_summary("We changed this to make the offer clearer for you.")
    project = tmp_path / "demo.amend"
    assert window._save_to(project)
    cli_out, gui_out = tmp_path / "cli", tmp_path / "gui"
    result = subprocess.run(
        [sys.executable, "-m", "amendtool", "export", str(project), "--out", str(cli_out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    dialog = ExportDialog(window.session.amendment(), str(gui_out), window)
    dialog.open_when_done = False
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.result_files) or dialog.error is not None, timeout=60000)
    assert dialog.error is None
    for name in ("schedule-to-amendment.docx", "employee-notice.docx"):
        assert (gui_out / name).exists()
        assert docx_lines(gui_out / name) == docx_lines(cli_out / name)
    assert json.loads((gui_out / "items.json").read_text()) == json.loads(
        (cli_out / "items.json").read_text()
    )


def test_invalid_cusip_is_reported_and_blocks_export(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    form = FilingForm(window.session.filing_data, window)
    qtbot.addWidget(form)
    form.widgets[("securities", "cusip")].setText("40839G108")  # type: ignore[attr-defined]
    assert "CUSIP: '40839G108' has check digit 8, expected 7" in form.problems.text()
    assert "check digit 8" in form.messages[("securities", "cusip")].text()  # beside the field
    window.session.undo_stack.push(FilingCommand(window.session, form.data()))
    assert window.session.filing is None and window.session.filing_problems
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text)
    )
    opened: list[object] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: opened.append(self))
    window.export()
    assert warnings and "check digit" in warnings[0]
    assert opened == []
    window.actions_by_id["undo"].trigger()  # back to the valid details: export allowed
    assert window.session.filing is not None


def test_autosave_writes_a_recovery_file(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    open_original_only(qtbot, window)
    replace_in_draft(window, SENTENCE, "Our determination is final.")
    wait_items(qtbot, window, 1)
    window.write_recovery()  # written by a worker
    qtbot.waitUntil(window.recovery_path().exists, timeout=15000)


def test_side_by_side_review_steps_through_changes_by_letter(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    assert review.left.isReadOnly() and review.right.isReadOnly()
    assert review.label.text().startswith("<b>Item A</b> of 6")
    review.step(1)
    review.step(1)
    assert review.label.text().startswith("<b>Item C</b> of 6: Paragraph replaced")
    left, right = review.changes.blocks_of(2)
    assert review.left.marks[left[0]].spans and review.right.marks[right[0]].spans
    review.step(-1)
    assert review.current == 1
    amended = [m.text for m in review.changes.amended]
    assert amended == [b.text for b in review.right.blocks()]
