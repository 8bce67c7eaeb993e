"""A stockholder offer to purchase is named as itself everywhere the app names the offer or
the notice's readers: the item panel's plain paragraph is the notice's own (one function for
panel and export), and the dialogs and the export list say "Offer to Purchase" and
"holders", never "Offer to Exchange" or "employees"."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QFileDialog

from amendtool.gui.export_dialog import ExportDialog
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_row
from tests.gui.test_journey_plain_paragraph import editor_of


def as_offer_to_purchase(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    data = copy.deepcopy(window.session.filing_data)
    data["offer"]["document_title"] = "Offer to Purchase"
    data["notice"]["to"] = "Holders of Common Stock"  # whom the offer is made to
    window.session.set_filing_data(data)
    wait_items(qtbot, window, 6)


def test_the_plain_paragraph_in_the_panel_is_the_notices_own(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    as_offer_to_purchase(qtbot, window)
    panel = window.workspace.items_panel
    amendment = window.session.amendment()
    for row, item in enumerate(amendment.change_items):
        click_row(panel.list, row)
        editor = editor_of(window)
        assert editor.toPlainText() == amendment.plain_paragraph(item), row
    click_row(panel.list, 0)
    text = editor_of(window).toPlainText()
    assert "for holders.]" in text and "employees" not in text
    status = panel.plain.status.text()
    assert "means for holders" in status and "employees" not in status
    assert "employees" not in panel.plain.editor.placeholderText()


def test_dialogs_and_the_export_list_name_the_offer_and_its_readers(
    qtbot, window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    as_offer_to_purchase(qtbot, window)
    asked: list[tuple[str, str]] = []

    def choose(parent, title, start, kinds):  # type: ignore[no-untyped-def]
        asked.append((title, kinds))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window.load_revised_dialog()
    title, kinds = asked[-1]
    assert "Offer to Purchase" in title and "Exchange" not in title
    assert kinds.startswith("Offer to Purchase (") and "Exchange" not in kinds
    dialog = ExportDialog(window.session.amendment(), str(tmp_path), window)
    qtbot.addWidget(dialog)
    listed = " ".join(box.text() for box in dialog.boxes.values())
    assert "the notice to holders" in listed
    assert "employees" not in listed and "Exchange" not in listed
    from amendtool.gui.printing import choices

    printed = choices(window.session.amendment())
    assert printed["notice"] == "The notice to holders"
    assert "Offer to Purchase" in printed["redline"]
