"""The open amendment: original, working draft, items and filing details, as Qt signals.

The one adapter between the core and the widgets: widgets ask it to change things and
listen to its signals; drafting runs off the UI thread.
"""

from __future__ import annotations

import atexit
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.checks import Finding
    from amendtool.core.draft_text import TextBlock
    from amendtool.core.filing import FilingDetails
    from amendtool.core.items import AmendmentItem
    from amendtool.core.model import Document
    from amendtool.core.review import ChangeMap
    from amendtool.gui.draft_job import DraftOutcome
    from amendtool.io.project_file import Project

# The core is imported on first use (in the worker or when a project opens), so that the
# window shows before it is loaded.


def _drain_pool() -> None:
    """Background jobs end, and their queued signals are delivered, before the interpreter
    shuts down (PySide6 crashes otherwise)."""
    from PySide6.QtCore import QCoreApplication

    QThreadPool.globalInstance().waitForDone(30000)
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()


atexit.register(_drain_pool)


class Session(QObject):
    """One open amendment project."""

    loaded = Signal()  # a new original/draft: panes reload their text
    itemsChanged = Signal()
    findingsChanged = Signal()
    filingChanged = Signal()
    pathChanged = Signal()
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.original: Document | None = None
        self.revised: Document | None = None
        self.items: list[AmendmentItem] = []
        self.notes: list[str] = []
        self.findings: list[Finding] = []
        self.changes: ChangeMap | None = None  # where each item shows, made with the items
        self.filing: FilingDetails | None = None
        self.filing_data: dict[str, Any] | None = None
        self.filing_problems: list[str] = []
        self.path: Path | None = None
        self.undo_stack = QUndoStack(self)
        self.draft_error: str | None = None
        self._generation = 0
        self._pending_blocks: list[TextBlock] | None = None
        self._blocks_source: Callable[[], list[TextBlock]] = list
        self._dirty = False
        self._running = False
        self.pool = QThreadPool.globalInstance()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(100)
        self.debounce.timeout.connect(self._start_draft)

    # --- loading ------------------------------------------------------------------------
    def open_documents(
        self, original: Document, revised: Document | None, filing: FilingDetails | None
    ) -> None:
        from amendtool.core.draft_text import document_blocks
        from amendtool.io.project_file import jsonable

        self.original = original
        self.revised = revised or original
        self._take_filing(jsonable(filing.to_toml_dict()) if filing else None)
        self.path = None
        self.items, self.notes = [], []
        self.undo_stack.clear()
        self.loaded.emit()
        self.pathChanged.emit()
        self.filingChanged.emit()
        self.redraft_now(document_blocks(self.revised))

    def open_project(self, path: Path) -> None:
        from amendtool.core.review import change_map
        from amendtool.io.project_file import load_project

        project = load_project(path)
        self.original, self.revised = project.original, project.revised
        self.items, self.notes = project.items, project.notes
        self.changes = change_map(project.original, project.items)
        self._take_filing(project.filing_data)
        self.path = path
        self.undo_stack.clear()
        self.loaded.emit()
        self.pathChanged.emit()
        self.filingChanged.emit()
        self.itemsChanged.emit()
        self._refresh_findings()

    def project(self) -> Project:
        from amendtool.io.project_file import Project

        assert self.original is not None and self.revised is not None
        return Project(
            self.original,
            self.revised,
            self.items,
            self.filing,
            notes=self.notes,
            filing_data=self.filing_data,
        )

    def save(self, path: Path) -> None:
        from amendtool.io.project_file import save_project

        save_project(self.project(), path)
        self.path = path
        self.undo_stack.setClean()
        self.pathChanged.emit()

    def write_recovery(self, path: Path) -> None:
        from amendtool.io.project_file import save_project

        save_project(self.project(), path)

    def amendment(self) -> Amendment | None:
        from amendtool.core.amendment import Amendment

        if self.original is None or self.revised is None or self.filing is None:
            return None
        return Amendment(self.original, self.revised, self.items, self.filing, self.notes)

    # --- drafting -----------------------------------------------------------------------
    def text_changed(self, blocks: Callable[[], list[TextBlock]]) -> None:
        """Called as the user types: the text is read once typing pauses, and the items
        follow off the UI thread."""
        self._blocks_source = blocks
        self._pending_blocks = None
        self._dirty = True
        self.debounce.start()

    def redraft_now(self, blocks: list[TextBlock]) -> None:
        self._pending_blocks = blocks
        self._start_draft()

    def _start_draft(self) -> None:
        if self._dirty and not self._running:
            self._pending_blocks = self._blocks_source()
            self._dirty = False
        if self.original is None or self._pending_blocks is None or self._running:
            return
        from amendtool.gui.draft_job import DraftJob

        blocks, self._pending_blocks = self._pending_blocks, None
        self._generation += 1
        job = DraftJob(self._generation, self.original, blocks)
        job.signals.done.connect(lambda: self._draft_done(job.outcome))
        self._running = True
        self.busyChanged.emit(True)
        self.pool.start(job)

    def _draft_done(self, outcome: DraftOutcome) -> None:
        self._running = False
        self.busyChanged.emit(False)
        if outcome.generation == self._generation:
            self.revised = outcome.revised
            self.draft_error = outcome.error
            if outcome.error is None:
                from amendtool.core.items import carry_overrides

                carry_overrides(self.items, outcome.items)
                self.items, self.notes = outcome.items, outcome.notes
                self.changes = outcome.changes
            self.itemsChanged.emit()
            self._refresh_findings()
        if (self._pending_blocks is not None or self._dirty) and not self.debounce.isActive():
            self._start_draft()

    def wait_for_draft(self, timeout_ms: int = 10000) -> bool:
        """For tests and exports: let any scheduled drafting finish."""
        from PySide6.QtCore import QCoreApplication, QElapsedTimer

        clock = QElapsedTimer()
        clock.start()
        while (
            self.debounce.isActive()
            or self._running
            or self._dirty
            or self._pending_blocks is not None
        ):
            if self.debounce.isActive():
                self.debounce.stop()
                self._start_draft()
            QCoreApplication.processEvents()
            self.pool.waitForDone(20)
            QCoreApplication.processEvents()
            if clock.elapsed() > timeout_ms:
                return False
        return True

    # --- items and filing -----------------------------------------------------------------
    def set_override(self, index: int, filing: str | None, notice: str | None) -> None:
        item = self.items[index]
        item.set_overrides(filing, notice)
        self.itemsChanged.emit()
        self._refresh_findings()

    def set_materiality(self, index: int, value: str) -> None:
        from amendtool.core.items import Materiality

        self.items[index].materiality = Materiality(value)
        self.itemsChanged.emit()
        self._refresh_findings()

    def set_filing_data(self, data: dict[str, Any] | None) -> None:
        self._take_filing(data)
        self.filingChanged.emit()
        self._refresh_findings()

    def _take_filing(self, data: dict[str, Any] | None) -> None:
        self.filing_data = data
        from amendtool.core.filing import FilingError, filing_from_dict

        self.filing, self.filing_problems = None, []
        if data:
            try:
                self.filing = filing_from_dict(data)
            except FilingError as error:
                self.filing_problems = error.problems

    def _refresh_findings(self) -> None:
        from amendtool.core.checks import run_checks

        amendment = self.amendment()
        self.findings = run_checks(amendment) if amendment else []
        self.findingsChanged.emit()
