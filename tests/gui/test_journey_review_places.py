"""Review Side by Side puts every change in the middle of both panes: where there is no
text on one side (a paragraph deleted or inserted), the place where it was or will be."""

from __future__ import annotations

from amendtool.core.drafting import draft_items
from amendtool.core.review import change_map
from amendtool.gui.review_window import ReviewWindow
from tests.support.builders import doc


def _filler(section: int, count: int = 30) -> list[str]:
    return [
        f"Paragraph {n} of section {section} says what the offer holds for holders of options."
        for n in range(count)
    ]


def _pair() -> tuple[list[tuple[str, list[str]]], list[tuple[str, list[str]]]]:
    old = [(f"{n}. Section Title {n}", _filler(n)) for n in range(1, 12)]
    new = [(h, list(p)) for h, p in old]
    del new[2][1][15]  # a paragraph deleted
    new[4][1].insert(12, "An inserted paragraph that was not in the original offer at all.")
    new[6][1][20] = "A paragraph rewritten in its entirety, with nothing of the old kept."
    new[8] = ("9. Another Title Altogether", new[8][1])  # a heading changed
    old[9][1][10:10] = ["Quarter\tPrice", "March 31\t$18.40", "June 30\t$12.75"]
    new[9][1][10:10] = ["Quarter\tPrice", "March 31\t$18.40", "June 30\t$13.75"]  # a table row
    return old, new


def _middle(pane, y: float) -> float:  # type: ignore[no-untyped-def]
    """Where document height `y` shows in the pane, as a share of the pane's height."""
    return (y - pane.verticalScrollBar().value()) / pane.viewport().height()


def _top(pane, block: int) -> float:  # type: ignore[no-untyped-def]
    document = pane.document()
    return document.documentLayout().blockBoundingRect(document.findBlockByNumber(block)).top()


def _block_with(pane, text: str) -> int:  # type: ignore[no-untyped-def]
    document = pane.document()
    return next(
        n for n in range(document.blockCount()) if document.findBlockByNumber(n).text() == text
    )


def test_every_kind_of_change_is_centred_in_both_panes(qtbot) -> None:  # type: ignore[no-untyped-def]
    old, new = _pair()
    original = doc(old)
    items = draft_items(original, doc(new)).items
    kinds = {i.kind.value for i in items}
    assert {"delete_paragraph", "insert_paragraph", "retitle_section"} <= kinds, kinds
    review = ReviewWindow(change_map(original, items), items)
    qtbot.addWidget(review)
    review.resize(1200, 700)
    review.show()
    qtbot.waitUntil(review.isVisible)
    deleted = next(n for n, i in enumerate(items) if i.kind.value == "delete_paragraph")
    for direction in (1, 1, -1, 0):  # F8, F8, Shift+F8: the same places however one gets there
        for index, item in enumerate(items):
            if direction == 0:  # the texts shown again (after a change is rejected)
                if index != deleted:
                    continue
                review.current = index
                review.refresh(change_map(original, items), items)
            else:
                review.go(index)
            left, right = review.changes.blocks_of(index)
            for pane, blocks, other in ((review.left, left, right), (review.right, right, left)):
                if blocks:
                    where = _middle(pane, _top(pane, blocks[0]))
                else:  # where the text was (or will be): the top of the paragraph after it
                    right_pane = pane is review.right
                    marks = review.changes.amended if right_pane else review.changes.original
                    others = review.changes.original if right_pane else review.changes.amended
                    after = others[other[-1] + 1].text
                    where = _middle(pane, _top(pane, _block_with(pane, after)))
                    assert marks  # the pane has text to scroll
                assert 0.25 < where < 0.75, (item.kind.value, pane.objectName(), where)
        review.step(direction)
