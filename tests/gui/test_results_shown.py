"""The final amendment reporting the results changes no text of the offer: what it reports
is its content, so the status line and the navigator say the results, never "0 items"."""

from __future__ import annotations

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.test_series_gui import confirmed, plain_paragraphs_written

__all__ = ["confirmed"]  # the fixture: counsel answers Yes

REPORTED = (
    "1,200,000 shares tendered, 1,150,000 accepted; grant of New Options for 575,000 shares on "
    "May 26, 2026"
)


def test_the_results_amendment_shows_the_results_it_reports(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    plain_paragraphs_written(window)
    assert window.counts.text().startswith("6 items")
    results = {"tendered": 1200000, "accepted": 1150000, "issued": 575000}
    window.amendment_menu.results({**results, "grant_date": "2026-05-26"})
    wait_items(qtbot, window, 0)
    window.show_status()
    assert window.counts.text().startswith(f"Results: {REPORTED}")
    assert "0 items" not in window.counts.text()
    listed = window.workspace.series_list.item(1).text()
    assert listed.startswith("Amendment No. 2: results (final)")
    assert REPORTED in listed and "0 changes" not in listed
