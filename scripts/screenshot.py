"""Takes docs/screenshot.png: the real window on the demo, an item selected.

Xvfb :99 -screen 0 1500x950x24 & DISPLAY=:99 QT_QPA_PLATFORM=xcb python scripts/screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from amendtool.gui import settings
from amendtool.gui.app import make_app
from amendtool.gui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshot.png"


def main() -> int:
    settings.use_folder(Path(tempfile.mkdtemp()))
    app = make_app([])
    window = MainWindow()
    window.resize(1480, 900)
    window.show()
    window.open_demo()

    def shoot() -> None:
        window.session.wait_for_draft()
        window.workspace.items_panel.select(2)
        QApplication.processEvents()
        OUT.parent.mkdir(exist_ok=True)
        window.grab().save(str(OUT))
        print(f"wrote {OUT}: {len(window.session.items)} items")
        window.session.undo_stack.setClean()
        app.quit()

    QTimer.singleShot(2500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
