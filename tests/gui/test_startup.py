"""The window is on screen before the engine and the editing widgets are loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items

SHELL_ONLY = """
import json, sys
from amendtool.gui.app import make_app
from amendtool.gui.main_window import MainWindow
app = make_app([])
window = MainWindow()
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("amendtool", "docx", "lxml")))))
"""


def test_the_window_shell_loads_no_engine_reader_or_editing_widgets() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SHELL_ONLY], capture_output=True, text=True, env=env, check=True
    )
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert "amendtool.gui.main_window" in loaded
    heavy = [
        m
        for m in loaded
        if m.startswith(("docx", "lxml", "amendtool.io", "amendtool.gui.workspace"))
        or (m.startswith("amendtool.core") and m not in ("amendtool.core", "amendtool.core.errors"))
    ]
    assert heavy == []


def test_documents_opened_before_the_first_frame_load_once_it_is_painted(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_documents(
        SAMPLES / "offer-to-exchange.docx",
        SAMPLES / "offer-to-exchange-revised.docx",
        SAMPLES / "filing.toml",
    )
    assert window.session.original is None  # waiting for the first frame, not yet reading
    wait_items(qtbot, window, 6)
    assert window.stack.currentWidget() is window.workspace.splitter
    assert window.workspace.items_dock.isVisible()
    window.session.undo_stack.setClean()


def test_a_dock_counsel_closed_stays_closed_next_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.open_demo()
    wait_items(qtbot, first, 6)
    first.workspace.checks_dock.hide()
    first.session.undo_stack.setClean()
    first.close()

    second = MainWindow()
    qtbot.addWidget(second)
    second.show()
    assert not second.workspace.checks_dock.isVisible()  # the first page shows no docks
    second.open_demo()
    wait_items(qtbot, second, 6)
    assert second.workspace.items_dock.isVisible()
    assert not second.workspace.checks_dock.isVisible()
    second.session.undo_stack.setClean()
