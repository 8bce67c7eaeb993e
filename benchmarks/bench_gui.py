"""Desktop responsiveness on the ~300-page offer, beside a bare PySide6 window in the same run.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui.py

Reports: launch to window shown (amendtool with the document vs. an empty QMainWindow, each a
fresh process), the longest UI-thread stall while typing in the draft, and the delay from the
last keystroke to the item list being current.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# Both programs stop the clock the same way: when the main window receives its first paint
# event, that is when the user first sees it. Loading the document goes on after that (in a
# worker) and is timed separately.
FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    at = 0.0

    def eventFilter(self, watched, event):
        if not self.at and event.type() == QEvent.Type.Paint:
            self.at = time.time()
        return False

watcher = FirstPaint()
"""

BARE = (
    FIRST_PAINT
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow(); window.installEventFilter(watcher)
window.resize(1400, 860); window.show()
while not watcher.at:
    app.processEvents()
print(watcher.at - float(sys.argv[1]))
"""
)

OURS = (
    FIRST_PAINT
    + """
from pathlib import Path
from amendtool.gui import settings
settings.use_folder(Path(sys.argv[4]))
from amendtool.gui.app import make_app, shutdown
from amendtool.gui.main_window import MainWindow
app = make_app([])
window = MainWindow(); window.installEventFilter(watcher)
window.show()
window.open_documents(Path(sys.argv[2]), Path(sys.argv[3]))
while not watcher.at:
    app.processEvents()
shown = watcher.at - float(sys.argv[1])
while window.session.original is None:
    app.processEvents()
    time.sleep(0.002)
text = time.time() - float(sys.argv[1])
window.session.wait_for_draft()
ready = time.time() - float(sys.argv[1])
print(shown, text, ready)
window.session.undo_stack.setClean()
shutdown(app, window)
"""
)


def launch(script: str, *args: str) -> list[float]:
    runs: list[list[float]] = []
    for _ in range(5):
        started = str(time.time())
        result = subprocess.run(
            [sys.executable, "-c", script, started, *args],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        if result.returncode != 0:
            raise SystemExit(result.stderr)
        runs.append([float(x) for x in result.stdout.strip().splitlines()[-1].split()])
    return min(runs)


def typing(files: dict[str, Path], settings_folder: Path) -> tuple[float, float, int]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest

    from amendtool.gui import settings
    from amendtool.gui.app import make_app
    from amendtool.gui.main_window import MainWindow

    settings.use_folder(settings_folder)
    app = make_app([])
    window = MainWindow()
    window.show()
    window.open_documents(files["docx"], files["revised_docx"])
    while window.session.original is None:
        app.processEvents()
    window.session.wait_for_draft()
    before = len(window.session.items)
    pane = window.workspace.draft_pane
    found = pane.document().find("Proper Tender of Options.")
    cursor = QTextCursor(found)
    cursor.clearSelection()
    pane.setTextCursor(cursor)
    pane.setFocus()

    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]
    worst = [0]

    def beat() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.timeout.connect(beat)
    heartbeat.start(2)
    for char in " Typed by counsel":
        QTest.keyClick(pane, char)
        QTest.qWait(60)
    typed_at = clock.elapsed()
    while True:
        QTest.qWait(2)
        session = window.session
        if (
            not session._running
            and not session.debounce.isActive()
            and session._pending_blocks is None
            and len(session.items) == before + 1
        ):
            break
        if clock.elapsed() - typed_at > 10000:
            break
    current_after = clock.elapsed() - typed_at
    heartbeat.stop()
    window.session.undo_stack.setClean()
    return worst[0] / 1000, current_after / 1000, len(window.session.items)


def main() -> int:
    import corpus

    folder = Path(tempfile.mkdtemp(prefix="amendtool-bench-"))
    files = corpus.write(folder)
    bare = launch(BARE)[0]
    shown, text, ready = launch(
        OURS, str(files["docx"]), str(files["revised_docx"]), str(folder / "s")
    )
    print(
        f"launch to window shown: {shown:.3f} s; bare PySide6 window {bare:.3f} s; ratio "
        f"{shown / bare:.2f}; 300-page original and draft in the panes {text:.2f} s, "
        f"items listed {ready:.2f} s"
    )
    stall, current, items = typing(files, folder / "s2")
    print(
        f"typing: longest UI-thread stall {stall * 1000:.0f} ms; item list current "
        f"{current * 1000:.0f} ms after the last key ({items} items)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
