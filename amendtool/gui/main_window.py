"""The main window: menus, the first step, files, saving and export around the workspace.

Startup matters to someone who opens this many times a day, so the window is built in two
steps: this shell (menus, welcome page, status bar), shown at once; then, after its first
frame, the workspace (panes, navigator, items, checks, preview; see gui/workspace.py) and
the engine behind it. Nothing imported here at module level may pull in the core or the
`Qt` namespace, whose first use alone costs about as much as a bare window takes to show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from amendtool import APP_DISPLAY_NAME, __version__
from amendtool.gui import everyday, settings
from amendtool.gui.actions import ACTIONS, build_actions, update_enabled
from amendtool.gui.autosave import Autosaver
from amendtool.gui.counsel_files import RecentFiles
from amendtool.gui.file_drop import (
    WINDOW_TAKES,
    FileDropTarget,
    accept_file_drops,
    ask_how_to_open,
    decline_files_in,
    open_dropped,
    refused_words,
)
from amendtool.gui.screen_fit import available, fit
from amendtool.gui.series_menu import AmendmentMenu
from amendtool.gui.session import Session
from amendtool.gui.welcome_page import build_welcome
from amendtool.gui.window_opening import WindowOpening

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from amendtool.gui.review_window import ReviewWindow
    from amendtool.gui.workspace import Workspace

ERROR = "error"
LICENCES = (
    "Qt and PySide6: LGPL v3 · python-docx: MIT · lxml: BSD · diff-match-patch: Apache 2.0 · "
    "holidays: MIT · tzdata: Apache 2.0 · tomli-w: MIT"
)


class MainWindow(FileDropTarget, WindowOpening):
    welcome: QWidget  # the first page, then the workspace, in `stack` (see gui/welcome_page.py)
    stack: QStackedWidget
    central_column: QVBoxLayout

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = Session(self)
        self._workspace: Workspace | None = None
        self._painted = False
        self._waiting: list[Callable[[], object]] = []
        self.actions_by_id = build_actions(self)
        self.menus: dict[str, QMenu] = {}
        build_welcome(self)
        self._build_menus()
        self.toolbar = everyday.build_toolbar(self)
        self._connect()
        self.amendment_menu = AmendmentMenu(self)
        self.autosave = QTimer(self)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start(max(settings.get(settings.AUTOSAVE_SECONDS), 2) * 1000)
        self.autosaver = Autosaver(self)
        accept_file_drops(self)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy_bar)
        # the item and error counts stay when a passing message or a hovered tab clears the bar
        self.counts = QLabel()
        self.counts.setObjectName("statusCounts")
        self.statusBar().addWidget(self.counts, 1)
        self.note = QLabel()  # a passing message that hovering a menu or a tool does not wipe
        self.note.setObjectName("statusNote")
        self.note.setVisible(False)
        self.statusBar().addPermanentWidget(self.note)
        self.note_ends = QTimer(self)
        self.note_ends.setSingleShot(True)
        self.note_ends.timeout.connect(lambda: self.note.setVisible(False))
        small = available(self).width() <= 1600
        fit(self, 1.0 if small else 0.9, 1.0 if small else 0.9, settings.GEOMETRY)
        self._refresh_title()
        update_enabled(self.actions_by_id, False)
        self.show_status()

    # --- construction -----------------------------------------------------------------------
    @property
    def workspace(self) -> Workspace:
        """The editing widgets, built on first need if the first frame has not come yet."""
        if self._workspace is None:
            from amendtool.gui.workspace import Workspace

            self._workspace = Workspace(self)
            decline_files_in(self)  # its fields pass files on to the window
        return self._workspace

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_frame)

    def when_shown(self, start: Callable[[], object]) -> None:
        """Run `start` once the first frame is on screen: background work started sooner
        competes with the first paint for the interpreter and delays it."""
        if self._painted or not self.isVisible():
            start()
        else:
            self._waiting.append(start)

    def _after_first_frame(self) -> None:
        waiting, self._waiting = self._waiting, []
        for start in waiting:
            start()
        self.workspace  # noqa: B018 -- built now, while the user takes in the window

    def _build_menus(self) -> None:
        for spec in ACTIONS:
            if spec.menu not in self.menus:
                self.menus[spec.menu] = self.menuBar().addMenu(f"&{spec.menu}")
            self.menus[spec.menu].addAction(self.actions_by_id[spec.id])
        self.recent = RecentFiles(self)
        self.recent_menu = self.recent.menu

    def _connect(self) -> None:
        a = self.actions_by_id
        a["new"].triggered.connect(self.new_project)
        a["open"].triggered.connect(self.open_project_dialog)
        a["load_revised"].triggered.connect(self.load_revised_dialog)
        a["save"].triggered.connect(self.save)
        a["save_as"].triggered.connect(self.save_as)
        a["export"].triggered.connect(self.export)
        a["quit"].triggered.connect(self.close)
        a["undo"].triggered.connect(self.session.undo_stack.undo)
        a["redo"].triggered.connect(self.session.undo_stack.redo)
        a["filing"].triggered.connect(self.edit_filing)
        a["preferences"].triggered.connect(self.preferences)
        a["print"].triggered.connect(lambda: everyday.print_document(self))
        a["export_pdf"].triggered.connect(lambda: everyday.export_pdf(self))
        a["help"].triggered.connect(lambda: everyday.show_help(self))
        a["review"].triggered.connect(self.review)
        a["about"].triggered.connect(self.about)
        stack = self.session.undo_stack
        stack.canUndoChanged.connect(a["undo"].setEnabled)
        stack.canRedoChanged.connect(a["redo"].setEnabled)
        # guarded: the stack outlives the window by a moment as the app ends and is deleted
        stack.cleanChanged.connect(lambda clean: self._title_if_alive())
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        s = self.session
        s.loaded.connect(self._loaded)
        s.pathChanged.connect(self._refresh_title)
        s.busyChanged.connect(self._busy_changed)

    def _title_if_alive(self) -> None:
        if isValid(self):
            self._refresh_title()

    def _busy_changed(self, busy: bool) -> None:
        if isValid(self) and isValid(self.counts):
            self.counts.setText("Updating items…" if busy else self._status_text())

    drop_suffixes = WINDOW_TAKES

    def take_files(self, paths: list[Path]) -> None:
        self.open_dropped(paths)

    def refuse_files(self, paths: list[Path]) -> None:
        self.statusBar().showMessage(refused_words(paths), 8000)  # said while it is dragged

    def open_dropped(self, paths: list[Path]) -> None:
        open_dropped(self, paths)

    def ask_how_to_open(self, path: Path) -> str | None:
        return ask_how_to_open(self, path)

    def keep_note(self, text: str, ms: int = 0) -> None:
        """Say `text` in the status bar, kept for `ms` (0: until said again): what a drop
        opened and left out stays readable while its file is read, however the mouse moves
        (a menu or tool hovered clears the bar's passing message)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.note_ends.stop()
        if ms:
            self.note_ends.start(ms)

    def ask_original(self, first: Path, second: Path, guess: Path | None) -> Path | None:
        from amendtool.gui.dropped_pair import ask_original

        return ask_original(self, first, second, guess)

    # --- reacting ---------------------------------------------------------------------------
    def _loaded(self) -> None:
        self.workspace.show_loaded()
        s = self.session
        update_enabled(self.actions_by_id, True, s.locked, s.closed, s.final_drafted)

    def show_status(self) -> None:
        self.counts.setText(self._status_text())

    def _status_text(self) -> str:
        s = self.session
        if s.original is None:
            return "Open the offer document as filed to begin."
        errors = sum(1 for f in s.findings if f.severity == ERROR)
        from amendtool.gui.series_view import open_contents  # the engine loads after the window

        text = open_contents(s)  # the items, or the results a final amendment reports
        if s.draft_error:
            text += f" · {s.draft_error}"
        if errors:
            text += f" · {errors} check error(s)"
        if s.filing_problems:
            text += " · filing details need attention"
        return text

    def review(self) -> ReviewWindow | None:
        s = self.session
        s.wait_for_draft()
        if s.original is None:
            return None
        from amendtool.core.review import change_map
        from amendtool.gui.review_window import ReviewWindow

        ws = self.workspace

        def marks() -> tuple[list[str | None], list[str | None]]:
            """Each side's bullets, the draft's only while they are of the text reviewed."""
            bullets = ws.draft_pane.list_markers() if ws.marks_fit_text() else []
            return ws.original_pane.list_markers(), bullets

        fits = s.changes is not None and s.changes_for is s.items
        changes = s.changes if fits and s.changes else change_map(s.original, s.items)
        window = ReviewWindow(changes, s.items, self, marks)
        window.rejectRequested.connect(self.workspace.reject_item)
        window.zoomed.connect(self.workspace.apply_zoom)
        if (selected := ws.items_panel.current()) is not None:
            window.go(selected)  # Review opens at the item counsel is looking at

        def shown(index: int) -> None:
            """The item list selects the change Review shows (its row there may differ: the
            list may be drafted anew before Review is)."""
            if index < len(window.items) and (at := s.index_of(window.items[index])) is not None:
                ws.items_panel.select(at)

        window.itemShown.connect(shown)

        def refresh() -> None:
            if s.changes is not None and s.changes_for is s.items:
                window.refresh(s.changes, s.items, marks)

        s.marksChanged.connect(refresh)
        window.finished.connect(lambda: s.marksChanged.disconnect(refresh))
        window.show()
        return window

    # --- dialogs ----------------------------------------------------------------------------
    def preferences(self) -> None:
        everyday.preferences(self)

    def about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_DISPLAY_NAME}",
            f"<h3>{APP_DISPLAY_NAME} {__version__}</h3><p>Schedule TO amendments "
            f"and their notices from a revised offer document (an Offer to Exchange or "
            f"an Offer to Purchase).</p>"
            f"<p><small>{LICENCES}</small></p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.autosave.stop()  # nothing of the window's work is written after it has gone
        self.end_jobs()
        self.autosaver.remove_files()
        self.autosaver.files.let_go(self.recovery_path())
        self.autosaver.files.let_go_all(delete=False)  # a recovered copy: app.py decides
        settings.put(settings.GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        if self._workspace is not None:
            self._workspace.save_state()
        # the window goes: its undo stack, cleared as it is deleted, must not call back into it
        # (once: a window closed again, as a test or the system may, has nothing left to cut)
        if not self.property("closed"):
            self.session.undo_stack.cleanChanged.disconnect()
            self.setProperty("closed", True)
        event.accept()

    def _refresh_title(self) -> None:
        name = self.session.path.name if self.session.path else "Untitled"
        if self.session.original is None:
            name = "No amendment open"
        self.setWindowTitle(f"{name}[*] — {APP_DISPLAY_NAME}")
        self.setWindowModified(not self.session.undo_stack.isClean())
