"""What the find bar searches (a text or a list) and how it shows the matches.

The matches counsel can see are highlighted, never thousands at once: each highlight is an
extra selection the editor repaints and lays out with the text; a term as short as "o" has
some 17,000 matches in a 250-page offer, and highlighting them all took seconds a key. So
every match is counted, but only those in and around the view are highlighted, again as
counsel scrolls.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QListWidget, QTextEdit, QWidget

from amendtool.gui.find_matching import FindOptions, find_pattern, spans
from amendtool.gui.panes import centre_cursor
from amendtool.gui.text_units import spans_to_units


class SearchedRows(QListWidget):
    """A list whose rows stand for more than their line: Find reads what each row's item
    shows (`searched(row)`, e.g. an item's wording and plain paragraph), not its line alone.
    A click on the row already current says so (`currentClicked`): counsel asks to be
    taken to it again, where a changed row alone would say nothing."""

    currentClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.searched: Callable[[int], str] | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        before = self.currentRow()
        super().mousePressEvent(event)
        row = self.indexAt(event.position().toPoint()).row()
        if event.button() == Qt.MouseButton.LeftButton and row >= 0 and row == before:
            self.currentClicked.emit(row)

    def searched_text(self, row: int) -> str:
        line = self.item(row).text() or ""
        return line + "\n" + self.searched(row) if self.searched is not None else line


Target = QTextEdit | QListWidget

MATCH = QColor(255, 225, 120)
ALL_BELOW = 300  # up to this many matches, all are highlighted
AROUND_VIEW = 300  # more: at most this many, from a view's height above to one below


def shown_range(target: QTextEdit) -> tuple[int, int]:
    """The document positions from a view's height above the view to one below it."""
    viewport = target.viewport().rect()
    first = target.cursorForPosition(QPoint(0, 0)).position()
    last = target.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
    height = max(last - first, 1)
    return first - height, last + height


def near_view(target: QTextEdit, matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The matches to highlight: all of a few; of many, those in and around the view."""
    if len(matches) <= ALL_BELOW:
        return matches
    starts = [start for start, _ in matches] if matches else []
    first, last = shown_range(target)
    low, high = bisect_left(starts, first), bisect_right(starts, last)
    if high - low > AROUND_VIEW:
        middle = (low + high) // 2
        low, high = middle - AROUND_VIEW // 2, middle + AROUND_VIEW // 2
    return matches[max(low, 0) : high]


def highlight(target: QTextEdit, spans: list[tuple[int, int]]) -> None:
    """`spans` highlighted in `target` (over a pane's change marks, where it has them)."""
    selections = []
    document = target.document()
    size = document.characterCount() - 1
    for start, end in spans:
        if end > size:
            break  # matches of a text since shortened (found again once it pauses)
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(MATCH)
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selections.append(selection)
    set_found = getattr(target, "set_found", None)
    if set_found is not None:
        set_found(selections)
    else:
        target.setExtraSelections(selections)


def find_all(
    target: Target, term: str, options: FindOptions | None = None
) -> list[tuple[int, int]]:
    """Every match (in any case, unless Match case): spans of a text, or rows of a list."""
    options = options or FindOptions()
    if isinstance(target, QListWidget):
        pattern = find_pattern(term, options)
        if pattern is None:
            return []
        rows = target.searched_text if isinstance(target, SearchedRows) else _line_of(target)
        return [(row, 0) for row in range(target.count()) if pattern.search(rows(row))]
    text = target.toPlainText()
    return spans_to_units(text, spans(text, term, options))  # as the editor's cursors count


def _line_of(target: QListWidget) -> Callable[[int], str]:
    return lambda row: target.item(row).text() or ""


def watch(target: Target, changed: Callable[[], None], scrolled: Callable[[], None]) -> None:
    """`changed` is called when the text (or the list) changes, `scrolled` when a text
    scrolls; both should be methods of a widget, so the connections end with it."""
    if isinstance(target, QTextEdit):
        target.document().contentsChanged.connect(changed)
        target.verticalScrollBar().valueChanged.connect(scrolled)
        return
    model = target.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
        signal.connect(changed)


def first_from(matches: list[tuple[int, int]], at: int, direction: int) -> int:
    """The match F3 shows first from the cursor at `at`: the first at or after it (Shift+F3:
    the last before it), going round the ends."""
    after = bisect_left(matches, (at, -1))
    return (after if direction > 0 else after - 1) % len(matches)


def show_match(target: Target, start: int, end: int) -> None:
    """The match selected and in the middle of the view (a list: its row)."""
    if isinstance(target, QListWidget):
        target.setCurrentRow(start)
        target.scrollToItem(target.item(start), QListWidget.ScrollHint.PositionAtCenter)
        return
    cursor = QTextCursor(target.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    target.setTextCursor(cursor)
    centre_cursor(target)
