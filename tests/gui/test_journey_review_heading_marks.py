"""Review Side by Side shows a heading mark (a paragraph made a heading, a heading made body
text) as the change of format it is: in the format-change colour on both sides, neither
struck out as deleted nor underlined as inserted, as the item says ("its words unchanged")."""

from __future__ import annotations

import pytest

from PySide6.QtWidgets import QTextEdit

from amendtool.core.items import ItemKind
from amendtool.gui.main_window import MainWindow
from amendtool.gui.pane_marks import format_colour
from amendtool.gui.panes import change_colours
from amendtool.gui.review_window import ReviewWindow
from tests.gui.conftest import wait_items
from tests.gui.test_journey_heading_marks import HEADING, ORIGINAL, PARAGRAPH, mark_heading


def marks_on(pane: QTextEdit, blocks: list[int]) -> list[QTextEdit.ExtraSelection]:
    """The change marks painted on these blocks of the pane."""
    document = pane.document()
    found = []
    for number in blocks:
        block = document.findBlockByNumber(number)
        start, end = block.position(), block.position() + block.length()
        found += [s for s in pane.extraSelections() if start <= s.cursor.selectionStart() < end]
    return found


@pytest.mark.parametrize(
    ("words", "exact", "kind"),
    [(HEADING, True, ItemKind.MAKE_PARAGRAPH), (PARAGRAPH, False, ItemKind.MAKE_HEADING)],
)
def test_review_shows_a_heading_mark_as_a_change_of_format(
    qtbot, window: MainWindow, words: str, exact: bool, kind: ItemKind
) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(ORIGINAL, None, None)
    wait_items(qtbot, window, 0)
    mark_heading(qtbot, window, words, exact)
    wait_items(qtbot, window, 1)
    assert window.session.items[0].kind is kind
    window.actions_by_id["review"].trigger()
    review = next(w for w in window.findChildren(ReviewWindow) if w.isVisible())
    qtbot.waitExposed(review)
    left, right = review.changes.blocks_of(0)
    assert left and right
    deleted, inserted, _ = change_colours(review.palette())
    restyled = format_colour(review.palette())
    for pane, blocks in ((review.left, left), (review.right, right)):
        marks = marks_on(pane, blocks)
        colours = {s.format.background().color().rgba() for s in marks}
        assert restyled.rgba() in colours, pane.objectName()
        assert not colours & {deleted.rgba(), inserted.rgba()}, pane.objectName()
        assert not any(s.format.fontStrikeOut() or s.format.fontUnderline() for s in marks)
    # the draft window's own panes show it the same way
    ws = window.workspace
    for pane in (ws.original_pane, ws.draft_pane):
        colours = {s.format.background().color().rgba() for s in pane.extraSelections()}
        assert restyled.rgba() in colours and not colours & {deleted.rgba(), inserted.rgba()}
