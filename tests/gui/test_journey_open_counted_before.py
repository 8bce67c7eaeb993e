"""Counsel opens, in the window, a project an earlier version saved when it counted the
offer's sentences otherwise: the item is read again from the project's own texts with
counsel's class and wording, the status bar says so, and Checks finds no place that does
not resolve."""

from __future__ import annotations

from pathlib import Path

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_row
from tests.support.counted_before import WORDING, counted_before


def test_a_project_counted_before_opens_with_its_decisions(
    qtbot, window: MainWindow, example_filing_toml: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "counted-before.amend"
    counted_before(example_filing_toml, path)
    window.open_project(path)
    wait_items(qtbot, window, 1)
    assert "read again" in window.statusBar().currentMessage()
    [item] = window.session.items
    assert item.counsel_materiality and item.materiality.value == "consideration"
    panel = window.workspace.items_panel
    click_row(panel.list, 0)
    assert panel.filing.toPlainText() == WORDING
    assert panel.filing_label.text() == "Filing (counsel's):"
    qtbot.waitUntil(lambda: window.session.checked, timeout=30000)
    assert not [f for f in window.session.findings if f.code == "locator"]
