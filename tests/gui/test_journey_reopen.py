"""A saved project opened again is drafted again from its texts at once: its items follow
the draft it holds (counsel's wording and classes kept on the items they were made for), and
the checks never say the items do not give the draft."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from amendtool.core.items import Materiality
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import choose_file, press

PAIR = (
    SAMPLES / "offer-to-exchange.docx",
    SAMPLES / "offer-to-exchange-revised.docx",
    SAMPLES / "filing.toml",
)


def saved_project(qtbot, window: MainWindow, path: Path) -> int:  # type: ignore[no-untyped-def]
    """The sample opened, item A worded and classed by counsel, saved: the item count."""
    window.open_documents(*PAIR)
    wait_items(qtbot, window)
    count = len(window.session.items)
    assert count
    first = window.session.items[0]
    window.workspace.items_panel.overrideRequested.emit(first, "Counsel's words for A.", None, -1)
    window.workspace.items_panel.materialityRequested.emit(first, Materiality.CLARIFYING.value)
    wait_items(qtbot, window, count)
    assert window._save_to(path)
    return count


def test_a_reopened_project_is_drafted_again_before_any_key(
    qtbot, window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "matter.amend"
    count = saved_project(qtbot, window, path)
    substance = window.session.items[0].substance()
    choose_file(monkeypatch, path)
    window.actions_by_id["open"].trigger()
    qtbot.waitUntil(lambda: window.session.path == path.absolute(), timeout=15000)
    wait_items(qtbot, window, count)
    qtbot.waitUntil(lambda: window.session.checked, timeout=15000)
    assert window.session.drafted_blocks is not None  # drafted from the texts just opened
    messages = [f.message for f in window.session.findings]
    assert not [m for m in messages if "do not give the working draft" in m], messages
    item = next(i for i in window.session.items if i.substance() == substance)
    assert item.filing_override == "Counsel's words for A."
    assert item.materiality is Materiality.CLARIFYING and item.counsel_materiality
    assert not window.session.undo_stack.count()  # opening is not an edit
    press(window.workspace.draft_pane, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.session.items[0].filing_override == "Counsel's words for A."
