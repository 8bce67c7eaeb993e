"""Starts the desktop app: an empty window, the bundled demo, or a saved project."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from amendtool import APP_DISPLAY_NAME, APP_NAME, ORGANIZATION, __version__
from amendtool.gui import settings
from amendtool.gui.main_window import MainWindow
from amendtool.resources import resource_path


def make_app(argv: list[str] | None = None) -> QApplication:
    # Drafting and checking run in Python worker threads; the UI thread waits for the
    # interpreter at most this long each time it needs it (the default, 5 ms, is felt when
    # a key press needs it several times).
    sys.setswitchinterval(0.001)
    app = cast(QApplication, QApplication.instance()) or QApplication([sys.argv[0], *(argv or [])])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "amendtool.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_window(argv: list[str]) -> MainWindow:
    window = MainWindow()
    if "--demo" in argv:
        window.open_demo()
    else:
        projects = [Path(a) for a in argv if a.endswith(".amend")]
        if projects:
            window.open_project(projects[0])
        else:
            offer_recovery(window)
    return window


def offer_recovery(window: MainWindow) -> None:
    """After a crash, offer the autosaved copies that were never saved or discarded."""
    for path in sorted(settings.recovery_folder().glob("*.amend")):
        answer = QMessageBox.question(
            window,
            "Recover unsaved work?",
            f"amendtool found unsaved work from an earlier session ({path.name}). Open it?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            window.open_project(path)
            window.session.path = None
            window.session.undo_stack.resetClean()
            return
        path.unlink(missing_ok=True)


def shutdown(app: QApplication, window: MainWindow) -> None:
    """Finish background work and delete the window while Qt is still whole: Python must
    not be left to tear Qt objects down in its own order at exit."""
    from PySide6.QtCore import QEvent

    window.session.wait_for_draft()
    QThreadPool.globalInstance().waitForDone(30000)
    app.processEvents()
    window.hide()
    window.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def self_test(app: QApplication) -> int:
    """`amendtool --self-test`: the demo in a window, proving Qt's plugins and the bundled
    resources are found (used on frozen builds)."""
    from PySide6.QtTest import QTest

    window = open_window(["--demo"])
    window.show()
    for _ in range(200):
        if window.session.items:
            break
        QTest.qWait(50)
    window.session.wait_for_draft()
    count = len(window.session.items)
    print(f"self-test: window shown on {app.platformName()}, {count} items on the demo")
    window.session.undo_stack.setClean()
    shutdown(app, window)
    return 0 if count else 1


def run_app(argv: list[str]) -> int:
    app = make_app(argv)
    if "--self-test" in argv:
        return self_test(app)
    window = open_window(argv)
    window.show()
    code = app.exec()
    shutdown(app, window)
    return code
