"""The editing workspace: original | draft panes, section navigator, items, checks, preview.

The main window builds it once its first frame is painted (or sooner, when something needs
it), so the window appears before these widgets, and the engine behind them, are loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from amendtool.core.draft_text import document_blocks, document_markers
from amendtool.core.filing_labels import labelled
from amendtool.core.outline import page_range
from amendtool.gui import settings
from amendtool.gui.commands import (
    DraftEditCommand,
    MaterialityCommand,
    OverrideCommand,
    PlainCommand,
    RestyleCommand,
)
from amendtool.gui.draft_pane import DraftPane
from amendtool.gui.items_panel import ItemsPanel
from amendtool.gui.panes import DocumentPane, titled
from amendtool.gui.preview_place import place_preview, preview_browser, raise_preview, show_preview
from amendtool.gui.room import arrange_docks
from amendtool.gui.series_view import SeriesList, show_series_state

if TYPE_CHECKING:
    from amendtool.core.review import ChangeMap
    from amendtool.gui.main_window import MainWindow


class Workspace:
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
        self.navigator = QTreeWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setHeaderLabels(["Section", "Pages"])
        # names take the room there is and are cut at the end only when there is none
        self.navigator.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.navigator.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.navigator.setRootIsDecorated(False)
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
        from amendtool.gui.find_bar import FindBar

        self.find_bar = FindBar(
            {
                "Draft": lambda: self.draft_pane,
                "Original": lambda: self.original_pane,
                "Items": lambda: self.items_panel.list,
                "Preview": lambda: preview_browser(self),
            },
            self.window,
            {"Items": self.items_dock.raise_, "Preview": lambda: raise_preview(self)},
        )
        self.find_bar.replaceAllRequested.connect(self.replace_all)
        # across the foot of the window (the whole width, not the panes' share of it)
        self.find_toolbar = QToolBar("Find", self.window)
        self.find_toolbar.setObjectName("findToolbar")
        self.find_toolbar.setMovable(False)
        self.find_toolbar.addWidget(self.find_bar)
        self.find_toolbar.toggleViewAction().setVisible(False)
        self.window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self.find_toolbar)
        self.find_bar.frame = self.find_toolbar
        self.find_toolbar.hide()
        self.apply_zoom()

    # --- zoom -------------------------------------------------------------------------------
    def zoom(self, step: int) -> None:
        """Both panes larger or smaller together (Ctrl+wheel, Ctrl +/−); 0: actual size."""
        zoom = settings.get(settings.ZOOM) + step if step else 0
        settings.put(settings.ZOOM, max(-6, min(zoom, 24)))
        self.apply_zoom()

    def apply_zoom(self) -> None:
        size = max(settings.get(settings.FONT_SIZE) + settings.get(settings.ZOOM), 5)
        family = settings.get(settings.FONT_FAMILY)
        panes = (self.original_pane, self.draft_pane)
        reading = [pane.reading_place() for pane in panes]  # kept in view at the new size
        self._syncing = True  # each pane keeps its own place; neither follows the other
        try:
            for pane, place in zip(panes, reading, strict=True):
                pane.set_text_font(family, size)
                pane.show_reading_place(place)
        finally:
            self._syncing = False

    # --- find -------------------------------------------------------------------------------
    def find(self) -> None:
        if self.session.original is None:
            return  # the first page: nothing to find
        focus = self.window.focusWidget()
        scope = {
            self.original_pane: "Original",
            self.draft_pane: "Draft",
            self.items_panel.list: "Items",
            self.filing_preview: "Preview",
            self.notice_preview: "Preview",
        }.get(focus)  # type: ignore[call-overload]
        self.find_bar.open_in(scope)

    def replace_all(self, term: str, replacement: str) -> None:
        """Every match in the draft replaced, each in the case of the words it replaces:
        one undoable step. Counsel is asked first when headings would change."""
        from amendtool.gui.find_replace import replaced_blocks

        blocks = self.draft_pane.blocks()
        changed = replaced_blocks(self.window, blocks, term, replacement, self.find_bar.options())
        if changed is None:
            return
        if splice := self.draft_pane.replace_blocks(changed):
            self._push(
                DraftEditCommand(self.draft_pane, splice, self._draft_changed, "Replace All")
            )
        self.find_bar.search(reveal=False)

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
            lambda: (i := self.items_panel.current()) is not None and self.reject_item(i)
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
        """The word lists load in a worker; the underlines come when they are ready."""
        if getattr(self.draft_pane, "speller", None) is not None or self.session.original is None:
            return
        from amendtool.gui.background import run_in_background
        from amendtool.gui.spelling import WORD, Speller

        filed = {w for p in self.session.original.paragraphs() for w in WORD.findall(p.text)}

        def done(speller: Speller | None, error: Exception | None) -> None:
            if speller is not None and error is None:
                self.draft_pane.enable_spelling(speller)
            self.window.show_status()

        run_in_background(
            self.window,
            "Loading the spelling list…",
            lambda: Speller(settings.user_file("firm-words.txt"), filed),
            done,
        )

    def show_docks(self, shown: bool) -> None:
        for dock in (self.navigator_dock, self.items_dock, self.checks_dock, self.preview_dock):
            dock.setVisible(shown)
        self.find_bar.set_available(shown)  # a find bar left open last time stays shut
        if shown:
            self.items_dock.raise_()

    def load_draft_text(self, blocks: list) -> None:  # type: ignore[type-arg]
        """A revised file made elsewhere replaces the draft: one undo step, headings and all."""
        if splice := self.draft_pane.replace_blocks(blocks):
            self._push(
                DraftEditCommand(
                    self.draft_pane, splice, self._draft_changed, "Load revised file", True
                )
            )

    def reject_item(self, index: int) -> bool:
        """The draft gets back the original's text for item `index`: one undoable step."""
        from amendtool.core.items import letter
        from amendtool.gui.reject import rejected

        self.session.wait_for_draft()
        self.marks_changed()
        if self.changes is None or not 0 <= index < len(self.session.items):
            return False
        blocks = rejected(
            self.changes, index, self.draft_pane.blocks(), self.draft_pane.block_of_mark
        )
        splice = self.draft_pane.replace_blocks(blocks) if blocks is not None else None
        if splice is None:
            return False
        self._push(
            DraftEditCommand(
                self.draft_pane, splice, self._draft_changed, f"Reject change {letter(index)}"
            )
        )
        return True

    def toggle_heading(self) -> None:
        splice = self.draft_pane.toggle_heading()
        self._push(
            DraftEditCommand(self.draft_pane, splice, self._draft_changed, "Mark as heading")
        )

    def _edited(self, splice) -> None:  # type: ignore[no-untyped-def]
        self._push(DraftEditCommand(self.draft_pane, splice, self._draft_changed))

    def _push(self, command: DraftEditCommand) -> None:
        self.session.undo_stack.push(command)
        self._draft_changed()

    def _draft_changed(self) -> None:
        if self.session.original is not None:
            self.session.text_changed(self.draft_pane.blocks)

    def items_changed(self) -> None:
        """New items: the list follows (the marks in the panes a moment later, with the
        checks); the cursor, the selection, the scroll position and the focus stay where
        counsel left them."""
        s = self.session
        self.items_panel.show_items(s.amendment(), s.items)
        if s.original is not None:
            self._mark_navigator()
            self._show_series()
        if s.changes_for is s.items:
            self.marks_changed()
        self.window.show_status()

    def marks_changed(self) -> None:
        self.changes = self.session.changes
        self._paint_changes()

    def filing_changed(self) -> None:
        """Filing details entered or changed (or undone): the selected item's wording and the
        navigator's line for the amendment (its date) show them at once."""
        self.items_panel.show_items(self.session.amendment(), self.session.items)
        if self.session.original is not None:
            self._show_series()
        self.window.show_status()

    def _paint_changes(self) -> None:
        if self.changes is None:
            return
        current = self.items_panel.current()
        self.original_pane.show_marks(self.changes.original, "original", current)
        self.draft_pane.show_marks(self.changes.amended, "amended", current)

    def show_item(self, index: int) -> None:
        """Counsel asked for this item: both panes go to it."""
        if self.session.changes_for is not self.session.items:
            self.session.wait_for_draft()  # where it shows is being worked out
            self.changes = self.session.changes
            current = self.items_panel.current()  # the same item, perhaps in another row
            if current is None:
                return
            index = current
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
        current = self.items_panel.current()
        start = current if current is not None else -step
        self.items_panel.select((start + step) % count)

    # --- navigator and scrolling ------------------------------------------------------------
    def _show_series(self) -> None:
        """The series in the navigator; the panes titled for the amendment open."""
        titles = (self.original_title, self.draft_title)
        show_series_state(self.session, self.series_list, titles, self.draft_pane)

    def _build_navigator(self) -> None:
        self.navigator.clear()
        original = self.session.original
        if original is None:
            return
        block = 0
        for section in original.sections:
            pages = page_range(section) or ("cover" if section.kind.value == "front" else "")
            entry = QTreeWidgetItem([section.name, pages])
            entry.setToolTip(0, section.name)  # the whole name, wherever it is cut
            entry.setData(0, Qt.ItemDataRole.UserRole, block)
            entry.setData(1, Qt.ItemDataRole.UserRole, section.id)
            self.navigator.addTopLevelItem(entry)
            block += (1 if section.heading else 0) + len(section.paragraphs)

    def _mark_navigator(self) -> None:
        """A dot and bold for sections with items; only entries whose state changed are
        touched (this runs after every re-draft)."""
        touched = {i.locator.section_id for i in self.session.items}
        touched |= {s.id for i in self.session.items for s in i.renumbered}
        changed = touched ^ (self._touched or set()) if self._touched is not None else None
        self._touched = touched
        for index in range(self.navigator.topLevelItemCount()):
            entry = self.navigator.topLevelItem(index)
            if entry is None:
                continue
            section_id = entry.data(1, Qt.ItemDataRole.UserRole)
            if changed is not None and section_id not in changed:
                continue
            marked = section_id in touched
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

    # --- checks and preview -----------------------------------------------------------------
    def show_findings(self) -> None:
        """The findings, and what was not checked: a list is never green by omission."""
        s = self.session
        self.checks.clear()
        for line in coverage(s):
            entry = QListWidgetItem(line, self.checks)
            entry.setForeground(self.checks.palette().placeholderText())
        for problem in s.filing_problems:  # in the form's words ("CUSIP is required")
            QListWidgetItem(f"Filing details: {labelled(problem)[1]}", self.checks)
        if s.checked or s.findings:
            for finding in s.findings:
                entry = QListWidgetItem(f"{finding.severity}: {finding.message}", self.checks)
                entry.setData(Qt.ItemDataRole.UserRole, finding.item)
        if s.checked and not s.findings and s.filing is not None:
            QListWidgetItem(
                f"No problems found: {len(s.items)} item(s) checked against the draft, the "
                "notice and the offer's timing.",
                self.checks,
            )
        self.window.show_status()

    def _finding_clicked(self, entry: QListWidgetItem) -> None:
        index = entry.data(Qt.ItemDataRole.UserRole)
        if index is not None:
            self.items_panel.select(int(index))

    def _preview_shown_or_hidden(self, shown: bool) -> None:
        if shown:
            show_preview(self)


def coverage(session) -> list[str]:  # type: ignore[no-untyped-def]
    """What the checks could not look at, in counsel's words."""
    lines: list[str] = []
    if session.original is None:
        return lines
    if not session.checked:
        lines.append("Checking the items against the draft…")
    if session.filing_data is None:
        lines.append(
            "Filing details missing: timing and cover page not checked (Edit ▸ Filing Details)."
        )
    elif session.filing is None:
        lines.append("Filing details incomplete: timing and cover page not checked.")
    return lines


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
