"""The editing workspace: original | draft panes, section navigator, items, checks, preview.

The main window builds it once its first frame is painted (or sooner, when something needs
it), so the window appears before these widgets, and the engine behind them, are loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.draft_text import document_blocks, document_markers
from amendtool.gui import settings
from amendtool.gui.commands import MaterialityCommand, OverrideCommand, PlainCommand, RestyleCommand
from amendtool.gui.draft_pane import DraftPane
from amendtool.gui.find_and_zoom import FindAndZoom
from amendtool.gui.findings_lists import fill_checks, finding_item, new_checks_list
from amendtool.gui.items_panel import ItemsPanel
from amendtool.gui.panes import DocumentPane, titled
from amendtool.gui.preview_place import place_preview, show_preview
from amendtool.gui.room import arrange_docks
from amendtool.gui.section_navigator import (
    entry_block,
    fill_navigator,
    follow_pane,
    mark_navigator,
    new_navigator,
)
from amendtool.gui.series_view import SeriesList, show_series_state
from amendtool.gui.workspace_edits import DraftEditing
from amendtool.gui.workspace_items import ItemsFollowing

if TYPE_CHECKING:
    from amendtool.core.review import ChangeMap
    from amendtool.gui.main_window import MainWindow


class Workspace(ItemsFollowing, DraftEditing, FindAndZoom):
    """Everything counsel edits and reads once an amendment is open."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session
        self.changes: ChangeMap | None = None
        self._syncing = False
        self._touched: set[str] | None = None
        self._preview_shown: tuple[str, str] | None = None
        self._build_panes()
        self._build_docks()
        self._connect()
        if state := settings.get(settings.WINDOW_STATE):
            window.restoreState(state)
        if splitter := settings.get(settings.SPLITTER):
            self.splitter.restoreState(splitter)
        self.show_docks(self.session.original is not None)

    # --- construction -----------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.original_pane = DocumentPane("originalPane", editable=False)
        self.draft_pane = DraftPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("paneSplitter")
        left = titled("Original (as filed)", self.original_pane, margin=2)
        right = titled("Working draft (edit here)", self.draft_pane, margin=2)
        original_title, draft_title = left.findChild(QLabel), right.findChild(QLabel)
        assert original_title is not None and draft_title is not None
        self.original_title, self.draft_title = original_title, draft_title
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.window.stack.addWidget(self.splitter)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        self.window.menus["View"].addAction(dock.toggleViewAction())
        return dock

    def _build_docks(self) -> None:
        self.navigator = new_navigator()
        # the navigator: the project's amendments above the sections of the offer
        self.series_list = SeriesList()
        navigation = QWidget()
        column = QVBoxLayout(navigation)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel("<b>Amendments</b>"))
        column.addWidget(self.series_list)
        column.addWidget(QLabel("<b>Sections</b>"))
        column.addWidget(self.navigator)
        self.items_panel = ItemsPanel()
        self.checks = new_checks_list()
        self.preview = QTabWidget()
        self.preview.setObjectName("preview")
        self.filing_preview = QTextBrowser()
        self.notice_preview = QTextBrowser()
        self.preview.addTab(self.filing_preview, "Filing")
        self.preview.addTab(self.notice_preview, "Notice")
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.navigator_dock = self._dock("Navigator", "navigatorDock", navigation, left)
        self.items_dock = self._dock("Amendment items", "itemsDock", self.items_panel, right)
        self.checks_dock = self._dock("Checks", "checksDock", self.checks, bottom)
        self.preview_dock = self._dock("Preview", "previewDock", self.preview, right)
        self.window.tabifyDockWidget(self.items_dock, self.preview_dock)
        self.items_dock.raise_()
        arrange_docks(self.window, self.navigator_dock, self.items_dock, self.checks_dock)
        self.beside = QAction("Preview &Beside Items", self.window)
        self.beside.setObjectName("action_preview_beside")
        self.beside.setCheckable(True)
        self.beside.setChecked(settings.get(settings.PREVIEW_BESIDE))
        self.beside.toggled.connect(lambda beside: place_preview(self, beside))
        self.window.menus["View"].addAction(self.beside)
        place_preview(self, self.beside.isChecked())
        self._build_find_bar()
        self.apply_zoom()

    def _connect(self) -> None:
        a = self.window.actions_by_id
        a["find"].triggered.connect(self.find)
        a["replace"].triggered.connect(self.find)
        a["find_next"].triggered.connect(lambda: self.find_bar.step(1))
        a["find_previous"].triggered.connect(lambda: self.find_bar.step(-1))
        a["zoom_in"].triggered.connect(lambda: self.zoom(1))
        a["zoom_out"].triggered.connect(lambda: self.zoom(-1))
        a["zoom_reset"].triggered.connect(lambda: self.zoom(0))
        a["reject_change"].triggered.connect(
            lambda: (i := self.items_panel.current_item()) is not None and self.reject_item(i)
        )
        for pane in (self.original_pane, self.draft_pane):
            pane.zoomRequested.connect(self.zoom)
        a["toggle_heading"].triggered.connect(self.toggle_heading)
        a["next_change"].triggered.connect(lambda: self.step_change(1))
        a["previous_change"].triggered.connect(lambda: self.step_change(-1))
        a["check"].triggered.connect(self.show_findings)
        s = self.session
        stack = s.undo_stack
        s.itemsChanged.connect(self.items_changed)
        s.findingsChanged.connect(self.show_findings)
        s.filingChanged.connect(self.filing_changed)
        s.previewChanged.connect(lambda: show_preview(self))
        s.marksChanged.connect(self.marks_changed)
        self.preview_dock.visibilityChanged.connect(self._preview_shown_or_hidden)
        self.draft_pane.edited.connect(self._edited)
        self.draft_pane.restyled.connect(
            lambda change: self.session.undo_stack.push(RestyleCommand(self.draft_pane, change))
        )
        self.draft_pane.undoRequested.connect(a["undo"].trigger)
        self.draft_pane.redoRequested.connect(a["redo"].trigger)
        self.draft_pane.undo_actions = (a["undo"], a["redo"])
        self.items_panel.itemSelected.connect(self.show_item)
        self.items_panel.overrideRequested.connect(
            lambda i, f, n, visit: stack.push(OverrideCommand(s, i, f, n, visit))
        )
        self.items_panel.materialityRequested.connect(
            lambda i, v: stack.push(MaterialityCommand(s, i, v))
        )
        self.items_panel.plain.paragraphWritten.connect(
            lambda substance, text, visit: stack.push(PlainCommand(s, substance, text, visit))
        )
        s.typing_to_keep.append(self.items_panel.plain.commit)
        s.typing_to_keep.append(self.items_panel.keep_typed)
        self.items_panel.rejectRequested.connect(self.reject_item)
        self.checks.itemClicked.connect(self._finding_clicked)
        self.navigator.itemClicked.connect(self._navigate)
        self.series_list.historyRequested.connect(self.window.amendment_menu.show_history)
        self.original_pane.verticalScrollBar().valueChanged.connect(
            lambda: self._sync(self.original_pane, self.draft_pane)
        )
        self.draft_pane.verticalScrollBar().valueChanged.connect(
            lambda: self._sync(self.draft_pane, self.original_pane)
        )

    def save_state(self) -> None:
        """Docks and splitter as counsel left them, while an amendment was open (on the first
        page the docks are hidden, which is not a choice to remember)."""
        if self.session.original is None:
            return
        settings.put(settings.WINDOW_STATE, self.window.saveState())
        settings.put(settings.SPLITTER, self.splitter.saveState())

    # --- reacting ---------------------------------------------------------------------------
    def show_loaded(self) -> None:
        s = self.session
        assert s.original is not None and s.revised is not None
        self.original_pane.set_blocks(document_blocks(s.original), document_markers(s.original))
        self.draft_pane.set_blocks(document_blocks(s.revised), document_markers(s.revised))
        self.window.stack.setCurrentWidget(self.splitter)
        self.show_docks(True)
        if state := settings.get(settings.WINDOW_STATE):
            self.window.restoreState(state)  # a dock counsel closed stays closed
        self.items_panel.show_items(None, [])
        self._touched = None
        self._preview_shown = None
        self._show_series()
        self._build_navigator()
        self.items_changed()
        self.show_findings()
        show_preview(self)
        self.find_bar.refresh()  # a count of the last amendment's text is no count of this one
        self._start_spelling()

    def _start_spelling(self) -> None:
        """The word lists load in a worker; the underlines come when they are ready. The
        words of the original open are known as filed, whichever original that is."""
        if self.session.original is None:
            return
        from amendtool.gui.background import run_in_background
        from amendtool.gui.spelling import Speller, filed_words

        filed = filed_words(self.session.original)
        if (speller := getattr(self.draft_pane, "speller", None)) is not None:
            speller.set_filed(filed)
            self.draft_pane.highlighter.rehighlight()
            return

        original = self.session.original

        def done(speller: Speller | None, error: Exception | None) -> None:
            """The lists are the draft's whichever amendment is open by now, and taken once
            (a second load asked meanwhile would underline every word twice)."""
            if getattr(self.draft_pane, "speller", None) is not None:
                return
            if speller is not None and error is None:
                if (now := self.session.original) is not original and now is not None:
                    speller.set_filed(filed_words(now))  # another original opened meanwhile
                self.draft_pane.enable_spelling(speller)
                self.session.speller = speller  # the checks warn of the items' misspellings
                self.session.refresh_checks()
            self.window.show_status()

        def load() -> Speller:
            speller = Speller(settings.firm_word_list(), filed)
            speller.warm()  # the dictionary read here, not word by word as counsel types
            return speller

        run_in_background(self.window, "Loading the spelling list…", load, done)

    def show_docks(self, shown: bool) -> None:
        for dock in (self.navigator_dock, self.items_dock, self.checks_dock, self.preview_dock):
            dock.setVisible(shown)
        self.find_bar.set_available(shown)  # a find bar left open last time stays shut
        if shown:
            self.items_dock.raise_()

    # --- navigator and scrolling ------------------------------------------------------------
    def _show_series(self) -> None:
        """The series in the navigator; the panes titled for the amendment open."""
        titles = (self.original_title, self.draft_title)
        show_series_state(self.session, self.series_list, titles, self.draft_pane)

    def _build_navigator(self) -> None:
        fill_navigator(self.navigator, self.session.original)

    def _mark_navigator(self) -> None:
        self._touched = mark_navigator(self.navigator, self.session.items, self._touched)

    def _navigate(self, entry: QTreeWidgetItem) -> None:
        self.original_pane.scroll_to_block(entry_block(entry))

    def _sync(self, source: DocumentPane, target: DocumentPane) -> None:
        """Keep the panes on the same section and paragraph."""
        if self._syncing or self.session.original is None:
            return
        self._syncing = True
        try:
            follow_pane(source, target)
        finally:
            self._syncing = False

    # --- checks and preview -----------------------------------------------------------------
    def show_findings(self) -> None:
        """The findings, and what was not checked: a list is never green by omission, nor
        green of text other than the draft on screen."""
        fill_checks(self.checks, self.session, self.draft_unread())
        self.window.show_status()

    def _finding_clicked(self, entry: QListWidgetItem) -> None:
        if (index := finding_item(entry)) is not None:
            self.items_panel.select(index)

    def _preview_shown_or_hidden(self, shown: bool) -> None:
        if shown:
            show_preview(self)
