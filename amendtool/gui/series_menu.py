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
    QInputDialog,
    QMessageBox,
)

from amendtool.core.errors import AmendtoolError
from amendtool.gui.counsel_folder import start_at

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
        a["history"].triggered.connect(lambda: self.save_history())

    # --- new amendments -----------------------------------------------------------------
    def next_amendment(self) -> None:
        """Amendment No. N+1 of the text, drafted in the panes as the others are."""
        from amendtool.core.filing import filing_from_dict

        def make(series: Series, data: dict[str, Any]) -> SeriesAmendment:
            base = series.base(len(series.amendments))
            return series.draft(base, filing_from_dict(data), data)

        self._start("Start the next amendment", make, kind="text")

    def extend(self, to: str | None = None) -> None:
        """An extension: counsel gives the new expiration; every statement of the old one is
        restated and Item 4 says so."""
        from amendtool.core.filing import filing_from_dict
        from amendtool.core.series_steps import draft_extension

        if self.session.filing is None:
            return self._no_filing()
        if to is None:
            suggested = self.session.filing.expiration + dt.timedelta(days=14)
            to, ok = QInputDialog.getText(
                self.window,
                "Extend the offer",
                f"New expiration, local time ({self.session.filing.time_zone}), "
                "as YYYY-MM-DD HH:MM (or YYYY-MM-DD midnight, the end of that day):",
                text=f"{suggested:%Y-%m-%d %H:%M}",
            )
            if not ok:
                return
        from amendtool.core.expiration_input import EXAMPLE, parse_expiration

        try:
            new = parse_expiration(to)
        except ValueError:
            return self._warn(f"'{to}' is not a date and time such as {EXAMPLE}.")
        self._start(
            "Extend the offer",
            lambda series, data: draft_extension(series, filing_from_dict(data), data, new),
            again="extension",
            kind="extension",
        )

    def results(self, values: dict[str, Any] | None = None) -> None:
        """The final amendment reporting the results: the box checked, Item 4 supplemented."""
        from amendtool.core.filing import filing_from_dict
        from amendtool.core.series_steps import draft_results

        if self.session.filing is None:
            return self._no_filing()
        if values is None:
            from amendtool.gui.results_dialog import ResultsDialog

            dialog = ResultsDialog(self.window)
            if not dialog.exec():
                return
            values = dialog.values()

        def make(series: Series, data: dict[str, Any]) -> SeriesAmendment:
            data = {**data, "results": values}
            return draft_results(series, filing_from_dict(data), data, "the results")

        self._start("Report the results", make, again="results", kind="results")

    def _start(
        self,
        title: str,
        make: Callable[[Series, dict[str, Any]], SeriesAmendment],
        again: str = "",
        kind: str = "text",
    ) -> None:
        """The next amendment of `kind`, made by `make` from the open one's filing details; or
        the open one drafted again while it is a draft of the kind `again` (an extension to a
        different date, results corrected). Nothing follows the final amendment."""
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
        if not s.locked and not redraft:
            answer = QMessageBox.question(
                self.window,
                title,
                f"Amendment No. {s.filing.amendment_number} will be marked filed and locked: "
                "it cannot be changed after this. Continue?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        series = s.ensure_series()
        data = (
            dict(s.filing_data)
            if redraft
            else suggested_filing_data(
                series, s.filing_data, max(dt.date.today(), s.filing.amendment_date)
            )
        )
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

    # --- history ------------------------------------------------------------------------
    def save_history(self, path: Path | None = None) -> Path | None:
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
            return write_history(series, path, series.current.number)
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
