"""A long editing session keeps in memory only the work still running: every re-draft,
check and autosave copies the offer (a 300-page offer is tens of megabytes), and a job kept
after it has run would grow the app's memory with every pause in typing until it quits."""

from __future__ import annotations

import gc

from amendtool.gui.background import Job
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys
from tests.gui.test_journey_whole_document import ORIGINAL


def jobs_alive() -> int:
    """Drafts, checks, readings and autosaves still held by anything (the objects kept out
    of the collector's reach counted too)."""
    gc.unfreeze()
    gc.collect()
    return sum(isinstance(o, Job) for o in gc.get_objects())


def test_work_that_has_run_is_let_go_while_counsel_types(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.autosave.stop()  # the test autosaves at its own pauses
    window.open_documents(ORIGINAL, None, SAMPLES / "filing.toml")
    wait_items(qtbot, window, 0)
    before = jobs_alive()
    pane = window.workspace.draft_pane
    click_in_text(pane, "final and binding.")
    for word in (" Truly", " so", " and", " final", " again."):
        type_keys(pane, word, [60])  # a word, then a pause: a re-draft, its checks
        wait_items(qtbot, window)
        qtbot.waitUntil(lambda: window.session.checked, timeout=15000)
        window.write_recovery()  # and an autosave of each state
        qtbot.waitUntil(lambda: window.autosaver.job is None, timeout=15000)
    assert len(window.session.items) == 1
    # five re-drafts, their checks and five autosaves have run: only the latest draft and
    # its check are kept (by the session, as after opening)
    assert jobs_alive() <= before
