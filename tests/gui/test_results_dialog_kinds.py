"""Amendment ▸ Final Amendment: Results… asks in the words of what the offer sought and
gives: a tender of preferred stock for cash asks for the Preferred Shares tendered and
accepted for purchase and the date of payment, never for "shares under the options" or a
grant date, and counts nothing it pays (what it pays for is what it accepted)."""

from __future__ import annotations

import copy
import dataclasses
import re
import tomllib
from pathlib import Path

import docx
import tomli_w

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.results_words import ResultsLabels, results_labels
from amendtool.gui.main_window import MainWindow
from amendtool.gui.results_dialog import ResultsDialog
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items

PREFERRED = {
    "document_title": "Offer to Purchase",
    "tendered": "Preferred Shares",
    "consideration": "Purchase Price",
    "transmittal_document": "Letter of Transmittal",
}


def offering(tendered: str, consideration: str) -> FilingDetails:
    """The sample filing details for an offer seeking `tendered` for `consideration`."""
    sample = load_filing(SAMPLES / "filing.toml")
    return dataclasses.replace(sample, tendered=tendered, consideration=consideration)


def labels_shown(dialog: ResultsDialog) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel) if w.objectName() != "resultsMissing"]


def preferred_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)
    data = copy.deepcopy(window.session.filing_data)
    assert data is not None
    data["offer"].update(PREFERRED)
    data["notice"]["to"] = "Holders of Series A Preferred Stock"  # whom the offer is made to
    window.session.set_filing_data(data)
    wait_items(qtbot, window, 6)


def preferred_offer(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """A tender for preferred shares opened as counsel opens one: the offer itself (which
    names what it pays as the filing details do), its revision and its filing details."""
    cover = (
        "Longford Mills Corporation is offering to purchase up to 1,000,000 of its Series A "
        'Preferred Shares (the "Preferred Shares") at a price of $25.00 per Preferred Share '
        'in cash (the "Purchase Price").'
    )
    paths = []
    for name, days in (("original", "three"), ("revised", "five")):
        word = docx.Document()
        word.add_paragraph("OFFER TO PURCHASE FOR CASH")
        word.add_paragraph(cover)
        word.add_heading("1. Terms of the Offer", level=2)
        word.add_paragraph(f"We will pay the Purchase Price within {days} business days.")
        paths.append(folder / f"{name}.docx")
        word.save(str(paths[-1]))
    data = tomllib.loads((SAMPLES / "filing.toml").read_text(encoding="utf-8"))
    data["offer"].update(PREFERRED)
    data["notice"]["to"] = "Holders of Series A Preferred Stock"
    (folder / "filing.toml").write_text(tomli_w.dumps(data), encoding="utf-8")
    window.open_documents(paths[0], paths[1], folder / "filing.toml")
    wait_items(qtbot, window, 1)


def test_the_app_asks_a_cash_tenders_results_in_its_words(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    preferred_offer(qtbot, window, tmp_path)
    asked: list[ResultsLabels] = []

    def look(dialog: ResultsDialog) -> int:
        asked.append(dialog.labels)
        return 0  # counsel cancels

    monkeypatch.setattr(ResultsDialog, "exec", look)
    window.amendment_menu.results()
    [labels] = asked
    assert labels.tendered == "Preferred Shares tendered and not withdrawn"
    assert labels.accepted == "Preferred Shares accepted for purchase"
    assert labels.grant_date == "Payment date for the Preferred Shares accepted"
    assert labels.issued == ""


def test_a_cash_tenders_dialog_asks_no_count_of_what_it_pays(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ResultsDialog(labels=results_labels(offering("Preferred Shares", "Purchase Price")))
    qtbot.addWidget(dialog)
    shown = labels_shown(dialog)
    assert not [t for t in shown if re.search(r"\b(options?|grant)\b", t, re.I)], shown
    assert "issued" not in dialog.fields
    for key, typed in (("tendered", "1,600,000"), ("accepted", "1,500,000")):
        dialog.fields[key].setText(typed)
    assert "payment date for the Preferred Shares accepted" in dialog.missing.text()
    dialog.fields["grant_date"].setText("May 26, 2026")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.values() == {
        "tendered": 1600000,
        "accepted": 1500000,
        "issued": 1500000,
        "grant_date": "2026-05-26",
    }


def test_an_rsu_exchange_asks_for_the_shares_the_new_rsus_cover(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ResultsDialog(labels=results_labels(offering("Eligible Options", "New RSUs")))
    qtbot.addWidget(dialog)
    shown = labels_shown(dialog)
    assert "Shares under the Eligible Options tendered and not withdrawn:" in shown, shown
    assert "Shares covered by the New RSUs to be granted:" in shown, shown
    assert "Grant date of the New RSUs:" in shown, shown
