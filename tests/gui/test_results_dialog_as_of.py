"""Amendment ▸ Final Amendment: Results… counts the results as of a date the offer defines
(its Early Tender Date), as [results] as_of does in the filing details: counsel picks it from
the offer's own dates, or leaves the results counted as the offer expired."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from amendtool.core.filing_document import schedule_to_blocks
from amendtool.core.results_words import results_labels
from amendtool.gui.main_window import MainWindow
from amendtool.gui.results_dialog import ResultsDialog
from tests.conftest import ROOT
from tests.gui.conftest import wait_items
from tests.gui.test_series_gui import confirmed

__all__ = ["confirmed"]  # the fixture: counsel answers Yes to marking No. 1 filed

EARLY = ("Early Tender Date", "5:00 p.m., New York City time, on May 24, 2006")
NOTES = ROOT / "tests" / "corpus" / "2006-txt-ferncastle-notes"


def filled(dialog: ResultsDialog) -> ResultsDialog:
    for key, typed in (("tendered", "1,200,000"), ("accepted", "1,150,000"), ("issued", "1")):
        if key in dialog.fields:
            dialog.fields[key].setText(typed)
    dialog.fields["grant_date"].setText("2006-06-12")
    return dialog


def test_the_results_may_be_counted_as_of_a_date_the_offer_defines(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = filled(ResultsDialog(None, results_labels(None), [EARLY]))
    qtbot.addWidget(dialog)
    assert dialog.as_of is not None
    shown = [dialog.as_of.itemText(i) for i in range(dialog.as_of.count())]
    assert shown == [
        "The expiration of the offer",
        "The Early Tender Date (5:00 p.m., New York City time, on May 24, 2006)",
    ]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled() and "as_of" not in dialog.values()  # optional: as it expired
    dialog.as_of.setCurrentIndex(1)
    assert ok.isEnabled() and dialog.values()["as_of"] == "Early Tender Date"
    dialog.as_of.setCurrentIndex(0)
    assert "as_of" not in dialog.values()


def test_an_offer_that_defines_no_date_asks_for_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = filled(ResultsDialog(None, results_labels(None)))
    qtbot.addWidget(dialog)
    assert dialog.as_of is None and "as_of" not in dialog.values()


def test_the_app_offers_the_offers_own_dates_and_reports_as_of_the_one_chosen(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch,  # type: ignore[no-untyped-def]
    answered_dialogs: list[str],
    confirmed: list[str],
) -> None:
    window.open_documents(NOTES / "original.txt", NOTES / "revised.txt", NOTES / "filing.toml")
    wait_items(qtbot, window)
    offered: list[list[str]] = []

    def choose(dialog: ResultsDialog) -> int:
        assert dialog.as_of is not None
        offered.append([dialog.as_of.itemData(i) for i in range(dialog.as_of.count())])
        filled(dialog).as_of.setCurrentIndex(1)  # type: ignore[union-attr]
        return 1

    monkeypatch.setattr(ResultsDialog, "exec", choose)
    window.amendment_menu.results()
    assert offered == [["", "Early Tender Date"]]

    def drafted() -> bool:
        series = window.session.series
        return series is not None and series.current.kind.value == "results"

    qtbot.waitUntil(drafted, timeout=20000)
    series = window.session.series
    assert series is not None and series.current.results is not None
    assert series.current.results["as_of"] == "Early Tender Date"
    assert confirmed and answered_dialogs == []  # drafted: nothing refused
    final = series.amendment(-1)
    assert final is not None
    filed = " ".join(" ".join(b.text.split()) for b in schedule_to_blocks(final))
    assert f"As of {EARLY[1]}, the Early Tender Date," in filed, filed
