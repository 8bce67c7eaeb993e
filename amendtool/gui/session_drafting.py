"""The items follow the draft: drafting, then reviewing (checks and preview), off the UI thread.

Typing restarts a short debounce; when it fires, the draft's blocks (kept by the pane, so
reading them is a list copy) go to a drafting job. When its items come back, a review job
(gui/session_reviewing.py) checks them and renders the preview. `checked` says whether the
findings shown are those of the items and draft on screen; until then the Checks panel says
it is still checking.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QTimer, Signal

from amendtool.gui.background import start_job
from amendtool.gui.collector import Collector, settle_memory
from amendtool.gui.session_reviewing import Reviewing

if TYPE_CHECKING:
    from amendtool.core.draft_text import TextBlock
    from amendtool.core.items import AmendmentItem
    from amendtool.core.lineage import SeriesContext
    from amendtool.core.model import Document
    from amendtool.gui.draft_job import DraftJob, DraftOutcome

DEBOUNCE_MS = 100


class Drafting(Reviewing):
    itemsChanged = Signal()
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context: SeriesContext | None = None  # in a series: the earlier amendments
        self.version = 0  # counts every change worth saving
        self.drafted_blocks: list[TextBlock] | None = None  # the draft the items describe
        # the revised files counsel loaded: what the draft's plain blocks cannot hold (each
        # paragraph's kind, Word's heading numbers) is taken from them, as the CLI reads them
        self.known: list[Document] = []
        self._generation = 0  # drafts started
        self._pending_blocks: list[TextBlock] | None = None
        self._blocks_source: Callable[[], list[TextBlock]] = list
        self._dirty = False
        self._running = False
        self._settled = False
        self._draft_job: DraftJob | None = None
        self._reads = 0  # files being read whose text goes into this draft (see `reading`)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._start_draft)
        # the cycle collector's full passes, at counsel's pauses (gui/collector.py)
        self.collector = Collector(self.busy, self)
        self.collector.start()

    # --- drafting -----------------------------------------------------------------------------
    def text_changed(self, blocks: Callable[[], list[TextBlock]]) -> None:
        """Called as counsel edits: the blocks are read once typing pauses. A draft or a
        review still running is of text this key has replaced, so it is given up now rather
        than when typing pauses: it would only take the interpreter from the window while
        counsel types, and the newest text is drafted next either way."""
        self._blocks_source = blocks
        self._pending_blocks = None
        self._dirty = True
        self._stale()
        self._supersede()
        self.debounce.start()
        self.collector.typed()

    def draft_at_once(self) -> None:
        """Text that is not being typed (a whole document replaced) is drafted now: waiting
        for a pause in typing would only keep counsel from the items."""
        if self.debounce.isActive():
            self.debounce.stop()
            self._start_draft()

    def _supersede(self) -> None:
        for job, running in ((self._draft_job, self._running), (self._review_job, self._reviewing)):
            if running and job is not None:
                job.stop.set()

    def reading(self) -> Callable[[], None]:
        """A file counsel asked for is being read, and its text goes into this draft (a
        revised file, or the offer it waits on): until the call returned is made, once the
        read is handed back, the draft is busy. So Save, Export and Review right after Load
        Revised File act on the file loaded, not on the text it is about to replace."""
        self._reads += 1
        ended = False

        def end() -> None:
            nonlocal ended
            if not ended:
                ended, self._reads = True, self._reads - 1

        return end

    def redraft_now(self, blocks: list[TextBlock]) -> None:
        self._pending_blocks = blocks
        self._dirty = False
        self._stale()
        self._start_draft()

    def cancel_drafting(self) -> None:
        """A new amendment opens: whatever is running now is for the old one and is dropped."""
        self.debounce.stop()
        self._dirty, self._pending_blocks = False, None
        self._generation += 1
        self._reviewed += 1
        for job in (self._draft_job, self._review_job):
            if job is not None:
                job.stop.set()  # for the old amendment: given up, not finished
        self.findings, self.changes, self.draft_error = [], None, None
        self.changes_for = None
        self.drafted_blocks = None
        self._settled = False
        self.preview = ("", "")
        self.checked = False

    def end_work(self, timeout_s: float = 30) -> None:
        """The window closes: nothing more is drafted or checked for it, and the jobs running
        are given up and waited for. One left running would hand its outcome to a deleted
        window, and hold the interpreter (and what it reads) after the window has gone."""
        self.collector.stop()
        self.cancel_drafting()
        self._closed = True
        for job in (self._draft_job, self._review_job):
            if job is not None:
                job.finished.wait(timeout_s)
        self._running = self._reviewing = self._review_wanted = False
        self._reads = 0  # nothing read now is handed to the closed window

    def _start_draft(self) -> None:
        if self._closed:
            return
        if self._running:
            if self._drafting_wanted() and self._draft_job is not None:
                self._draft_job.stop.set()  # its text is superseded: the newest goes next
            return
        if self._dirty:
            self._pending_blocks = self._blocks_source()
            self._dirty = False
        if self.original is None or self._pending_blocks is None:
            return
        from amendtool.gui.draft_job import DraftJob

        blocks, self._pending_blocks = self._pending_blocks, None
        if self._reviewing and self._review_job is not None:
            self._review_job.stop.set()  # its items are about to be replaced
        self._generation += 1
        job = self._draft_job = DraftJob(
            self._generation,
            self.original,
            blocks,
            self.context,
            list(self.known),
            self.revised,
        )
        job.signals.done.connect(self._draft_finished)  # dropped if the session is deleted
        self._running = True
        self.busyChanged.emit(True)
        start_job(self.pool, job)

    def _draft_finished(self) -> None:
        if self._closed:
            return  # given up as the window closed: nothing is handed to it
        assert self._draft_job is not None
        self._draft_done(self._draft_job.outcome)

    def _draft_done(self, outcome: DraftOutcome) -> None:
        self._running = False
        self.busyChanged.emit(False)
        if outcome.generation == self._generation and not outcome.abandoned:
            self.revised = outcome.revised
            self.drafted_blocks = outcome.blocks
            self.draft_error = outcome.error
            if outcome.error is None:
                from amendtool.core.overrides import carry_overrides
                from amendtool.gui.draft_job import kept_items

                # always: a class that lapsed, or a plain paragraph gone stale, is counsel's
                # work too, and is said until counsel acts on it
                carry_overrides(self.items, outcome.items)
                self.apply_decisions(outcome.items)
                self.items, self.notes = kept_items(self.items, outcome.items), outcome.notes
            self.version += 1
            self.itemsChanged.emit()
            self.refresh_checks()
            if not self._settled:
                self._settled = True
                settle_memory()
            else:
                gc.freeze()  # see settle_memory: what this draft made is kept too
        if self._drafting_wanted() and not self.debounce.isActive():
            self._start_draft()
        elif not self._drafting_wanted():
            self._start_review()  # an abandoned draft leaves the items shown to be checked

    def _drafting_wanted(self) -> bool:
        return self._pending_blocks is not None or self._dirty

    def apply_decisions(self, items: list[AmendmentItem]) -> None:
        """Overridden by the session: counsel's decisions for the same changes."""

    # --- waiting --------------------------------------------------------------------------------
    def busy(self) -> bool:
        return (
            self.debounce.isActive()
            or self._reads > 0
            or self._running
            or self._dirty
            or self._pending_blocks is not None
            or self._reviewing
            or (self._review_wanted and self.original is not None)
        )

    def wait_for_draft(self, timeout_ms: int = 10000) -> bool:
        """For tests, saving and export: let scheduled drafting and checking finish."""
        clock = QElapsedTimer()
        clock.start()
        while self.busy():
            if self.debounce.isActive():
                self.debounce.stop()
                self._start_draft()
            if self._review_wanted and not self._reviewing:
                self._start_review()
            QCoreApplication.processEvents()
            self.pool.waitForDone(20)
            QCoreApplication.processEvents()
            if clock.elapsed() > timeout_ms:
                return False
        return True
