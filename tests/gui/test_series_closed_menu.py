"""Nothing follows the final amendment reporting the results: while it is a draft the
Amendment menu offers only to draft it again, and once it is filed the series is closed and
the menu offers nothing that would start another amendment."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QDialog

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.test_series_gui import confirmed, plain_paragraphs_written

__all__ = ["confirmed"]

STARTS = ("next_amendment", "extend", "results")


def test_nothing_starts_after_the_filed_final_amendment(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    answered_dialogs: list[str],
    confirmed: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    plain_paragraphs_written(window)
    assert all(window.actions_by_id[a].isEnabled() for a in STARTS)
    results = {"tendered": 1200000, "accepted": 1150000, "issued": 575000}
    window.amendment_menu.results({**results, "grant_date": "2026-05-26"})
    wait_items(qtbot, window, 0)
    data = dict(window.session.filing_data or {})
    data["amendment"] = {**data["amendment"], "date": "2026-05-26"}
    window.session.set_filing_data(data)
    window.session.refresh_checks()
    # while the results are a draft they may be drafted again, and nothing may follow them
    assert window.actions_by_id["results"].isEnabled()
    assert not window.actions_by_id["next_amendment"].isEnabled()
    assert not window.actions_by_id["extend"].isEnabled()
    window.actions_by_id["mark_filed"].trigger()
    assert window.session.locked, answered_dialogs
    assert not any(window.actions_by_id[a].isEnabled() for a in STARTS)
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or 0)
    for action in STARTS:
        window.actions_by_id[action].trigger()
    assert not opened
    assert window.actions_by_id["history"].isEnabled()
