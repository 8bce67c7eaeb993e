"""Replace All without Match case, as Word does it: each match keeps its own capitals (a
cover line in capitals stays in capitals, a defined term keeps its capital)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.test_journey_find_replace import find_and_replace

HOLDERS = Path(__file__).parent.parent / "data" / "holders-notes"


@pytest.mark.parametrize("term", ["Notes", "NOTES", "notes"])
def test_replace_all_keeps_each_matchs_capitals(qtbot, window: MainWindow, term: str) -> None:  # type: ignore[no-untyped-def]
    """However counsel typed the term, what was found in capitals is replaced in capitals."""
    window.open_documents(HOLDERS / "orig.txt", HOLDERS / "rev.txt", HOLDERS / "filing.toml")
    wait_items(qtbot, window, 5)
    bar = find_and_replace(qtbot, window, term, "Securities")
    assert not bar.match_case.isChecked()
    text = window.workspace.draft_pane.toPlainText()
    assert "6.25% SENIOR SECURITIES DUE 2031" in text
    assert "6.25% Senior Securities due 2031" in text
    assert "amount of Securities validly tendered" in text
    assert "Notes" not in text and "NOTES" not in text
    wait_items(qtbot, window)  # the items follow the draft before the window closes
    qtbot.waitUntil(lambda: window.session.checked, timeout=30000)
