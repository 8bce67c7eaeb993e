"""A revised file loaded (and the load undone or redone) is drafted as it lands: no pause in
typing is waited for, since no keys follow a whole document, so the items come sooner."""

from __future__ import annotations

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.test_journey_whole_document import (
    ORIGINAL,
    load_revised_by_menu,
)


def test_a_whole_document_is_drafted_as_it_lands(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL)
    wait_items(qtbot, window, 0)
    session, workspace = window.session, window.workspace
    started: list[bool] = []
    session.busyChanged.connect(lambda busy: started.append(busy))
    landed: list[bool] = []
    real = workspace.load_draft_text

    def load(blocks):  # type: ignore[no-untyped-def]
        started.clear()
        real(blocks)
        landed.append(True in started and not session.debounce.isActive())

    monkeypatch.setattr(workspace, "load_draft_text", load)
    load_revised_by_menu(qtbot, window, monkeypatch)
    assert landed == [True]
    wait_items(qtbot, window)
    drafted = list(session.items)
    assert drafted
    for action, count in (("undo", 0), ("redo", len(drafted))):
        started.clear()
        window.actions_by_id[action].trigger()
        assert True in started and not session.debounce.isActive(), action
        wait_items(qtbot, window, count)
    assert session.items == drafted
