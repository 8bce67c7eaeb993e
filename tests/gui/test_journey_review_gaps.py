"""Review Side by Side marks the place of text that one side has not: a paragraph deleted
shows a marker line in the amended pane where it was, naming the item; a paragraph inserted
shows one in the original pane where it goes. Counsel steps to each with F8, as Word and
Litera show it, and sees the marker drawn between the right neighbours."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from amendtool.core.items import letter
from amendtool.gui.main_window import MainWindow
from amendtool.gui.review_gaps import ReviewPane, marker_colour
from amendtool.gui.review_window import ReviewWindow
from tests.gui.conftest import wait_items
from tests.gui.human import pause
from tests.gui.test_journey_reject_places import ORIGINAL

KEPT = "     The Company will announce any waiver by press release.\n"
ADDED = "     Holders may ask the information agent for copies of this offer.\n\n"
REVISED = (
    ORIGINAL.replace("     The Company may waive any condition in its sole discretion.\n\n", "")
    .replace("     Holders must tender Notes in minimum denominations of $2,000.\n", "")
    .replace("2. Withdrawal Rights.\n\n", "2. Withdrawal Rights.\n\n" + ADDED)
    .replace(KEPT, KEPT + "\n" + ADDED.replace("information agent", "dealer manager"))
)


def _text_between(pane: ReviewPane, y: float) -> tuple[str, str]:
    """The paragraphs just above and just below document height `y`."""
    document = pane.document()
    block = document.begin()
    above = ""
    while block.isValid() and block.layout().position().y() < y:
        above = block.text()
        block = block.next()
    return above, block.text() if block.isValid() else ""


def _drawn(pane: ReviewPane, y: float, colour: QColor) -> int:
    """How many pixels of the marker's colour are painted on the line at height `y`."""
    image = pane.viewport().grab().toImage()
    row = int(y - pane.verticalScrollBar().value())
    ratio = image.devicePixelRatio()
    found = 0
    for dy in (-1, 0, 1):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, int((row + dy) * ratio))
            if abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) < 40 and (
                abs(pixel.blue() - colour.blue()) < 40
            ):
                found += 1
    return found


def test_every_deleted_or_inserted_paragraph_has_a_marker_where_it_was(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "orig.txt").write_text(ORIGINAL)
    (tmp_path / "rev.txt").write_text(REVISED)
    window.open_documents(tmp_path / "orig.txt", tmp_path / "rev.txt")
    wait_items(qtbot, window, 4)
    window.actions_by_id["review"].trigger()
    review = next(w for w in window.findChildren(ReviewWindow) if w.isVisible())
    qtbot.waitExposed(review)
    kinds = [i.kind.value for i in window.session.items]
    assert kinds.count("delete_paragraph") == 2 and kinds.count("insert_paragraph") == 2, kinds
    seen = set()
    for _ in window.session.items:
        QTest.keyClick(review, Qt.Key.Key_F8)
        pause(60)
        index = review.current
        assert index is not None
        item = window.session.items[index]
        left, right = review.changes.blocks_of(index)
        if left and right:
            continue
        pane, other, blocks = (
            (review.right, review.left, left) if not right else (review.left, review.right, right)
        )
        assert isinstance(pane, ReviewPane)
        [gap] = [g for g in pane.gaps if index in g.items]
        assert f"item {letter(index)}" in gap.words
        assert ("deleted" if not right else "inserted") in gap.words
        y = pane.gap_line(gap)
        above, below = _text_between(pane, y)
        gone = other.document().findBlockByNumber(blocks[0])
        # its neighbours in the other text are the marker's neighbours here
        assert gone.previous().text() == above, (item.kind.value, above)
        assert (gone.next().text() if gone.next().isValid() else "") == below
        viewport = pane.viewport().height()
        assert 0 < y - pane.verticalScrollBar().value() < viewport  # in view, where F8 went
        colour = marker_colour(pane.palette(), "amended" if not right else "original")
        assert _drawn(pane, y, colour) > 30
        seen.add(item.kind.value)
    assert seen == {"delete_paragraph", "insert_paragraph"}
