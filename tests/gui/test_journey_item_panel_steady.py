"""The selected item's panel keeps still as counsel goes from item to item on a 1366×768
laptop: the Wording, Plain paragraph and New text tabs stay where they are whatever the
length of the item's class reason (a click aimed at a tab must land on it), and each wording
box shows six whole lines of its text, as the README says.

Run in its own process: the offscreen platform reads its screen size from a file at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.gui.test_journey_item_room import ROOT, revised_with_more_changes

MEASURE = r"""
import json, sys
from pathlib import Path
from amendtool.gui import settings
settings.use_folder(Path(sys.argv[1]))
from amendtool.gui.app import make_app, shutdown
from amendtool.gui.main_window import MainWindow
from PySide6.QtCore import QPoint
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

def whole_lines(box):
    # the lines of the box's text wholly inside its viewport
    box.setPlainText("\n".join(f"line {n}" for n in range(12)))
    QTest.qWait(50)
    height, offset = box.viewport().height(), box.contentOffset()
    block, count = box.firstVisibleBlock(), 0
    while block.isValid():
        rect = box.blockBoundingGeometry(block).translated(offset)
        if rect.top() >= 0 and rect.bottom() <= height:
            count += 1
        block = block.next()
    return count

tabs, reasons = set(), set()
for row in range(len(window.session.items)):
    panel.select(row)
    QTest.qWait(30)
    tabs.add(panel.tabs.mapTo(window, QPoint(0, 0)).y())
    reasons.add(panel.reason.fontMetrics().boundingRect(
        0, 0, panel.reason.width(), 10000, 0x1000, panel.reason.text()).height())
out = {
    "tab places": sorted(tabs),
    "reason heights": sorted(reasons),
    "filing lines": whole_lines(panel.filing),
    "notice lines": whole_lines(panel.notice),
    "boxes squeezed": any(b.height() < b.minimumHeight() for b in (panel.filing, panel.notice)),
}
print(json.dumps(out))
window.session.undo_stack.setClean()
window.close()
shutdown(app, window)
"""


@pytest.mark.parametrize("height", [768, 728])  # 728: a taskbar, or a window's title bar
def test_the_tabs_keep_their_place_and_the_boxes_show_six_lines(
    tmp_path: Path, height: int
) -> None:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
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
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(out["reason heights"]) > 1, out  # reasons of one line and of two
    assert len(out["tab places"]) == 1, out
    assert out["filing lines"] >= 6 and out["notice lines"] >= 6, out
    assert not out["boxes squeezed"], out
