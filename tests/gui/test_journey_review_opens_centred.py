"""Review Side by Side opens with the first change in the middle of both panes, as Previous
and Next leave every other change: not on the pane's last line."""

from __future__ import annotations

from pathlib import Path

import docx

from amendtool.gui.main_window import MainWindow
from amendtool.gui.review_window import ReviewWindow
from tests.gui.conftest import wait_items


def _offer(path: Path, changed: bool) -> Path:
    """A long offer (sections of thirty paragraphs); the revision changes one paragraph of
    the seventh section, far below the first screen."""
    document = docx.Document()
    for number in range(1, 12):
        document.add_heading(f"{number}. Section Title {number}", level=1)
        for n in range(30):
            text = f"Paragraph {n} of section {number} says what the offer holds for holders."
            if changed and (number, n) == (7, 20):
                text = "A paragraph rewritten in its entirety, with nothing of the old kept."
            document.add_paragraph(text)
    document.save(str(path))
    return path


def _share(pane, block: int) -> float:  # type: ignore[no-untyped-def]
    """Where the block's top shows in the pane, as a share of the pane's height."""
    document = pane.document()
    top = document.documentLayout().blockBoundingRect(document.findBlockByNumber(block)).top()
    return (top - pane.verticalScrollBar().value()) / pane.viewport().height()


def test_review_opens_with_the_first_change_centred(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window.open_documents(_offer(tmp_path / "o.docx", False), _offer(tmp_path / "r.docx", True))
    wait_items(qtbot, window, 1)
    window.actions_by_id["review"].trigger()
    review = next(w for w in window.findChildren(ReviewWindow) if w.isVisible())
    qtbot.waitExposed(review)
    left, right = review.changes.blocks_of(0)

    def centred() -> None:
        for pane, blocks in ((review.left, left), (review.right, right)):
            share = _share(pane, blocks[0])
            assert 0.25 < share < 0.75, (pane.objectName(), share)

    qtbot.waitUntil(centred, timeout=5000)  # once the window is on screen, without a key
