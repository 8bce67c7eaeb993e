"""The main window: navigator, original | draft panes, items, checks and preview."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QTextDocument
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amendtool import APP_DISPLAY_NAME, __version__
from amendtool.core.draft_text import document_blocks
from amendtool.core.errors import AmendtoolError
from amendtool.core.outline import page_range
from amendtool.gui import settings
from amendtool.gui.actions import build_actions, update_enabled
from amendtool.gui.background import run_in_background
from amendtool.gui.commands import (
    FilingCommand,
    MaterialityCommand,
    OverrideCommand,
    TextEditCommand,
)
from amendtool.gui.items_panel import ItemsPanel
from amendtool.gui.panes import DocumentPane, DraftPane
from amendtool.gui.session import Session
from amendtool.resources import resource_path

if TYPE_CHECKING:
    from amendtool.core.review import ChangeMap
    from amendtool.gui.review_window import ReviewWindow

# The engine, the writers and the dialogs are imported where they are first used, so the
# window appears before they are loaded.
ERROR = "error"
OFFER_FILES = "Offer to Exchange (*.docx *.txt *.htm *.html);;All files (*)"

LICENCES = (
    "Qt and PySide6: LGPL v3 · python-docx: MIT · lxml: BSD · diff-match-patch: Apache 2.0 · "
    "holidays: MIT · tzdata: Apache 2.0 · tomli-w: MIT"
)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = Session(self)
        self.changes: ChangeMap | None = None
        self.current_item: int | None = None
        self._syncing = False
        self.actions_by_id = build_actions(self)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(300)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self._build_panes()
        self._build_docks()
        self._build_menus()
        self._connect()
        self.autosave = QTimer(self)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start(max(settings.get(settings.AUTOSAVE_SECONDS), 2) * 1000)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setVisible(False)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self.resize(QSize(1400, 860))
        self._restore_state()
        self._refresh_title()
        update_enabled(self.actions_by_id, False)
        self._show_docks(False)  # the first screen is the welcome page alone
        self.statusBar().showMessage(self._status_text())

    # --- construction -----------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.original_pane = DocumentPane("originalPane", editable=False)
        self.draft_pane = DraftPane()
        left = self._titled("Original (as filed)", self.original_pane)
        right = self._titled("Working draft (edit here)", self.draft_pane)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("paneSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.welcome = self._welcome()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.setCentralWidget(self.stack)

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(2, 2, 2, 2)
        label = QLabel(f"<b>{title}</b>")
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    def _welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome")
        layout = QVBoxLayout(page)
        layout.addStretch()
        text = QLabel(
            "<h2>Start an amendment</h2><p>Open the Offer to Exchange as filed (.docx, EDGAR "
            ".txt or .htm). Then edit the draft beside it, or load a revised file; each change "
            "becomes an amendment item with its wording.</p>"
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)
        for caption, slot in (
            ("Open the Original Offer to Exchange…", self.new_project),
            ("Open a Saved Project…", self.open_project_dialog),
            ("Try the Sample Offer", self.open_demo),
        ):
            button = QPushButton(caption)
            button.setMinimumHeight(34)
            button.setMinimumWidth(320)
            button.clicked.connect(slot)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        return page

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.navigator = QTreeWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setHeaderLabels(["Section", "Pages"])
        self.navigator.setColumnWidth(0, 250)
        self.navigator.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.navigator.setRootIsDecorated(False)
        self.items_panel = ItemsPanel()
        self.checks = QListWidget()
        self.checks.setObjectName("checksList")
        self.checks.setWordWrap(True)
        self.preview = QTabWidget()
        self.preview.setObjectName("preview")
        self.filing_preview = QTextBrowser()
        self.notice_preview = QTextBrowser()
        self.preview.addTab(self.filing_preview, "Filing")
        self.preview.addTab(self.notice_preview, "Notice")
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.navigator_dock = self._dock("Sections", "navigatorDock", self.navigator, left)
        self.items_dock = self._dock("Amendment items", "itemsDock", self.items_panel, right)
        self.checks_dock = self._dock("Checks", "checksDock", self.checks, bottom)
        self.preview_dock = self._dock("Preview", "previewDock", self.preview, right)
        self.tabifyDockWidget(self.items_dock, self.preview_dock)
        self.items_dock.raise_()
        self.resizeDocks(
            [self.navigator_dock, self.items_dock], [320, 430], Qt.Orientation.Horizontal
        )
        self.resizeDocks([self.checks_dock], [110], Qt.Orientation.Vertical)

    def _build_menus(self) -> None:
        menus: dict[str, object] = {}
        from amendtool.gui.actions import ACTIONS

        for spec in ACTIONS:
            if spec.menu not in menus:
                menus[spec.menu] = self.menuBar().addMenu(f"&{spec.menu}")
            menus[spec.menu].addAction(self.actions_by_id[spec.id])  # type: ignore[attr-defined]
        view = menus["View"]
        for dock in (self.navigator_dock, self.items_dock, self.checks_dock, self.preview_dock):
            view.addAction(dock.toggleViewAction())  # type: ignore[attr-defined]
        self.recent_menu = menus["File"].addMenu("Open &Recent")  # type: ignore[attr-defined]
        self._refresh_recent()

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
        a["find"].triggered.connect(self.find)
        a["toggle_heading"].triggered.connect(self.draft_pane.toggle_heading)
        a["filing"].triggered.connect(self.edit_filing)
        a["preferences"].triggered.connect(self.preferences)
        a["next_change"].triggered.connect(lambda: self.step_change(1))
        a["previous_change"].triggered.connect(lambda: self.step_change(-1))
        a["check"].triggered.connect(self._show_findings)
        a["review"].triggered.connect(self.review)
        a["about"].triggered.connect(self.about)
        stack = self.session.undo_stack
        stack.canUndoChanged.connect(a["undo"].setEnabled)
        stack.canRedoChanged.connect(a["redo"].setEnabled)
        stack.cleanChanged.connect(lambda clean: self._refresh_title())
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        s = self.session
        s.loaded.connect(self._loaded)
        s.itemsChanged.connect(self._items_changed)
        s.findingsChanged.connect(self._show_findings)
        s.filingChanged.connect(self.preview_timer.start)
        s.pathChanged.connect(self._refresh_title)
        s.busyChanged.connect(
            lambda busy: self.statusBar().showMessage(
                "Updating items…" if busy else self._status_text()
            )
        )
        self.draft_pane.document().undoCommandAdded.connect(self._text_edited)
        self.draft_pane.textChanged.connect(self._draft_changed)
        self.items_panel.itemSelected.connect(self.show_item)
        self.items_panel.overrideRequested.connect(
            lambda i, f, n: stack.push(OverrideCommand(s, i, f, n))
        )
        self.items_panel.materialityRequested.connect(
            lambda i, v: stack.push(MaterialityCommand(s, i, v))
        )
        self.checks.itemClicked.connect(self._finding_clicked)
        self.navigator.itemClicked.connect(self._navigate)
        self.original_pane.verticalScrollBar().valueChanged.connect(
            lambda: self._sync(self.original_pane, self.draft_pane)
        )
        self.draft_pane.verticalScrollBar().valueChanged.connect(
            lambda: self._sync(self.draft_pane, self.original_pane)
        )

    # --- opening ----------------------------------------------------------------------------
    def open_demo(self) -> None:
        samples = resource_path("samples")
        self.open_documents(
            samples / "offer-to-exchange.docx",
            samples / "offer-to-exchange-revised.docx",
            samples / "filing.toml",
        )

    def open_documents(
        self, original: Path, revised: Path | None = None, filing: Path | None = None
    ) -> None:
        if not self.maybe_save():
            return

        from amendtool.core.filing import load_filing
        from amendtool.io.load import load_document

        def work():  # type: ignore[no-untyped-def]
            return (
                load_document(original),
                load_document(revised) if revised else None,
                load_filing(filing) if filing else None,
            )

        def done(result, error) -> None:  # type: ignore[no-untyped-def]
            if error is not None:
                return self._report(error)
            first, second, details = result
            self.session.open_documents(first, second, details)
            for notice in first.notices + (second.notices if second else []):
                self.statusBar().showMessage(notice, 8000)

        run_in_background(self, f"Reading {Path(original).name}…", work, done)

    def open_project(self, path: Path) -> None:
        if not self.maybe_save():
            return
        try:
            self.session.open_project(path)
        except AmendtoolError as exc:
            return self._report(exc)
        settings.remember_recent(path)
        self._refresh_recent()

    def _choose_file(self, title: str, kinds: str) -> Path | None:
        """A file from the open dialog, starting in (and remembering) the last folder."""
        path, _ = QFileDialog.getOpenFileName(
            self, title, settings.get(settings.LAST_FOLDER), kinds
        )
        if not path:
            return None
        settings.put(settings.LAST_FOLDER, str(Path(path).parent))
        return Path(path)

    def new_project(self) -> None:
        if path := self._choose_file("Open the Offer to Exchange as filed", OFFER_FILES):
            self.open_documents(path)

    def open_project_dialog(self) -> None:
        if path := self._choose_file("Open project", "amendtool projects (*.amend)"):
            self.open_project(path)

    def load_revised_dialog(self) -> None:
        if path := self._choose_file("Load a revised Offer to Exchange", OFFER_FILES):
            self.load_revised(path)

    def load_revised(self, path: Path) -> None:
        from amendtool.io.load import load_document

        def done(document, error) -> None:  # type: ignore[no-untyped-def]
            if error is not None:
                return self._report(error)
            cursor = self.draft_pane.textCursor()
            cursor.beginEditBlock()
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText("\n".join(b.text for b in document_blocks(document)))
            cursor.endEditBlock()
            self.draft_pane.set_heading_flags(document_blocks(document))

        run_in_background(self, f"Reading {path.name}…", lambda: load_document(path), done)

    # --- reacting ---------------------------------------------------------------------------
    def _loaded(self) -> None:
        s = self.session
        assert s.original is not None and s.revised is not None
        self.original_pane.set_blocks(document_blocks(s.original))
        self.draft_pane.set_blocks(document_blocks(s.revised))
        self.stack.setCurrentWidget(self.splitter)
        self._show_docks(True)
        self.current_item = None
        update_enabled(self.actions_by_id, True)
        self._build_navigator()
        self._items_changed()

    def _show_docks(self, shown: bool) -> None:
        for dock in (self.navigator_dock, self.items_dock, self.checks_dock, self.preview_dock):
            dock.setVisible(shown)
        if shown:
            self.items_dock.raise_()

    def _text_edited(self) -> None:
        self.session.undo_stack.push(
            TextEditCommand(self.draft_pane.document(), self.session, self._draft_changed)
        )

    def _draft_changed(self) -> None:
        if self.session.original is not None:
            self.session.text_changed(self.draft_pane.blocks)

    def _items_changed(self) -> None:
        s = self.session
        self.items_panel.show_items(s.amendment(), s.items)
        if s.original is not None:
            if s.changes is None:
                from amendtool.core.review import change_map

                s.changes = change_map(s.original, s.items)
            self.changes = s.changes
            self._paint_changes()
            self._mark_navigator()
        self.preview_timer.start()
        self.statusBar().showMessage(self._status_text())

    def _paint_changes(self) -> None:
        if self.changes is None:
            return
        self.original_pane.show_marks(self.changes.original, "original", self.current_item)
        self.draft_pane.show_marks(self.changes.amended, "amended", self.current_item)

    def _status_text(self) -> str:
        s = self.session
        if s.original is None:
            return "Open an Offer to Exchange to begin."
        errors = sum(1 for f in s.findings if f.severity == ERROR)
        text = f"{len(s.items)} items"
        if s.draft_error:
            text += f" · {s.draft_error}"
        if errors:
            text += f" · {errors} check error(s)"
        if s.filing_problems:
            text += " · filing details need attention"
        return text

    def show_item(self, index: int) -> None:
        self.current_item = index
        self._paint_changes()
        if self.changes is None:
            return
        left, right = self.changes.blocks_of(index)
        if left:
            self.original_pane.scroll_to_block(left[0])
        if right:
            self.draft_pane.scroll_to_block(self.draft_pane.block_of_mark(right[0]))

    def step_change(self, step: int) -> None:
        count = len(self.session.items)
        if not count:
            return
        current = self.current_item if self.current_item is not None else -step
        self.items_panel.select((current + step) % count)

    # --- navigator and scrolling ----------------------------------------------------------------
    def _build_navigator(self) -> None:
        self.navigator.clear()
        original = self.session.original
        if original is None:
            return
        block = 0
        for section in original.sections:
            entry = QTreeWidgetItem([section.name, page_range(section) or ""])
            entry.setData(0, Qt.ItemDataRole.UserRole, block)
            entry.setData(1, Qt.ItemDataRole.UserRole, section.id)
            self.navigator.addTopLevelItem(entry)
            block += (1 if section.heading else 0) + len(section.paragraphs)

    def _mark_navigator(self) -> None:
        touched = {i.locator.section_id for i in self.session.items}
        for index in range(self.navigator.topLevelItemCount()):
            entry = self.navigator.topLevelItem(index)
            marked = entry.data(1, Qt.ItemDataRole.UserRole) in touched
            font = entry.font(0)
            font.setBold(marked)
            entry.setFont(0, font)
            entry.setText(0, entry.text(0).lstrip("● ").strip())
            if marked:
                entry.setText(0, "● " + entry.text(0))

    def _navigate(self, entry: QTreeWidgetItem) -> None:
        block = entry.data(0, Qt.ItemDataRole.UserRole)
        self.original_pane.scroll_to_block(int(block))

    def _sync(self, source: DocumentPane, target: DocumentPane) -> None:
        """Keep the panes on the same section and paragraph."""
        if self._syncing or self.session.original is None:
            return
        self._syncing = True
        try:
            top = source.top_block()
            heading, offset = _nearest_heading(source.document(), top)
            number = _find_heading(target.document(), heading) if heading else 0
            target_block = min(number + offset, target.document().blockCount() - 1)
            block = target.document().findBlockByNumber(target_block)
            y = target.document().documentLayout().blockBoundingRect(block).top()
            target.verticalScrollBar().setValue(int(y))
        finally:
            self._syncing = False

    def review(self) -> ReviewWindow | None:
        s = self.session
        s.wait_for_draft()
        if s.original is None:
            return None
        from amendtool.core.review import change_map
        from amendtool.gui.review_window import ReviewWindow

        window = ReviewWindow(s.changes or change_map(s.original, s.items), s.items, self)
        window.show()
        return window

    # --- checks and preview -------------------------------------------------------------------
    def _show_findings(self) -> None:
        self.checks.clear()
        for problem in self.session.filing_problems:
            QListWidgetItem(f"filing details: {problem}", self.checks)
        for finding in self.session.findings:
            entry = QListWidgetItem(f"{finding.severity}: {finding.message}", self.checks)
            entry.setData(Qt.ItemDataRole.UserRole, finding.item)
        if not self.checks.count():
            QListWidgetItem("No problems found.", self.checks)
        self.statusBar().showMessage(self._status_text())

    def _finding_clicked(self, entry: QListWidgetItem) -> None:
        index = entry.data(Qt.ItemDataRole.UserRole)
        if index is not None:
            self.items_panel.select(int(index))

    def refresh_preview(self) -> None:
        from amendtool.core.filing_document import notice_blocks, schedule_to_blocks
        from amendtool.io.edgar_writer import blocks_to_html

        amendment = self.session.amendment()
        if amendment is None:
            message = "<p>Fill in the filing details (Edit ▸ Filing Details) to see the filing.</p>"
            self.filing_preview.setHtml(message)
            self.notice_preview.setHtml(message)
            return
        bar = self.filing_preview.verticalScrollBar().value()
        self.filing_preview.setHtml(blocks_to_html(schedule_to_blocks(amendment), "Filing"))
        self.notice_preview.setHtml(blocks_to_html(notice_blocks(amendment), "Notice"))
        self.filing_preview.verticalScrollBar().setValue(bar)

    # --- editing helpers -----------------------------------------------------------------------
    def find(self) -> None:
        text, ok = QInputDialog.getText(self, "Find", "Find in the draft:")
        if ok and text and not self.draft_pane.find(text):
            self.draft_pane.moveCursor(self.draft_pane.textCursor().MoveOperation.Start)
            if not self.draft_pane.find(text, QTextDocument.FindFlag(0)):
                self.statusBar().showMessage(f"“{text}” not found", 4000)

    def edit_filing(self) -> None:
        from amendtool.gui.filing_form import FilingForm

        form = FilingForm(self.session.filing_data, self)
        if form.exec():
            self.session.undo_stack.push(FilingCommand(self.session, form.data()))

    def preferences(self) -> None:
        value, ok = QInputDialog.getInt(
            self,
            "Preferences",
            "Autosave every (seconds):",
            settings.get(settings.AUTOSAVE_SECONDS),
            2,
            600,
        )
        if ok:
            settings.put(settings.AUTOSAVE_SECONDS, value)
            self.autosave.start(value * 1000)

    def about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_DISPLAY_NAME}",
            f"<h3>{APP_DISPLAY_NAME} {__version__}</h3><p>Schedule TO amendments "
            f"and employee notices from a revised Offer to Exchange.</p>"
            f"<p><small>{LICENCES}</small></p>",
        )

    # --- saving, export, recovery -----------------------------------------------------------------
    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(
            self, "Save project", "amendment.amend", "amendtool projects (*.amend)"
        )
        return self._save_to(Path(path)) if path else False

    def _save_to(self, path: Path) -> bool:
        self.session.wait_for_draft()
        try:
            self.session.save(path)
        except AmendtoolError as exc:
            self._report(exc)
            return False
        self.recovery_path().unlink(missing_ok=True)
        settings.remember_recent(path)
        self._refresh_recent()
        return True

    def recovery_path(self) -> Path:
        key = str(self.session.path or "untitled") + str(id(self))
        digest = hashlib.sha256(key.encode()).hexdigest()[:12]
        stem = self.session.path.stem if self.session.path else "untitled"
        return settings.recovery_folder() / f"{stem}-{digest}.amend"

    def write_recovery(self) -> None:
        if self.session.original is None or self.session.undo_stack.isClean():
            return
        try:
            self.session.write_recovery(self.recovery_path())
        except AmendtoolError as exc:
            self.statusBar().showMessage(f"Autosave failed: {exc}", 8000)

    def export(self) -> None:
        s = self.session
        s.wait_for_draft()
        if s.filing_problems or s.filing is None:
            problems = s.filing_problems or ["the filing details are missing"]
            QMessageBox.warning(
                self, "Export", "Fix the filing details first:\n\n• " + "\n• ".join(problems)
            )
            return
        errors = [f for f in s.findings if f.severity == ERROR]
        if errors:
            answer = QMessageBox.question(
                self,
                "Export despite problems?",
                "The checks found:\n\n• "
                + "\n• ".join(f.message for f in errors)
                + "\n\nExport anyway?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from amendtool.gui.export_dialog import ExportDialog

        amendment = s.amendment()
        assert amendment is not None
        folder = str(s.path.parent if s.path else Path.home())
        dialog = ExportDialog(amendment, folder, self)
        dialog.exec()

    def maybe_save(self) -> bool:
        if self.session.original is None or self.session.undo_stack.isClean():
            return True
        answer = QMessageBox.warning(
            self,
            "Unsaved changes",
            "Save the changes to this amendment first?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self.recovery_path().unlink(missing_ok=True)
        settings.put(settings.GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        settings.put(settings.SPLITTER, self.splitter.saveState())
        event.accept()

    def _restore_state(self) -> None:
        if geometry := settings.get(settings.GEOMETRY):
            self.restoreGeometry(geometry)
        if state := settings.get(settings.WINDOW_STATE):
            self.restoreState(state)
        if splitter := settings.get(settings.SPLITTER):
            self.splitter.restoreState(splitter)

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        for path in settings.get(settings.RECENT_FILES):
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(Path(p)))
        self.recent_menu.setEnabled(bool(settings.get(settings.RECENT_FILES)))

    def _refresh_title(self) -> None:
        name = self.session.path.name if self.session.path else "Untitled"
        if self.session.original is None:
            name = "No amendment open"
        self.setWindowTitle(f"{name}[*] — {APP_DISPLAY_NAME}")
        self.setWindowModified(not self.session.undo_stack.isClean())

    def _report(self, error: Exception) -> None:
        if isinstance(error, AmendtoolError):
            QMessageBox.warning(self, APP_DISPLAY_NAME, str(error))
        else:
            QMessageBox.critical(self, APP_DISPLAY_NAME, f"Unexpected problem: {error}")


def _nearest_heading(document: QTextDocument, number: int) -> tuple[str | None, int]:
    block = document.findBlockByNumber(number)
    offset = 0
    while block.isValid():
        if block.userState() == 1:
            return block.text(), offset
        block = block.previous()
        offset += 1
    return None, number


def _find_heading(document: QTextDocument, text: str) -> int:
    block = document.begin()
    while block.isValid():
        if block.userState() == 1 and block.text() == text:
            return block.blockNumber()
        block = block.next()
    return 0
