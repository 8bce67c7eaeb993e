"""The Amendment menu: the next amendment, an extension, the final amendment reporting the
results, marking the open amendment filed, and the history as a Word file. Each new
amendment starts from the offer as amended by every earlier one; those are filed, and locked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from amendtool.core.errors import AmendtoolError
from amendtool.gui.counsel_files import start_at

if TYPE_CHECKING:
    from amendtool.core.series import Series, SeriesAmendment
    from amendtool.gui.main_window import MainWindow


class AmendmentMenu:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session
        a = window.actions_by_id
        a["next_amendment"].triggered.connect(self.next_amendment)
        a["extend"].triggered.connect(lambda: self.extend())
        a["results"].triggered.connect(lambda: self.results())
        a["mark_filed"].triggered.connect(self.mark_filed)
        a["remove_draft"].triggered.connect(self.remove_draft)
        a["history"].triggered.connect(lambda: self.save_history())

    # --- new amendments -----------------------------------------------------------------
    def next_amendment(self) -> None:
        """Amendment No. N+1 of the text, drafted in the panes as the others are."""
        from amendtool.core.filing import filing_from_dict

        def make(series: Series, data: dict[str, Any]) -> SeriesAmendment:
            base = series.base(len(series.amendments))
            return series.draft(base, filing_from_dict(data), data)

        self._start("Start the next amendment", make, kind="text")

    def extend(
        self, to: str | None = None, allow_short: bool = False, in_this: bool = False
    ) -> None:
        """An extension: counsel gives the new expiration; every statement of the old one is
        restated and Item 4 says so. One that does not keep the offer open as long as an
        earlier amendment requires is refused, as the command refuses it, unless counsel
        allows it (the dialog's box, the command's --allow-short-period). `in_this`: made in
        the open draft, with its changes to the offer (the command's amend --to)."""
        from amendtool.core.filing import filing_from_dict
        from amendtool.core.series_rules import locks_short, short_period
        from amendtool.core.series_steps import draft_extension
        from amendtool.gui.extend_dialog import ANYWAY

        if self.session.filing is None:
            return self._no_filing()
        if to is None:
            from amendtool.core.expirations import typed_expiration
            from amendtool.core.series_steps import extension_context, suggested_extension
            from amendtool.gui.extend_dialog import ExtendDialog

            filing = self.session.filing
            series = self.session.series
            known = series is not None and bool(series.amendments)
            suggested = (
                suggested_extension(series, filing)
                if series is not None and known
                else filing.expiration.replace(tzinfo=None) + dt.timedelta(days=14)
            )
            context = extension_context(series, filing, suggested, self.session.original)
            dialog = ExtendDialog(
                filing.time_zone,
                typed_expiration(suggested),
                self.window,
                self._changing_draft(),
                context,
            )
            if not dialog.exec():
                return
            to, allow_short = dialog.values()
            in_this = dialog.in_this_amendment()
        from amendtool.core.expirations import EXAMPLE, parse_expiration

        try:
            new = parse_expiration(to)
        except ValueError:
            return self._warn(f"'{to}' is not a date and time such as {EXAMPLE}.")

        series_now = self.session.series
        drafts = {a.number for a in series_now.amendments if not a.locked} if series_now else set()

        def short(series: Series) -> str | None:
            problem = None if allow_short else short_period(series, ANYWAY)
            if allow_short and problem is None:  # never locks a draft it leaves short
                problem = locks_short(series, drafts, app=True)
            return f"The extension to {to.strip()} {problem}." if problem else None

        def make(series: Series, data: dict[str, Any]) -> SeriesAmendment:
            revised = series.current.revised if in_this else None
            return draft_extension(series, filing_from_dict(data), data, new, revised)

        if in_this and self._changing_draft() is None:
            return self._warn(
                "The open amendment is not a draft that changes the offer: the extension is "
                "the next amendment."
            )
        again = "text" if in_this else "extension"
        self._start("Extend the offer", make, again=again, kind="extension", refuse=short)

    def _changing_draft(self) -> int | None:
        """The number of the open amendment while it is a draft changing the offer's text
        (an extension may be made in it), else None."""
        series = self.session.series
        if series is None or not series.amendments or self.session.locked:
            return None
        current = series.current
        return current.number if current.kind.value == "text" else None

    def results(self, values: dict[str, Any] | None = None) -> None:
        """The final amendment reporting the results: the box checked, Item 4 supplemented."""
        from amendtool.core.filing import filing_from_dict
        from amendtool.core.series_steps import draft_results

        if self.session.filing is None:
            return self._no_filing()
        if values is None:
            from amendtool.core.results_dates import as_of_choices
            from amendtool.core.results_words import results_labels
            from amendtool.gui.results_dialog import ResultsDialog

            offer = self.session.revised or self.session.original  # as amended, as it stands
            dates = as_of_choices(offer, self.session.filing.time_zone) if offer else []
            labels = results_labels(self.session.filing, original=self.session.original)
            dialog = ResultsDialog(self.window, labels, dates, self._results_held())
            if not dialog.exec():
                return
            values = dialog.values()

        def make(series: Series, data: dict[str, Any]) -> SeriesAmendment:
            data = {**data, "results": values}
            return draft_results(series, filing_from_dict(data), data, "the results")

        self._start("Report the results", make, again="results", kind="results")

    def _results_held(self) -> dict[str, Any] | None:
        """The results the open final amendment reports while it is a draft: drafted again,
        they are shown to correct, whether entered here or from the command line."""
        s = self.session
        if s.locked or s.series is None or not s.series.amendments:
            return None
        current = s.series.current
        return current.results if current.kind.value == "results" else None

    def _start(
        self,
        title: str,
        make: Callable[[Series, dict[str, Any]], SeriesAmendment],
        again: str = "",
        kind: str = "text",
        refuse: Callable[[Series], str | None] | None = None,
    ) -> None:
        """The next amendment of `kind`, made by `make` from the open one's filing details; or
        the open one drafted again while it is a draft of the kind `again` (an extension to a
        different date, results corrected). Nothing follows the final amendment. `refuse` reads
        the series as `make` would leave it (made on a copy first) and says why not, before
        anything is marked filed or drafted."""
        from amendtool.core.series_lock import lock_refusal
        from amendtool.core.series_rules import check_open
        from amendtool.core.series_steps import suggested_filing_data

        s = self.session
        s.wait_for_draft()
        if s.filing is None or s.filing_data is None:
            return self._no_filing()
        redraft = bool(again and s.series and not s.locked and s.series.current.kind.value == again)
        number = s.filing.amendment_number + (not redraft)
        try:
            check_open(s.ensure_series(), number, kind)
        except AmendtoolError as exc:
            return self._warn(str(exc))
        if not s.locked and not redraft and (refusal := lock_refusal(s.ensure_series(), kind)):
            return self._warn(refusal)
        series = s.ensure_series()
        data = (
            dict(s.filing_data)
            if redraft
            else suggested_filing_data(
                series, s.filing_data, max(dt.date.today(), s.filing.amendment_date)
            )
        )
        if refuse is not None:
            from amendtool.core.series import snapshot

            trial = snapshot(series)
            try:
                make(trial, data)
            except AmendtoolError as exc:
                return self._warn(str(exc))
            if problem := refuse(trial):
                return self._warn(problem)
        if not s.locked and not redraft:
            answer = QMessageBox.question(
                self.window,
                title,
                f"Amendment No. {s.filing.amendment_number} will be marked filed and locked: "
                "it cannot be changed after this. Continue?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            make(series, data)
        except AmendtoolError as exc:
            return self._warn(str(exc))
        s.show_series(series)
        s.undo_stack.resetClean()  # a new amendment: the project has unsaved changes

    def mark_filed(self) -> None:
        """Lock the open amendment as filed, once its check finds no error."""
        from amendtool.core.series_lock import lock_refusal

        s = self.session
        s.wait_for_draft()
        if s.locked or s.original is None:
            return
        series = s.ensure_series()
        if refusal := lock_refusal(series, "filed"):
            return self._warn(refusal)
        answer = QMessageBox.question(
            self.window,
            "Mark as filed",
            f"Amendment No. {series.current.number} will be marked filed and locked: it "
            "cannot be changed after this. Continue?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        series.file(len(series.amendments) - 1)
        s.show_series(series)
        s.undo_stack.resetClean()

    def remove_draft(self) -> None:
        """Take the open amendment, a draft, out of the project, once counsel confirms it;
        the amendment before it opens again. Not undone: the window's undo history is of
        the amendment that goes, so the message says so before anything is removed."""
        s = self.session
        s.wait_for_draft()
        if s.original is None:
            return
        series = s.ensure_series()
        current = series.current
        if current.locked or len(series.amendments) < 2:
            try:
                series.remove_draft()  # refused: says why
            except AmendtoolError as exc:
                self._warn(str(exc))
            return
        earlier = series.amendments[-2].number
        answer = QMessageBox.question(
            self.window,
            "Remove this draft amendment",
            f"Amendment No. {current.number} (a draft, never filed) will be removed from the "
            "project with its items, wording and filing details, and Amendment No. "
            f"{earlier} will be open again. This cannot be undone. Remove it?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        series.remove_draft()
        s.show_series(series)
        s.undo_stack.resetClean()  # the project has unsaved changes

    # --- history ------------------------------------------------------------------------
    def save_history(self, path: Path | None = None) -> Path | None:
        from amendtool.gui import settings
        from amendtool.io.history_docx import write_history

        s = self.session
        s.wait_for_draft()
        if s.original is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                "Save the history",
                start_at(self.window, "history.docx"),
                "Word documents (*.docx)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        series = s.ensure_series()
        try:
            author = settings.revision_author()
            return write_history(series, path, series.current.number, author=author)
        except AmendtoolError as exc:
            self._warn(str(exc))
            return None

    def show_history(self, number: int) -> None:
        from amendtool.gui.series_view import HistoryDialog

        HistoryDialog(self.session.ensure_series(), number, self.window).show()

    def _no_filing(self) -> None:
        self._warn("Fix this amendment's filing details first: the next one starts from them.")

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.window, "Amendment", text)
