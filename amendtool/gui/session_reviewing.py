"""The review half of the drafting session: where the items show, the checks and the preview
of the items on screen, worked out off the UI thread once the items are drafted.

A review is of one state of the items; typing that replaces them gives it up (its findings
would be of text no longer on screen) and the newer items are reviewed instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from amendtool.gui import settings
from amendtool.gui.background import start_job

if TYPE_CHECKING:
    from amendtool.core.checks import Finding
    from amendtool.core.filing import FilingDetails
    from amendtool.core.items import AmendmentItem
    from amendtool.core.model import Document
    from amendtool.core.review import ChangeMap
    from amendtool.gui.draft_job import ReviewJob, ReviewOutcome


class Reviewing(QObject):
    """The items, the findings and the preview shown, and the review job that checks them."""

    findingsChanged = Signal()
    previewChanged = Signal()
    marksChanged = Signal()  # where the items show in the panes

    _running = False  # a draft is running (the drafting session says)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.original: Document | None = None
        self.revised: Document | None = None
        self.items: list[AmendmentItem] = []
        self.notes: list[str] = []
        self.findings: list[Finding] = []
        self.speller: Any = None  # the draft's word lists (gui/spelling.py), once loaded
        self.changes: ChangeMap | None = None  # where each item shows (made by the review)
        self.changes_for: list[AmendmentItem] | None = None  # the item list they show
        self.draft_error: str | None = None
        self.original_error = ""  # a project's original changed or gone (io/project_original.py)
        self.filing: FilingDetails | None = None
        self.checked = False  # the findings are those of the items and draft shown
        self.preview: tuple[str, str] = ("", "")  # the filing and the notice, as HTML
        self._reviewed = 0  # review jobs started
        self._reviewing = False
        self._review_wanted = False
        self._reviewing_items: list[AmendmentItem] = []
        self._review_job: ReviewJob | None = None
        self._closed = False  # the window has closed: nothing more is started or shown
        self.pool = QThreadPool.globalInstance()

    def _drafting_wanted(self) -> bool:
        """Overridden by the drafting session: newer text waits to be drafted."""
        return False

    def amendment_extras(self) -> dict[str, Any]:
        """Overridden by the session: what an amendment of a series knows besides its items."""
        return {}

    def drafted_as(self) -> tuple[FilingDetails | None, dict[str, Any]]:
        """Overridden by the session: the filing details and kind the amendment is checked
        with."""
        return self.filing, self.amendment_extras()

    def _stale(self) -> None:
        if self.checked:
            self.checked = False
            self.findingsChanged.emit()

    # --- reviewing ------------------------------------------------------------------------------
    def refresh_checks(self) -> None:
        """Check the items and render the preview again (after a draft or a decision)."""
        self._review_wanted = True
        self._stale()
        if self._reviewing and self._review_job is not None:
            self._review_job.stop.set()  # it checks what is being replaced: given up
        self._start_review()

    def _start_review(self) -> None:
        if self._closed or self._reviewing or not self._review_wanted or self.original is None:
            return
        if self._running or self._drafting_wanted() or self.revised is None:
            return  # the items are about to change: review those
        from amendtool.gui.draft_job import ReviewJob

        self._review_wanted = False
        self._reviewed += 1
        self._reviewing_items = self.items
        filing, extras = self.drafted_as()  # as `amendtool check` of the saved project reads it
        job = self._review_job = ReviewJob(
            self._reviewed,
            self.original,
            self.revised,
            list(self.items),
            filing,
            list(self.notes),
            extras,
            self.speller,
            settings.get(settings.CURLY_QUOTES),  # the preview prints as the files do
        )
        job.signals.done.connect(self._review_finished)
        self._reviewing = True
        start_job(self.pool, job)

    def _review_finished(self) -> None:
        if self._closed:
            return
        job = self._review_job
        assert job is not None
        if job.stop.is_set():  # superseded after its last check: what it found is stale
            job.outcome.stopped = True
        self._review_done(job.outcome)

    def _review_done(self, outcome: ReviewOutcome) -> None:
        self._reviewing = False
        if outcome.stopped:
            self._review_wanted = True  # the items shown still want their review
        elif outcome.generation == self._reviewed:
            self.findings = outcome.findings
            if self.draft_error:
                from amendtool.core.checks import ERROR, Finding

                self.findings = [Finding(ERROR, "draft", self.draft_error), *self.findings]
            if self.original_error:
                from amendtool.core.checks import ERROR, Finding

                self.findings = [Finding(ERROR, "original", self.original_error), *self.findings]
            self.preview = (outcome.filing_html, outcome.notice_html)
            self.changes, self.changes_for = outcome.changes, self._reviewing_items
            self.marksChanged.emit()
            self.checked = not (self._review_wanted or self._running or self._drafting_wanted())
            self.findingsChanged.emit()
            self.previewChanged.emit()
        self._start_review()
