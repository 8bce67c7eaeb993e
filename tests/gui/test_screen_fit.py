"""Every window and dialog fits the screen it opens on: a 1366×768 laptop, and larger.

Each case runs in its own process, because the offscreen platform reads its screen size
from a configuration file when the application starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

MEASURE = r"""
import json, sys
from pathlib import Path
from amendtool.gui import settings
settings.use_folder(Path(sys.argv[1]))
from amendtool.gui.app import make_app, shutdown
from amendtool.gui.main_window import MainWindow
from PySide6.QtCore import QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = make_app([])
window = MainWindow()
window.show()
if sys.argv[2] != "-":
    w, h = (int(v) for v in sys.argv[2].split("x"))
    window.resize(w, h)
window.open_demo()
for _ in range(400):
    if window.session.items:
        break
    QTest.qWait(25)
window.session.wait_for_draft()
QTest.qWait(50)

def rect(widget):
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]

def frame(widget):
    g = widget.frameGeometry()
    return [g.x(), g.y(), g.width(), g.height()]

out = {"screen": None, "shown": {}}
area = window.screen().availableGeometry()
out["screen"] = [area.x(), area.y(), area.width(), area.height()]
out["shown"]["main window"] = frame(window)
out["shown"]["status bar"] = rect(window.statusBar())
out["shown"]["checks"] = rect(window.workspace.checks_dock)
out["shown"]["items"] = rect(window.workspace.items_dock)

from amendtool.gui.filing_form import FilingForm
form = FilingForm(window.session.filing_data, window)
form.show(); QTest.qWait(30)
out["shown"]["filing form"] = frame(form)
out["shown"]["filing form buttons"] = rect(form.button_box)
form.close()

review = window.review()
QTest.qWait(30)
out["shown"]["review window"] = frame(review)
review.close()

from amendtool.gui.export_dialog import ExportDialog
dialog = ExportDialog(window.session.amendment(), str(Path(sys.argv[1])), window)
dialog.show(); QTest.qWait(30)
out["shown"]["export dialog"] = frame(dialog)
dialog.close()
out["minimum"] = [window.minimumSizeHint().width(), window.minimumSizeHint().height()]
print(json.dumps(out))
window.session.undo_stack.setClean()
window.close()
shutdown(app, window)
"""


def measure(tmp_path: Path, width: int, height: int, settings: Path, size: str = "-") -> dict:  # type: ignore[type-arg]
    config = tmp_path / f"screen-{width}x{height}.json"
    screen = {
        "name": "laptop",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    config.write_text(json.dumps({"screens": [screen]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(settings), size],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def inside(rect: list[int], screen: list[int]) -> bool:
    x, y, w, h = rect
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


@pytest.mark.parametrize("size", [(1366, 768), (1366, 728), (1920, 1080)])  # 728: a taskbar
def test_every_window_fits_the_screen_on_first_start(tmp_path: Path, size: tuple[int, int]) -> None:
    out = measure(tmp_path, *size, settings=tmp_path / "settings")
    screen = out["screen"]
    for name, rect in out["shown"].items():
        assert inside(rect, screen), f"{name} {rect} is not inside the screen {screen}"
    assert out["minimum"][0] <= screen[2] and out["minimum"][1] <= screen[3]
    width, height = out["shown"]["main window"][2:]
    assert width >= 0.8 * screen[2] and height >= 0.8 * screen[3]  # it uses the screen


def test_a_size_saved_on_a_large_screen_is_clamped_on_a_laptop(tmp_path: Path) -> None:
    settings = tmp_path / "settings"
    big = measure(tmp_path, 2560, 1440, settings=settings, size="2400x1350")
    assert big["shown"]["main window"][2] >= 2000
    out = measure(tmp_path, 1366, 768, settings=settings)
    for name, rect in out["shown"].items():
        assert inside(rect, out["screen"]), f"{name} {rect} is not inside {out['screen']}"
