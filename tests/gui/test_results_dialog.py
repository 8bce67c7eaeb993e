"""Amendment ▸ Final Amendment: Results… offers no made-up results: every field starts
empty, OK waits for the counts and the grant date, and what is typed is what is reported."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from amendtool.gui.results_dialog import ResultsDialog


def ok_enabled(dialog: ResultsDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_results_start_empty_and_ok_waits_for_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ResultsDialog()
    qtbot.addWidget(dialog)
    assert all(box.text() == "" for box in dialog.fields.values())
    assert not ok_enabled(dialog)
    assert "grant date" in dialog.missing.text()

    for key, typed in (("tendered", "1,200,000"), ("accepted", "1,150,000"), ("issued", "575000")):
        dialog.fields[key].setText(typed)
    assert not ok_enabled(dialog)  # the grant date is still to enter
    dialog.fields["grant_date"].setText("May 26, 2026")
    assert ok_enabled(dialog) and dialog.missing.text() == ""
    assert dialog.values() == {
        "tendered": 1200000,
        "accepted": 1150000,
        "issued": 575000,
        "grant_date": "2026-05-26",
    }

    dialog.fields["holders"].setText("many")
    assert not ok_enabled(dialog)
    dialog.fields["holders"].setText("212")
    assert ok_enabled(dialog) and dialog.values()["holders"] == 212
    dialog.fields["accepted"].setText("")
    assert not ok_enabled(dialog) and "accepted" in dialog.missing.text()
