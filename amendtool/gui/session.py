"""The open amendment: original, working draft, items and filing details, as Qt signals.

The one adapter between the core and the widgets: widgets ask it to change things and
listen to its signals. Drafting and then reviewing (checks, preview) run off the UI thread
on snapshots; the item list is replaced, never edited in place, so a snapshot is a list copy.
Counsel's decisions (wording, materiality, plain paragraphs) are kept by what each change
changes, so they come back whenever that change does, by re-drafting or by undo.
"""

from __future__ import annotations

import atexit
import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from amendtool.gui.session_decisions import Decisions, _classify

__all__ = ["Session", "_classify"]

if TYPE_CHECKING:
    from amendtool.core.amendment import Amendment
    from amendtool.core.filing import FilingDetails
    from amendtool.core.items import AmendmentItem
    from amendtool.core.model import Document
    from amendtool.core.series import Series
    from amendtool.io.project_file import Project

# The core is imported on first use (in the worker or when a project opens), so that the
# window shows before it is loaded.


def _drain_pool() -> None:
    """Background jobs end, and their queued signals are delivered, before the interpreter
    shuts down (PySide6 crashes otherwise). A window still open (the app ended without
    closing it) ends its work first, so nothing delivered now starts more work that would
    run on into the shutdown and hand its outcome to a deleted window."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    if isinstance(QCoreApplication.instance(), QApplication):
        for widget in QApplication.topLevelWidgets():
            end_jobs = getattr(widget, "end_jobs", None)
            if isValid(widget) and end_jobs is not None and not widget.property("closed"):
                end_jobs()
    QThreadPool.globalInstance().waitForDone(30000)
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()


atexit.register(_drain_pool)


class Session(Decisions):
    """One open amendment project."""

    loaded = Signal()  # a new original/draft: panes reload their text
    filingChanged = Signal()
    pathChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtGui import QUndoStack

        self.filing_data: dict[str, Any] | None = None
        self.filing_problems: list[str] = []
        self.path: Path | None = None
        # a project of several amendments: the open one is the series' last, drafted from the
        # offer as amended by the earlier ones (`original`), cited through them (`context`)
        self.series: Series | None = None
        # the project's identity, saved in its file: its exports name it (io/output_set.py)
        self.identity = ""
        self.undo_stack = QUndoStack(self)
        # editors that keep what counsel types once typing pauses: asked to keep it now
        self.typing_to_keep: list[Callable[[], None]] = []

    def wait_for_draft(self, timeout_ms: int = 10000) -> bool:
        """What counsel has typed is kept first, so saving and export include it."""
        for keep in self.typing_to_keep:
            keep()
        return super().wait_for_draft(timeout_ms)

    # --- loading ------------------------------------------------------------------------
    def open_documents(
        self, original: Document, revised: Document | None, filing: FilingDetails | None
    ) -> None:
        from amendtool.core.draft_text import document_blocks
        from amendtool.gui.draft_edits import shown_blocks
        from amendtool.io.project_file import jsonable

        self._reset(original, revised or original, [], [])
        self.series, self.context = None, None
        from amendtool.core.series import new_identity

        self.identity = new_identity()  # a new project
        self.original_error = ""  # read just now: the file it is
        self.known = [revised] if revised else []
        self._take_filing(jsonable(filing.to_toml_dict()) if filing else None)
        self.path = None
        self.loaded.emit()
        self.pathChanged.emit()
        self.filingChanged.emit()
        self.redraft_now(shown_blocks(document_blocks(self.revised or original)))

    def open_project(self, path: Path) -> list[str]:
        from amendtool.io.project_file import load_project
        from amendtool.io.project_original import original_error

        project = load_project(path)
        self.path = path.absolute()  # whatever folder the app was started in
        # said as `amendtool check` says it: an error of the checks until the file is back
        self.original_error = original_error(path, project.series.original)
        self.show_series(project.series)
        self.pathChanged.emit()
        return project.notices

    def show_series(self, series: Series) -> None:
        """The series' last amendment, drafted from the offer as amended by the earlier ones:
        open for drafting, or for reading once it is filed."""
        from amendtool.core.draft_text import document_blocks
        from amendtool.core.review import change_map
        from amendtool.gui.draft_edits import shown_blocks

        index = len(series.amendments) - 1
        entry = series.current
        original = series.base(index) if index else series.original
        self._reset(original, entry.revised, list(entry.items), list(entry.notes))
        self.known = [entry.revised]
        self.series, self.identity = series, series.identity
        self.context = series.context(index) if index else None
        self.changes, self.changes_for = change_map(original, self.items), self.items
        for item in self.items:
            if item.override_basis and item.override_basis == item.substance():
                self.wording[item.override_basis] = (item.filing_override, item.notice_override)
            if item.counsel_materiality:
                self.materiality[item.substance()] = item.materiality.value
            if item.plain_summary:
                self.plain[item.substance()] = item.plain_summary
        self._take_filing(entry.filing_data)
        self.loaded.emit()
        self.filingChanged.emit()
        self.itemsChanged.emit()
        if self.locked:  # what was filed is read as filed
            return self.refresh_checks()
        # drafted again from its texts (the items stored may be an older tool's); counsel's
        # wording and classes, taken above, go to the items they were made for
        self.redraft_now(shown_blocks(document_blocks(entry.revised)))

    @property
    def locked(self) -> bool:
        """The open amendment has been filed: it is read, not edited."""
        return self.series is not None and self.series.current.locked

    @property
    def closed(self) -> bool:
        """The final amendment reporting the results is filed: no amendment follows it."""
        return self.series is not None and any(
            a.locked and a.kind.value == "results" for a in self.series.amendments
        )

    @property
    def final_drafted(self) -> bool:
        """The final amendment reporting the results is drafted (a draft or filed): nothing
        may follow it, and only it may be drafted again."""
        return self.series is not None and any(
            a.kind.value == "results" for a in self.series.amendments
        )

    def ensure_series(self) -> Series:
        """The project as a series, the open amendment's latest state in it."""
        from amendtool.core.series import single

        assert self.original is not None and self.revised is not None
        if self.series is None:
            self.series = single(
                self.original, self.revised, self.items, self.filing, self.filing_data, self.notes
            )
            self.series.identity = self.identity
        if not self.series.current.locked:
            from amendtool.core.series import recognise_extension

            entry = self.series.current
            entry.revised, entry.items, entry.notes = self.revised, self.items, self.notes
            # the details as counsel entered them (a copy: what the series derives from the
            # draft, a recognised extension's new expiration, is never written back into them)
            entry.filing, entry.filing_data = self.filing, copy.deepcopy(self.filing_data)
            recognise_extension(entry, self.series.base(len(self.series.amendments) - 1))
        return self.series

    def drafted_as(self) -> tuple[FilingDetails | None, dict[str, Any]]:
        """The filing details and kind the open amendment is checked and written with, derived
        as the saved project derives them (core/series.py): the live Checks, `amendtool check`
        of the saved project and the project opened again read one amendment."""
        if self.original is None or self.revised is None or self.filing is None:
            return self.filing, self.amendment_extras()
        from amendtool.core.series import single

        series = self.series
        if series is None:
            series = single(
                self.original, self.revised, self.items, self.filing, self.filing_data, self.notes
            )
        else:
            series = self.ensure_series()
        entry = series.current
        extras = self.amendment_extras()
        extras.update(kind=entry.kind.value, extended_from=entry.extended_from)
        amendment = series.amendment()
        return (amendment.filing if amendment is not None else self.filing), extras

    def amendment_extras(self) -> dict[str, Any]:
        """What an amendment of a series knows besides its own items: the earlier
        amendments, and what kind of amendment it is."""
        if self.series is None:
            return {}
        entry = self.series.current
        return {
            "wording_style": self.series.wording_style,
            "series": self.context,
            "kind": entry.kind.value,
            "extended_from": entry.extended_from,
            "results_data": entry.results,
        }

    def _reset(
        self, original: Document, revised: Document, items: list[AmendmentItem], notes: list[str]
    ) -> None:
        self.cancel_drafting()
        self.original, self.revised = original, revised
        self.items, self.notes = items, notes
        self.wording, self.materiality, self.plain = {}, {}, {}
        self.undo_stack.clear()
        self.version += 1

    def project(self) -> Project:
        """The amendment as drafted last (the items always with the draft they describe)."""
        from amendtool.io.project_file import Project

        assert self.original is not None and self.revised is not None
        if self.series is not None:
            from amendtool.core.series import snapshot

            return Project(self.series.original, series=snapshot(self.ensure_series()))
        project = Project(
            self.original,
            self.revised,
            list(self.items),
            self.filing,
            notes=list(self.notes),
            filing_data=copy.deepcopy(self.filing_data),
        )
        project.series.identity = self.identity
        return project

    def save(self, path: Path) -> None:
        from amendtool.io.project_file import save_project

        save_project(self.project(), path)
        self.path = path.absolute()
        self.undo_stack.setClean()
        self.pathChanged.emit()

    def amendment(self) -> Amendment | None:
        from amendtool.core.amendment import Amendment

        if self.original is None or self.revised is None or self.filing is None:
            return None
        filing, extras = self.drafted_as()
        assert filing is not None
        return Amendment(self.original, self.revised, self.items, filing, self.notes, **extras)

    # --- filing details ---------------------------------------------------------------------
    def set_filing_data(self, data: dict[str, Any] | None) -> None:
        self._take_filing(data)
        self.version += 1
        self.filingChanged.emit()
        self.refresh_checks()

    def _take_filing(self, data: dict[str, Any] | None) -> None:
        self.filing_data = data
        from amendtool.core.filing import FilingError, filing_from_dict

        self.filing, self.filing_problems = None, []
        if data:
            try:
                self.filing = filing_from_dict(data)
            except FilingError as error:
                self.filing_problems = error.problems
