"""The window is on screen before the engine and the editing widgets are loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from amendtool import APP_NAME, ORGANIZATION
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items

# what the shell may use of the core: the messages and how a file name is printed
_LIGHT_CORE = ("amendtool.core", "amendtool.core.errors", "amendtool.core.shown_names")

SHELL_ONLY = """
import json, sys
from amendtool.gui.app import make_app
from amendtool.gui.main_window import MainWindow
app = make_app([])
window = MainWindow()
print(json.dumps([a.text() for a in window.recent.menu.actions()]))
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("amendtool", "docx", "lxml")))))
"""


def test_the_window_shell_loads_no_engine_reader_or_editing_widgets(tmp_path: Path) -> None:
    """Counsel's own start: a fresh user folder holding one recent file in Open Recent."""
    recent = tmp_path / "offer.amend"
    recent.write_text("{}", encoding="utf-8")
    config = tmp_path / "config" / ORGANIZATION
    config.mkdir(parents=True)
    (config / f"{APP_NAME}.ini").write_text(
        f"[state]\nrecent_files={json.dumps(str(recent))}\n", encoding="utf-8"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SHELL_ONLY], capture_output=True, text=True, env=env, check=True
    )
    lines = result.stdout.strip().splitlines()
    recent_menu, loaded = json.loads(lines[-2]), json.loads(lines[-1])
    assert recent_menu and recent_menu[0].startswith("offer.amend")
    assert "amendtool.gui.main_window" in loaded
    heavy = [
        m
        for m in loaded
        if m.startswith(("docx", "lxml", "amendtool.io", "amendtool.gui.workspace"))
        or (m.startswith("amendtool.core") and m not in _LIGHT_CORE)
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
