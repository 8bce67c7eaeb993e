"""How the main window shares a laptop's screen (1366×768) among what counsel reads at once:
the texts, a page of items with the selected item's wording, and the checks.

The items column runs down to the status bar (the checks take the width of the texts, not
of the whole window), each item is a row of at most two lines (its whole text is in the
tooltip and in the detail under the list), and the list takes about half the column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFormLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from amendtool.gui import settings

ROW_LINES = 2  # lines of an item row: what it changes, then its class and first words
ROW_PADDING = 4  # pixels of an item row besides its lines
ROWS_SHOWN = 8.5  # rows the list is given room for: eight, and the next one begun


def arrange_docks(
    window: QMainWindow, navigator: QDockWidget, items: QDockWidget, checks: QDockWidget
) -> None:
    """The items column takes the bottom right corner, so the checks do not shorten it."""
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    window.resizeDocks([navigator, items], [300, 470], Qt.Orientation.Horizontal)
    window.resizeDocks([checks], [110], Qt.Orientation.Vertical)


class CompactRows(QStyledItemDelegate):
    """Item rows of at most `ROW_LINES` lines, each of the row's lines on one line of the
    list, cut after a whole word with "…" where it is longer: Qt, left to wrap and elide
    itself, pushed the class off a narrow row and cut the last word ("subject to th…")."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not option.text or option.rect.width() <= 0:
            return
        style = option.widget.style() if option.widget else QApplication.style()
        area = QStyle.SubElement.SE_ItemViewItemText
        # the room the style draws the text in: its text box less a margin on each side
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget)
        width = style.subElementRect(area, option, option.widget).width() - 2 * (margin + 1)
        lines = option.text.replace("\u2028", "\n").split("\n")[:ROW_LINES]
        fitted = [words_within(line, option.fontMetrics, width) for line in lines]
        option.text = "\u2028".join(fitted)
        # each line is cut to fit above: never wrapped, which would push the class line out
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        line = option.fontMetrics.lineSpacing()
        return QSize(size.width(), ROW_LINES * line + ROW_PADDING)  # every row two lines


def words_within(line: str, metrics: QFontMetrics, width: int) -> str:
    """The line whole if it fits `width`, else its first whole words and "…"."""
    if metrics.horizontalAdvance(line) <= width:
        return line
    words = line.split(" ")
    for count in range(len(words) - 1, 0, -1):
        kept = clean_cut(words[:count])
        if kept and metrics.horizontalAdvance(kept + "…") <= width:
            return kept + "…"
    return metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)  # one long word


# words a cut line must not end on: a reader expects what they join or lead into
_LEADING_ON = frozenset(
    "a an and as at but by for from in into nor of on or so than that the to via which "
    "who whom whose with".split()
)
_TRAILING = " ,;:—–-·.…"


def clean_cut(words: list[str]) -> str:
    """The words kept before an ellipsis, ending on a word that ends something: never on
    "and" or "the", on a dash or a comma, or on a stop (the ellipsis is the only dots)."""
    kept = list(words)
    while kept:
        last = kept[-1].rstrip(_TRAILING)
        if last and last.lower() not in _LEADING_ON:
            return " ".join([*kept[:-1], last])
        kept.pop()
    return ""


class ItemColumn(QSplitter):
    """The items list over the selected item. The list is given room for `ROWS_SHOWN` rows
    (fewer where the selected item would lose its boxes), or for the rows counsel gave it by
    moving the handle (kept in the settings, and kept as the window is resized: counsel
    chose a number of rows), and the selected item the rest."""

    def __init__(self, listing: QListWidget, detail: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.setObjectName("itemsSplitter")
        self.addWidget(listing)
        self.addWidget(detail)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.listing, self.detail = listing, detail
        saved = settings.get(settings.ITEM_ROWS)
        self.rows = saved + 0.5 if saved > 0 else ROWS_SHOWN
        self.splitterMoved.connect(self._moved)

    def _row_height(self) -> int:
        return ROW_LINES * self.listing.fontMetrics().lineSpacing() + ROW_PADDING

    def _moved(self) -> None:
        """Counsel moved the handle: the rows now shown whole are the list's from now on."""
        inside = self.sizes()[0] - 2 * self.listing.frameWidth()
        rows = max(inside // self._row_height(), 1)
        settings.put(settings.ITEM_ROWS, rows)
        self.rows = rows + 0.5  # and the next one begun, as at first

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.share()

    def share(self) -> None:
        wanted = round(self.rows * self._row_height()) + 2 * self.listing.frameWidth()
        total = sum(self.sizes())
        detail = self.detail.minimumSizeHint().height()
        listing = max(min(wanted, total - detail), 0)
        self.setSizes([listing, total - listing])


WORDING_LINES = 6  # lines of the filing's and the notice's wording shown at the least


def tight(form: QFormLayout, *boxes: QPlainTextEdit) -> QFormLayout:
    """The selected item's wording boxes close together, each at least `WORDING_LINES` lines
    of its text tall: counsel reads and edits a sentence of wording in them, and the list
    gives up rows for that (ItemColumn keeps the detail at its minimum)."""
    form.setContentsMargins(4, 3, 4, 3)
    form.setVerticalSpacing(3)
    for box in boxes:
        lines = WORDING_LINES * box.fontMetrics().lineSpacing()
        margins = 2 * (box.frameWidth() + round(box.document().documentMargin()))
        box.setMinimumHeight(lines + margins)
    return form


class SteadyLines(QLabel):
    """A label always `lines` lines tall, its text cut after a whole word with "…" where it is
    longer (the whole text in its tooltip, and from `text()`). A label as tall as its text
    moved what is under it from item to item (the tabs jumped under a click aimed at them),
    and took from the wording boxes more room than the layout had counted on."""

    def __init__(self, lines: int = 2) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.lines, self.whole = lines, ""
        self.setFixedHeight(lines * self.fontMetrics().lineSpacing() + 2)

    def setText(self, text: str) -> None:
        self.whole = text
        self._fit()

    def text(self) -> str:
        return self.whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown, words = self.whole, self.whole.split(" ")
        while len(words) > 1 and not self._fits(shown):
            words = words[:-1]
            shown = clean_cut(words) + "…"
        super().setText(shown)
        self.setToolTip(self.whole if shown != self.whole else "")

    def _fits(self, text: str) -> bool:
        width = max(self.contentsRect().width(), 1)
        flags = int(Qt.TextFlag.TextWordWrap)
        used = self.fontMetrics().boundingRect(QRect(0, 0, width, 100000), flags, text)
        return used.height() <= self.lines * self.fontMetrics().lineSpacing()
