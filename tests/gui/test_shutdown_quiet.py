"""Counsel quits, or the window goes, while drafting, checks or a file read are still under
way: nothing is printed on the way out (no signal handed to a deleted window, no job handing
its outcome back on a signal already gone)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from amendtool.gui.main_window import MainWindow
from amendtool.resources import resource_path
from tests.gui.conftest import wait_items
from tests.gui.human import pause

SAMPLES = resource_path("samples")

ENDS_OPEN = """
import sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from amendtool.gui import settings
from amendtool.gui.app import make_app
from amendtool.gui.main_window import MainWindow

settings.use_folder(Path(sys.argv[1]))
app = make_app([])
window = MainWindow()
window.show()
window.open_documents(Path(sys.argv[2]), Path(sys.argv[3]))

def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

for _ in range(200):
    wait(int(sys.argv[4]))
    if window.session.original is not None:
        break
window.workspace.draft_pane.insertPlainText("Typed just before the end. ")
wait(150)
print("open", window.session.busy(), flush=True)
"""


@pytest.mark.parametrize("last_wait_ms", [20, 60])
def test_the_app_ending_with_the_window_open_and_work_running_prints_nothing(
    tmp_path: Path, last_wait_ms: int
) -> None:
    script = tmp_path / "ends_open.py"
    script.write_text(ENDS_OPEN, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    ran = subprocess.run(
        [
            sys.executable,
            str(script),
            str(tmp_path / "settings"),
            str(SAMPLES / "offer-to-exchange.docx"),
            str(SAMPLES / "offer-to-exchange-revised.docx"),
            str(last_wait_ms),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert ran.stdout.startswith("open"), ran.stderr
    said = [line for line in ran.stderr.splitlines() if "propagateSizeHints" not in line]
    assert said == []


def test_closing_a_window_with_work_in_flight_prints_nothing(
    qtbot, capfd: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    from amendtool.gui.app import make_app

    make_app([])
    window = MainWindow()
    window.show()
    window.open_documents(SAMPLES / "offer-to-exchange.docx")
    wait_items(qtbot, window, 0)
    window.load_revised(SAMPLES / "offer-to-exchange-revised.docx")  # read, then drafted
    pause(40)
    window.session.undo_stack.setClean()
    window.close()
    window.deleteLater()
    pause(300)
    said = [line for line in capfd.readouterr().err.splitlines() if "propagateSize" not in line]
    assert said == []
