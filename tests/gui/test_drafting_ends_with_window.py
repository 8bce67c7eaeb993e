"""Drafting and checking never outlive their window: closing it gives up the job running and
waits for it. A job that went on would hand its outcome to a deleted window, and take the
interpreter (and whatever it patched or counted) from whatever runs next."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from amendtool.core import drafting
from amendtool.gui import draft_job
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, pause, type_keys


class Run:
    def __init__(self) -> None:
        self.ended, self.stopped = threading.Event(), False


class SlowWork:
    """Work that runs until it is told to stop (or 2 s): a long offer's draft or checks."""

    def __init__(self) -> None:
        self.runs: list[Run] = []

    def run(self, stop: Callable[[], bool]) -> None:
        self.runs.append(run := Run())
        for _ in range(100):
            if stop():
                run.stopped = True
                break
            threading.Event().wait(0.02)
        run.ended.set()

    def running(self) -> bool:
        return bool(self.runs) and not self.runs[-1].ended.is_set()


def close_while(qtbot: Any, window: MainWindow, work: SlowWork) -> Run:
    """Counsel types a word; while its work runs, counsel closes the window (Discard)."""
    pane = window.workspace.draft_pane
    click_in_text(pane, "Halvorsen Networks, Inc. (")
    type_keys(pane, "The ")
    qtbot.waitUntil(work.running, timeout=10000)
    running = work.runs[-1]
    assert window.close()  # the unsaved edit is discarded (the dialog answers Discard)
    return running


def test_closing_the_window_gives_up_the_draft_running_and_waits_for_it(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    work = SlowWork()
    real = drafting.draft_items

    def slow(original, revised, filing, series, stop):  # type: ignore[no-untyped-def]
        work.run(stop)
        if stop():
            raise drafting.Abandoned
        return real(original, revised, filing, series, stop)

    monkeypatch.setattr(drafting, "draft_items", slow)
    running = close_while(qtbot, window, work)
    assert running.ended.is_set() and running.stopped  # given up, and over before the window went
    items = list(window.session.items)
    pause(100)  # its outcome, queued before it ended, is not handed to the closed window
    assert window.session.items == items and not window.session.busy()


def test_closing_the_window_gives_up_the_checks_running_and_waits_for_them(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_demo()
    wait_items(qtbot, window, 6)
    work = SlowWork()
    real = draft_job.review

    def slow(*args: Any, stop: Callable[[], bool], **kwargs: Any) -> draft_job.ReviewOutcome:
        work.run(stop)
        return real(*args, stop=stop, **kwargs)

    monkeypatch.setattr(draft_job, "review", slow)
    running = close_while(qtbot, window, work)
    assert running.ended.is_set() and running.stopped
    pause(100)
    assert not window.session.busy()


def test_closing_the_window_waits_for_the_plain_reading_it_started(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plain-English dictionary loads in a worker once the items are drafted: closing
    the window then waits for it, so it hands nothing to a window that has gone."""
    from amendtool.core import plain_english

    work = SlowWork()
    monkeypatch.setattr(plain_english, "warm_up", lambda: work.run(lambda: False))
    window.open_demo()
    qtbot.waitUntil(work.running, timeout=15000)
    running = work.runs[-1]
    assert window.close()
    assert running.ended.is_set()
