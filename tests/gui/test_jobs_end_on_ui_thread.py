"""Every job the window starts (a file read, a re-draft, its checks, an autosave) is let go
on the window's own thread, never on the pool thread that ran it. A job holds a Qt object
that belongs to the window's thread (the signal it hands back on); deleted from the pool's
thread while the window's thread hands its signal on, it corrupts memory, and the app
crashes later, somewhere else (in the cycle collector's next pass, as it was seen)."""

from __future__ import annotations

import threading
from collections import Counter

import pytest

from amendtool.gui import background
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, type_keys


@pytest.fixture
def let_go_on(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    """Each job let go: its kind and the thread it was let go on."""
    seen: Counter[tuple[str, str]] = Counter()

    def record(job: object) -> None:
        seen[(type(job).__name__, threading.current_thread().name)] += 1

    monkeypatch.setattr(background.Job, "__del__", record, raising=False)
    return seen


def test_jobs_are_let_go_on_the_windows_thread(
    qtbot, window: MainWindow, let_go_on: Counter[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    window.autosave.stop()  # the test autosaves at its own pauses
    window.open_documents(
        SAMPLES / "offer-to-exchange.docx",
        SAMPLES / "offer-to-exchange-revised.docx",
        SAMPLES / "filing.toml",
    )
    wait_items(qtbot, window)
    pane = window.workspace.draft_pane
    click_in_text(pane, "final and binding.")
    for word in (" Truly", " so", " and", " final", " again."):
        type_keys(pane, word, [60])  # a word, then a pause: a re-draft and its checks
        wait_items(qtbot, window)
        qtbot.waitUntil(lambda: window.session.checked, timeout=15000)
        window.write_recovery()  # and an autosave of each state
        qtbot.waitUntil(lambda: window.autosaver.job is None, timeout=15000)
    qtbot.wait(200)  # what the last jobs hand back is handed back
    kinds = {kind for kind, _ in let_go_on}
    assert {"DraftJob", "ReviewJob", "AutosaveJob"} <= kinds, let_go_on
    elsewhere = {key: n for key, n in let_go_on.items() if key[1] != "MainThread"}
    assert elsewhere == {}, f"let go on a pool thread: {elsewhere}"


def test_a_job_is_let_go_as_soon_as_it_has_handed_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Not at the collector's next full pass, which waits for counsel's pauses: a draft's
    job holds both documents, and one held until a pause is memory the typing pays for. The
    slot holds its job, as the window's do (the autosave's); nothing may make a loop of it."""
    import gc
    import weakref

    from PySide6.QtCore import QThreadPool

    job = background.Job()
    gone = weakref.ref(job)
    handed: list[bool] = []

    def done(job: background.Job = job) -> None:  # holds its job
        handed.append(job.finished.is_set() or True)

    background.when_done(job, done)
    was_enabled = gc.isenabled()
    gc.disable()  # only reference counts may let go of it
    try:
        background.start_job(QThreadPool.globalInstance(), job)
        del job, done
        qtbot.waitUntil(lambda: handed == [True], timeout=5000)
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    finally:
        if was_enabled:
            gc.enable()
