"""Place-markers in Review Side by Side: where one text has nothing for a change (a
paragraph, row or section deleted, or one inserted), the other pane shows a marked line at
the place, naming the item, as Word and Litera show one. Without it the reader sees the
neighbours close up and cannot tell that anything was there."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextBlockFormat,
    QTextCursor,
)

from amendtool.core.items import AmendmentItem, letter
from amendtool.core.review import ChangeMap
from amendtool.gui.item_rows import summary
from amendtool.gui.pane_marks import change_colours
from amendtool.gui.panes import DocumentPane
from amendtool.gui.side_by_side import Pair

ROOM = 18  # pixels made between two paragraphs for a marker line and its words
SPACING = 8  # the panes' usual space under a paragraph


@dataclass(frozen=True)
class Gap:
    """A place in one pane where the other text has what this one has not: just above block
    `before` (None: the end of the text), for the items `items` (by index)."""

    before: int | None
    items: tuple[int, ...]
    words: str


def gaps_of(
    changes: ChangeMap, items: list[AmendmentItem], pairs: list[Pair]
) -> dict[str, list[Gap]]:
    """Each pane's gaps ("original", "amended"): every item with no block on one side."""
    found: dict[str, dict[int | None, list[int]]] = {"original": {}, "amended": {}}
    for index in range(len(items)):
        left, right = changes.blocks_of(index)
        if left and right:
            continue
        side = "original" if right else "amended"
        if left or right:
            found[side].setdefault(gap_place(changes, pairs, index), []).append(index)
    return {
        side: [Gap(before, tuple(made), _words(items, made)) for before, made in places.items()]
        for side, places in found.items()
    }


def gap_place(changes: ChangeMap, pairs: list[Pair], index: int) -> int | None:
    """The block of the text that has nothing for item `index` just above which its marker
    goes (None: the end of the text): after the block that stands for the one before the
    change, and after the changes of earlier items there, so a paragraph added at the end of
    a section goes above the next section's heading even when that section was deleted, and
    that section's marker goes after the paragraph added before it."""
    left, right = changes.blocks_of(index)
    if right:  # inserted: its place in the original
        marks, theirs, mapped = changes.original, right, [(b, a) for a, b in pairs]
    else:  # deleted: its place in the amended text
        marks, theirs, mapped = changes.amended, left, list(pairs)
    before = [mine for other, mine in mapped if other < theirs[0]]
    place = max(before) + 1 if before else 0
    while place < len(marks) and marks[place].items and max(marks[place].items) < index:
        place += 1
    return place if place < len(marks) else None


def _words(items: list[AmendmentItem], made: list[int]) -> str:
    """'Paragraph deleted (item F)', or the items' kinds and letters when several meet."""
    kinds = []
    for index in made:
        kind = summary(items[index]).split(" — ")[0]
        if kind not in kinds:
            kinds.append(kind)
    letters = ", ".join(letter(i) for i in made)
    return f"{'; '.join(kinds)} (item{'s' if len(made) > 1 else ''} {letters})"


def marker_colour(palette: QPalette, side: str) -> QColor:
    """The marker in the colour of what is missing on this side (a deletion in the amended
    pane, an insertion in the original), dark enough for its words to be read."""
    deleted, inserted, _ = change_colours(palette)
    colour = QColor(deleted if side == "amended" else inserted)
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return colour.lighter(220) if dark else colour.darker(260)


class ReviewPane(DocumentPane):
    """A read-only Review pane that makes room for its gaps and draws a marker in each."""

    def __init__(self, name: str, side: str) -> None:
        super().__init__(name, editable=False)
        self.side = side
        self.gaps: list[Gap] = []

    def show_gaps(self, gaps: list[Gap]) -> None:
        """Room above each gap's block (below the last block for the end of the text)."""
        self.gaps = gaps
        document = self.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        for gap in gaps:
            room = QTextBlockFormat()
            if gap.before is None:
                cursor = QTextCursor(document.lastBlock())
                room.setBottomMargin(SPACING + ROOM)
            else:
                cursor = QTextCursor(document.findBlockByNumber(gap.before))
                room.setTopMargin(SPACING + ROOM)
            cursor.mergeBlockFormat(room)
        cursor.endEditBlock()
        self.room_at_end()
        self.viewport().update()

    def room_at_end(self) -> None:
        """Half a pane of room under the last paragraph, so a change at the end of the text
        (a last section deleted, a paragraph added at the end) is shown in the middle of the
        pane like any other, not on its bottom line."""
        frame = self.document().rootFrame()
        look = frame.frameFormat()
        room = self.viewport().height() / 2
        if abs(look.bottomMargin() - room) > 1:
            look.setBottomMargin(room)
            frame.setFrameFormat(look)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.room_at_end()

    def gap_line(self, gap: Gap) -> float:
        """Where the gap's marker line is, in the document: halfway between the text above
        and the text below (a little under the last line, at the end of the text)."""
        document = self.document()
        document.documentLayout()  # laid out before its lines are read
        below = (
            document.lastBlock() if gap.before is None else document.findBlockByNumber(gap.before)
        )
        above = below if gap.before is None else below.previous()
        if not above.isValid():
            return below.layout().position().y() / 2
        bottom = above.layout().position().y() + above.layout().boundingRect().height()
        if gap.before is None:
            return bottom + (SPACING + ROOM) / 2
        return (bottom + below.layout().position().y()) / 2

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.gaps:
            return
        colour = marker_colour(self.palette(), self.side)
        painter = QPainter(self.viewport())
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        width = self.viewport().width()
        shift = self.verticalScrollBar().value()
        for gap in self.gaps:
            y = self.gap_line(gap) - shift
            if y < -ROOM or y > self.viewport().height() + ROOM:
                continue
            words = painter.fontMetrics().horizontalAdvance(gap.words) + 12
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(4, y), QPointF(max(width - words - 8, 8), y))
            painter.setPen(colour)
            box = QRectF(max(width - words - 4, 8), y - ROOM / 2, words, ROOM)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, gap.words)
        painter.end()
