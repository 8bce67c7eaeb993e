"""Results drafted again open as the project holds them: Amendment ▸ Final Amendment:
Results… on a project whose final amendment (a draft) was drafted from the command line
shows its counts, grant date and price to correct, and OK reports them unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amendtool.gui.main_window import MainWindow
from amendtool.gui.results_dialog import ResultsDialog
from tests.gui.conftest import wait_items
from tests.support.series_cli import first_amendment, next_filing, run


def test_results_entered_from_the_command_line_open_in_the_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    project = first_amendment(tmp_path)
    results = {"tendered": 1200000, "accepted": 1150000, "issued": 575000, "holders": 212}
    filing = next_filing(
        tmp_path,
        2,
        dt.date(2026, 4, 27),
        **{f"results__{k}": v for k, v in results.items()},
        results__grant_date=dt.date(2026, 5, 26),
    )
    status, _, err = run(capsys, "results", project, "--filing", filing, "--out", tmp_path / "o")
    assert status == 0, err
    window.open_project(project)
    wait_items(qtbot, window, 0)
    shown: list[dict[str, str]] = []
    reported: list[dict[str, object]] = []

    def look(dialog: ResultsDialog) -> int:
        shown.append({k: box.text() for k, box in dialog.fields.items()})
        reported.append(dialog.values())
        return 0  # cancelled: nothing drafted again

    monkeypatch.setattr(ResultsDialog, "exec", look)
    window.amendment_menu.results()
    assert shown, "the dialog should open"
    assert shown[0]["tendered"] == "1,200,000" and shown[0]["accepted"] == "1,150,000"
    assert shown[0]["issued"] == "575,000" and shown[0]["holders"] == "212"
    assert shown[0]["grant_date"] == "May 26, 2026"
    assert reported[0] == {**results, "grant_date": "2026-05-26"}


def test_a_new_final_amendment_starts_empty(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ResultsDialog(held=None)
    qtbot.addWidget(dialog)
    assert all(box.text() == "" for box in dialog.fields.values())
    held = {"tendered": 10, "accepted": 10, "issued": 5, "grant_date": "2026-05-26"}
    dialog = ResultsDialog(held=held)
    qtbot.addWidget(dialog)
    assert dialog.values() == held and dialog.missing.text() == ""
