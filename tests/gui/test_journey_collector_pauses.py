"""Python's cycle collector runs only on the window's thread, and never makes a full pass
while counsel types: a full pass stops every thread, the window's too, for 40-90 ms on a
300-page offer, a stall felt mid-word. Its full passes come once counsel pauses; the young
passes go on at Python's pace. A pass on a drafting thread would delete there whatever Qt
objects of the window's thread it found unreachable (gui/collector.py). Observed by the
collector's own callbacks (which generation it walked, from which thread), never timed."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_in_text, pause, type_keys
from tests.hostile.documents import SAMPLE_FILING

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import corpus

PAGES = 300  # each draft makes enough objects for the collector's older generations
# a word, a pause shorter than the debounce, a correction: drafts finish between the keys
TYPED = " and the Company may amend these terms\b\b\b\bterms at any time"


@pytest.fixture
def passes() -> Iterator[list[tuple[int, str]]]:
    """Each pass the collector makes: the generation it walked, and the thread it ran on."""
    seen: list[tuple[int, str]] = []

    def record(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append((info["generation"], threading.current_thread().name))

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


def _open_and_type(window: MainWindow, qtbot, tmp_path: Path, passes: list) -> list:  # type: ignore[no-untyped-def]
    original = tmp_path / "offer.txt"
    corpus.samples.render_txt(corpus.big_units(PAGES), original)
    window.open_documents(original, None, SAMPLE_FILING)  # checked and previewed as well
    wait_items(qtbot, window, 0)
    qtbot.waitUntil(lambda: window.session.speller is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.session.checked and not window.session.busy(), timeout=30000)
    pane = window.workspace.draft_pane
    click_in_text(pane, "To validly tender your Eligible Options")
    passes.clear()
    type_keys(pane, TYPED)
    while_typing = list(passes)
    wait_items(qtbot, window)
    assert any("terms at any time" in item.new_text for item in window.session.items)
    return while_typing


def test_no_full_pass_while_counsel_types(
    qtbot, window: MainWindow, tmp_path: Path, passes
) -> None:  # type: ignore[no-untyped-def]
    while_typing = _open_and_type(window, qtbot, tmp_path, passes)
    assert [g for g, _ in while_typing if g == 0], "the young objects were never collected"
    threads = {thread for _, thread in while_typing}
    assert threads == {threading.main_thread().name}, f"passes on {threads}"
    full = [thread for generation, thread in while_typing if generation == 2]
    assert full == [], f"full passes while typing, on {full}"


def test_a_full_pass_follows_a_pause_and_pythons_passes_are_given_back(
    qtbot, tmp_path: Path, passes
) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui.app import make_app

    make_app([])
    before = gc.isenabled()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    _open_and_type(window, qtbot, tmp_path, passes)
    collector = window.session.collector
    made = collector.full_passes
    passes.clear()
    qtbot.waitUntil(lambda: collector.full_passes > made, timeout=15000)
    pause(50)
    assert (2, threading.main_thread().name) in passes  # on the window's own thread, at rest
    window.session.undo_stack.setClean()
    window.close()
    assert gc.isenabled() == before
