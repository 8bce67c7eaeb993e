"""Starts the desktop app: an empty window, the bundled demo, or a saved project."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import cast

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from amendtool import APP_DISPLAY_NAME, APP_NAME, ORGANIZATION, __version__
from amendtool.core.errors import shown_name
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
    """The window for a command line (see launch.py): the demo, a project or a document,
    or recovered work; all opened once the window is on screen, so that whatever goes
    wrong is a message over a usable window."""
    window = MainWindow()
    paths = [Path(a) for a in argv if not a.startswith("-")]

    def start() -> None:
        if "--self-test" in argv:
            window.open_demo()
        elif offer_recovery(window):
            return
        elif "--demo" in argv:
            window.open_demo()
        elif paths and paths[0].suffix.lower() == ".amend":
            window.open_project(paths[0])
        elif paths and paths[0].suffix.lower() == ".toml":
            _say_where_filing_details_go(window, paths[0])
        elif paths:
            window.open_documents(paths[0])

    QTimer.singleShot(0, start)
    return window


def _say_where_filing_details_go(window: MainWindow, path: Path) -> None:
    """Filing details given alone belong to an amendment not open yet: the window opens and
    says, in its own menus' words, how to bring them in."""
    QMessageBox.information(
        window,
        "Filing details",
        f"{shown_name(path.name)} holds filing details, which belong to an amendment. Open the "
        "original offer (File ▸ New from Original…), then import them (Edit ▸ Filing "
        "Details… ▸ Import filing.toml…) or drop the file on the window.",
    )


def offer_recovery(window: MainWindow) -> bool:
    """After a crash, offer the autosaved copies that were never saved or discarded; True
    when one was opened. The recovered copy is deleted once its work is saved, or when the
    window is closed and the work is let go; kept until then, in case of another crash."""
    from amendtool.gui.recovery_files import unclaimed

    files = window.autosaver.files
    for path in unclaimed(files):  # never a copy another window still holds
        answer = QMessageBox.question(
            window,
            "Recover unsaved work?",
            f"amendtool found unsaved work from an earlier session ({shown_name(path.name)}). "
            "Open it?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            window.open_project(path)
            if window.session.path != path.absolute():
                return False  # it could not be opened; the message said why
            window.session.path = None
            window.session.undo_stack.resetClean()
            _delete_when_settled(window, path)
            return True
        files.let_go(path)
    return False


def _delete_when_settled(window: MainWindow, recovered: Path) -> None:
    def saved() -> None:
        if window.session.path is not None and window.session.path != recovered:
            window.autosaver.files.let_go(recovered)

    window.session.pathChanged.connect(saved)
    window.recovered = recovered  # type: ignore[attr-defined]


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

    window = open_window(["--self-test"])
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
    install_error_handler(window)
    window.show()
    code = app.exec()
    recovered = getattr(window, "recovered", None)
    clean = window.session.undo_stack.isClean()  # read before the window and its stack go
    shutdown(app, window)
    if isinstance(recovered, Path) and clean:
        recovered.unlink(missing_ok=True)  # nothing of it was left unsaved
    return code


def install_error_handler(window: MainWindow) -> None:
    """An exception that escapes a slot is a defect: its details go to the log, the work is
    written to the recovery file, and counsel gets a message over a window that stays
    usable. Never a traceback, never a window that vanishes."""

    def handle(kind: type[BaseException], error: BaseException, trace: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        from amendtool.io.failure_reports import write_crash_log

        error.__traceback__ = trace  # type: ignore[assignment]
        log = write_crash_log(error, "the desktop app")
        try:
            window.write_recovery()
            kept = "Your work so far is kept in the recovery copy."
        except Exception:
            kept = "Save your work now (File > Save As)."
        where = f"The details are in {log}." if log else "The details could not be saved."
        QMessageBox.critical(
            window,
            APP_DISPLAY_NAME,
            f"amendtool met a problem it did not expect ({kind.__name__}). {kept} {where} "
            "Please send that file to support.",
        )

    sys.excepthook = handle
