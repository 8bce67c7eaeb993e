"""A window closed without saving (counsel chose Discard) writes no recovery file after it
has gone: its autosave would otherwise leave a copy of the discarded work, which the next
start offers back as if the app had crashed, and a write still running as the window goes."""

from __future__ import annotations

from amendtool.gui import settings
from amendtool.gui.background import unfinished_jobs
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, pause, type_keys


def test_a_window_closed_unsaved_autosaves_nothing_afterwards(qtbot) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui.app import make_app

    make_app([])
    settings.put(settings.AUTOSAVE_SECONDS, 2)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_documents(SAMPLES / "offer-to-exchange.docx")
    wait_items(qtbot, window, 0)
    click_in_text(window.workspace.draft_pane, "final and binding.")
    type_keys(window.workspace.draft_pane, " Truly.")
    wait_items(qtbot, window)
    recovery = window.recovery_path()
    window.close()  # unsaved: counsel is asked, and chooses Discard (conftest)
    assert window.property("closed")
    pause(2600)  # longer than the autosave's period
    assert not recovery.exists(), "the discarded work was autosaved after the window closed"
    assert unfinished_jobs() == []
