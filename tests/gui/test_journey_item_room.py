"""On a 1366×768 laptop counsel sees a page of items at once (at least six rows) while six
lines of each of the selected item's wordings, the filing's and the notice's, are on screen
beside them with the navigator, and the texts and the checks keep their room.

Each case runs in its own process: the offscreen platform reads its screen size from a
configuration file when the application starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[2]

MEASURE = r"""
import json, sys
from pathlib import Path
from amendtool.gui import settings
settings.use_folder(Path(sys.argv[1]))
from amendtool.gui.app import make_app, shutdown
from amendtool.gui.main_window import MainWindow
from PySide6.QtTest import QTest

app = make_app([])
window = MainWindow()
window.show()
samples = Path(sys.argv[3])
original, filing = samples / "offer-to-exchange.docx", samples / "filing.toml"
window.open_documents(original, Path(sys.argv[2]), filing)
for _ in range(600):
    if len(window.session.items) >= 10:
        break
    QTest.qWait(25)
window.session.wait_for_draft()
panel = window.workspace.items_panel
panel.select(3)
for _ in range(200):
    if panel.filing.toPlainText():
        break
    QTest.qWait(25)
QTest.qWait(100)
listing = panel.list
view = listing.viewport().rect()
rows = [listing.visualItemRect(listing.item(i)) for i in range(listing.count())]
whole = [r for r in rows if view.contains(r)]
def shown_lines(box):
    seen = box.visibleRegion().boundingRect().height() if box.isVisible() else 0
    return seen // box.fontMetrics().lineSpacing()
screen = window.screen().availableGeometry()
frame = window.frameGeometry()
out = {
    "items": listing.count(),
    "rows shown whole": len(whole),
    "filing lines shown": shown_lines(panel.filing),
    "filing text": panel.filing.toPlainText()[:40],
    "notice lines shown": shown_lines(panel.notice),
    "notice text": panel.notice.toPlainText()[:40],
    "navigator width": (
        window.workspace.navigator.width() if window.workspace.navigator.isVisible() else 0
    ),
    "items width": panel.width(),
    "draft lines shown": shown_lines(window.workspace.draft_pane),
    "checks height": window.workspace.checks.height() if window.workspace.checks.isVisible() else 0,
    "window inside screen": screen.contains(frame),
}
print(json.dumps(out))
window.session.undo_stack.setClean()
window.close()
shutdown(app, window)
"""


def revised_with_more_changes(path: Path) -> Path:
    """The sample's revision with a word changed in six more sections: twelve items."""
    word = docx.Document(str(SAMPLES / "offer-to-exchange-revised.docx"))
    changed, section = 0, ""
    for paragraph in word.paragraphs:
        text = paragraph.text
        if text[:3].rstrip(".").isdigit() and len(text) < 90:
            section = text
            continue
        if changed < 6 and section and len(text) > 160 and not section.startswith(("5", "7")):
            run = next(r for r in paragraph.runs if " the " in r.text)
            run.text = run.text.replace(" the ", " this ", 1)
            changed, section = changed + 1, ""
    assert changed == 6
    word.save(str(path))
    return path


def measure(tmp_path: Path, width: int, height: int) -> dict:  # type: ignore[type-arg]
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
    revised = revised_with_more_changes(tmp_path / "revised.docx")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tmp_path / "settings"), str(revised), str(SAMPLES)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("size", [(1366, 768), (1366, 728), (1920, 1080)])  # 728: a taskbar
def test_a_laptop_shows_a_page_of_items_with_the_wording(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    out = measure(tmp_path, *size)
    assert out["items"] >= 10, out
    # a page of items beside the navigator, and six lines of each wording counsel reads
    # and edits: the filing's and the notice's
    assert out["rows shown whole"] >= 6, out
    assert out["navigator width"] >= 200, out
    assert out["filing lines shown"] >= 6 and out["filing text"], out
    assert out["notice lines shown"] >= 6 and out["notice text"], out
    assert out["draft lines shown"] >= 15, out  # the texts keep their room
    assert out["checks height"] >= 60, out
    assert out["window inside screen"], out
