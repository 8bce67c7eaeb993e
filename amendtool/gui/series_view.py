"""The series of amendments in the navigator, and the offer as amended through any of them
with each change marked by the amendment that made it."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout

from amendtool.core.errors import shown_path
from amendtool.core.extension import changes_terms
from amendtool.core.offer_zone import series_zone
from amendtool.core.stated_deadlines import deadline_phrase, long_date

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QWidget

    from amendtool.core.model import Document
    from amendtool.core.series import Series, SeriesAmendment
    from amendtool.gui.session import Session

_KINDS = {"text": "changes", "extension": "extension", "results": "results (final)"}


def open_contents(session: Session) -> str:
    """The open amendment's content for the status line: its items, or the results the
    final amendment reports."""
    from amendtool.core.series_amendment import contents

    series = session.series
    kind = series.current.kind.value if series is not None and series.amendments else "text"
    current = series.current if series is not None and series.amendments else None
    results = current.results if current is not None else None
    filing = current.filing if current else None
    said = contents(kind, len(session.items), results, filing, session.original)
    return said[:1].upper() + said[1:]


def entry_label(amendment: SeriesAmendment, original: Document | None = None) -> str:
    """'Amendment No. 3: extension to May 7, 2026' over 'April 20, 2026 · 5 changes · draft'."""
    what = _KINDS.get(amendment.kind.value, amendment.kind.value)
    if amendment.kind.value == "extension" and amendment.filing is not None:
        expiration = amendment.filing.expiration_local
        if expiration.time() == dt.time(0, 0):  # midnight ends the day before, as offers say
            expiration -= dt.timedelta(minutes=1)
        what += f" to {long_date(expiration.date())}"
        if changes_terms(amendment.items):  # not only an extension, as history says
            what += ", and change of terms"
    changes = sum(1 for i in amendment.items if i.kind.value != "file_exhibit")
    entered = "filing details incomplete" if amendment.filing_data else "no filing details yet"
    date = long_date(amendment.date) if amendment.date else entered
    status = "filed (locked)" if amendment.locked else "draft"
    count = f"{changes} change{'s' if changes != 1 else ''}"
    if amendment.kind.value == "results":  # what it reports is its content, named once
        from amendtool.core.series_amendment import reported_results

        reported = reported_results(amendment.results, amendment.filing, original)
        count = f"{reported} · {count}" if changes else reported
    return f"Amendment No. {amendment.number}: {what}\n    {date} · {count} · {status}"


_ROWS_SHOWN = 6  # rows of the series shown without scrolling


class SeriesList(QListWidget):
    """Every amendment of the project, the one open last; activating one shows the offer as
    amended through it."""

    historyRequested = Signal(int)  # an amendment number

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seriesList")
        self._rows: list[tuple[str, int, str, bool]] = []  # each row: label, number, tip, open
        # a narrow navigator (a laptop's, or dragged narrower) wraps a row's words onto the
        # next line: nothing is cut, and no scroll bar hides a row
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.itemActivated.connect(self._activated)

    def show_series(self, series: Series | None) -> None:
        """The rows, rebuilt only when one of them reads differently: this follows every
        re-draft while counsel types, and most leave every row as it was (a row counsel
        selected stays selected, and the window is not laid out again mid-word)."""
        rows = []
        if series is not None:
            rows = [
                (
                    entry_label(a, series.original),
                    a.number,
                    _tooltip(a, _zone(series, a)),
                    a is series.current,
                )
                for a in series.amendments
            ]
        if rows == self._rows and self.count() == len(rows):
            return
        self._rows = rows
        self.clear()
        for label, number, tip, current in rows:
            row = QListWidgetItem(label)
            row.setData(Qt.ItemDataRole.UserRole, number)
            row.setToolTip(tip)
            font = row.font()
            font.setBold(current)
            row.setFont(font)
            self.addItem(row)
        if rows:
            self._fit_rows()

    def _fit_rows(self) -> None:
        """As tall as its rows at this width, up to six: a whole series (changes, an
        extension or two, the final amendment) is read without scrolling, while a project of
        one amendment keeps the room; the layout never squeezes it below its rows."""
        self.doItemsLayout()
        rows = sum(
            self.visualRect(self.model().index(i, 0)).height()
            for i in range(min(self.count(), _ROWS_SHOWN))
        )
        height = max(rows, 20) + 2 * self.frameWidth() + 4
        if (self.minimumHeight(), self.maximumHeight()) != (height, height):
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_rows()  # wrapped rows take more lines when it is narrower

    def _activated(self, row: QListWidgetItem) -> None:
        self.historyRequested.emit(int(row.data(Qt.ItemDataRole.UserRole)))


def show_series_state(
    session: Session,
    series_list: SeriesList,
    titles: tuple[QLabel, QLabel],
    draft_pane: QTextEdit | QPlainTextEdit,
) -> None:
    """The series listed; the left pane titled for what the open amendment amends, the
    draft for the amendment, read only once it is filed."""
    from amendtool.core.series import single

    s = session
    if s.original is None or s.revised is None:
        return
    # the open amendment as it is now (its items after every re-draft), as the status bar
    series = (
        s.ensure_series()
        if s.series is not None
        else single(s.original, s.revised, s.items, s.filing, s.filing_data)
    )
    series_list.show_series(series)
    number = series.current.number
    earlier = len(series.amendments) > 1
    titles[0].setText(
        f"<b>As amended through Amendment No. {series.amendments[-2].number}</b>"
        if earlier
        else "<b>Original (as filed)</b>"
    )
    draft_pane.setReadOnly(s.locked)
    titles[1].setText(
        f"<b>Amendment No. {number}: filed, locked</b>"
        if s.locked
        else f"<b>Working draft of Amendment No. {number} (edit here)</b>"
        if earlier
        else "<b>Working draft (edit here)</b>"
    )


def _zone(series: Series, amendment: SeriesAmendment) -> str:
    """The zone as the offer names it, read only for an extension's row (its deadline)."""
    if amendment.kind.value != "extension" or amendment.filing is None:
        return ""
    return series_zone(series, amendment.filing.time_zone)


def _tooltip(amendment: SeriesAmendment, zone_said: str = "") -> str:
    """What the row is, where its outputs are; a deadline's zone as the offer names it."""
    folder = amendment.outputs.get("folder")
    lines = [f"Amendment No. {amendment.number}"]
    if amendment.kind.value == "extension" and amendment.filing is not None:
        moment = amendment.filing.expiration_local
        lines.append(f"Extends the offer to {deadline_phrase(moment, zone_said=zone_said)}")
    if folder:
        lines.append(f"Outputs written to {shown_path(folder)}")
    lines.append("Double-click to read the offer as amended through it.")
    return "\n".join(lines)


def history_html(series: Series, through: int, since: int = 0) -> str:
    """The offer as amended through Amendment No. `through`: words an amendment added are
    underlined, words it took out struck through, each with the amendment's number."""
    from amendtool.core.history import history, state_title
    from amendtool.core.history import legend as history_legend

    marks = history(series, through, since)
    parts = []
    for entry in marks.entries:
        if not entry.spans:
            continue
        runs = []
        for span in entry.spans:
            text = html.escape(span.text)
            if span.amendment is None:
                runs.append(text)
                continue
            tag, colour = ("s", "#a00") if span.deleted else ("u", "#05a")
            runs.append(
                f"<{tag} style='color:{colour}'>{text}</{tag}>"
                f"<sup style='color:{colour}'>[{span.amendment}]</sup>"
            )
        body = "".join(runs)
        parts.append(f"<h4>{body}</h4>" if entry.heading else f"<p>{body}</p>")
    legend = history_legend(marks)
    title = "A" + state_title(series, through, since)[1:]
    return f"<h3>{html.escape(title)}</h3><p><i>{html.escape(legend)}</i></p>" + "".join(parts)


class HistoryDialog(QDialog):
    def __init__(self, series: Series, through: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(f"The offer as amended through Amendment No. {through}")
        self.resize(820, 640)
        self.browser = QTextBrowser()
        self.browser.setHtml(history_html(series, through))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
