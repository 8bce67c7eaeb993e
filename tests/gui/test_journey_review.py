"""Reviewing side by side as counsel does: F8 at once, the change centred in both panes,
the panes scrolling together, and a change rejected (and the rejection undone)."""

from __future__ import annotations

from pathlib import Path

import docx

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from amendtool.core.draft_text import document_blocks
from amendtool.gui.main_window import MainWindow
from tests.conftest import SAMPLES
from tests.gui.conftest import wait_items
from tests.gui.human import click_row, pause, press


def open_demo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.open_demo()
    wait_items(qtbot, window, 6)


def _centre_of(pane, block: int) -> float:  # type: ignore[no-untyped-def]
    rect = (
        pane.document().documentLayout().blockBoundingRect(pane.document().findBlockByNumber(block))
    )
    top = rect.top() - pane.verticalScrollBar().value()
    return (top + min(rect.height(), pane.viewport().height()) / 2) / pane.viewport().height()


def test_f8_steps_at_once_and_centres_each_change(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    qtbot.waitUntil(lambda: review.isVisible() and review.right.hasFocus())
    assert review.current == 0
    press(QApplication.focusWidget(), Qt.Key.Key_F8)  # no click first
    assert review.current == 1
    press(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert review.current == 2
    left, right = review.changes.blocks_of(2)
    for pane, blocks in ((review.left, left), (review.right, right)):
        assert 0.3 < _centre_of(pane, blocks[0]) < 0.7
    press(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert review.current == 1
    # the button row takes one line; the texts take the rest of the window
    assert review.left.height() > 0.75 * review.height()


def test_the_panes_scroll_together(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    bar = review.left.verticalScrollBar()
    for value in (bar.maximum() // 3, bar.maximum() // 2, bar.maximum() * 3 // 4):
        bar.setValue(value)
        pause(20)
        top_left = review.left.top_block()
        top_right = review.right.top_block()
        left_text = review.left.document().findBlockByNumber(top_left).text()
        right_text = review.right.document().findBlockByNumber(top_right).text()
        if review.changes.original[top_left].item is None:
            assert left_text == right_text  # the same paragraph at the top of both


def test_rejecting_a_change_restores_the_original_text_as_one_step(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    open_demo(qtbot, window)
    original_blocks = document_blocks(window.session.original)
    old = window.session.items[1].old_text  # "two business days" in Section 5
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    review.go(1)
    steps = window.session.undo_stack.count()
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 5)
    pane = window.workspace.draft_pane
    assert old.split("\n")[0] in pane.toPlainText()
    assert window.session.undo_stack.count() == steps + 1
    assert window.session.undo_stack.undoText().startswith("Reject change B")
    qtbot.waitUntil(lambda: len(review.items) == 5)  # the review shows the texts as they stand
    # the item list can reject too: item D (a deleted paragraph) comes back where it stood
    click_row(window.workspace.items_panel.list, 2)
    deleted = window.session.items[2].old_text
    assert window.session.items[2].kind.value == "delete_paragraph"
    qtbot.mouseClick(window.workspace.items_panel.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 4)
    texts = [b.text for b in pane.blocks()]
    at = texts.index(deleted)
    before = [b.text for b in original_blocks]
    assert texts[at - 1] == before[before.index(deleted) - 1]
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    wait_items(qtbot, window, 6)
    assert deleted not in pane.toPlainText()


PRICE = "We will pay $22.50 per Share, net to the seller in cash, without interest."
FUNDS = (
    "We will need approximately $45.0 million to purchase the Shares.",
    "We expect to fund the purchase with cash on hand and borrowings under our credit facility.",
)
MORE = " We have no alternative financing arrangements."


def term_sheet(path: Path, funds: tuple[str, str]) -> Path:
    """An offer whose summary term sheet is a table: caption | text, a cell of two paragraphs."""
    word = docx.Document()
    word.add_heading("SUMMARY TERM SHEET", level=1)
    word.add_paragraph("This summary highlights the material terms of the Tender Offer.")
    table = word.add_table(rows=0, cols=2)
    for caption, texts in [("Purchase Price", (PRICE,)), ("Source and Amount of Funds", funds)]:
        cells = table.add_row().cells
        cells[0].text = caption
        cells[1].text = texts[0]
        for text in texts[1:]:
            cells[1].add_paragraph(text)
    word.add_heading("1. Terms of the Offer", level=2)
    word.add_paragraph("We will purchase up to 2,000,000 Shares in the Tender Offer.")
    word.save(str(path))
    return path


def test_rejecting_one_of_two_changes_in_a_row_keeps_the_other(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two items change the same row of the term sheet (one block of the draft): rejecting
    one gives back only its words, the other change stays; undo gives them back."""
    revised_funds = (FUNDS[0].replace("$45.0", "$46.5"), FUNDS[1] + MORE)
    original = term_sheet(tmp_path / "offer.docx", FUNDS)
    revised = term_sheet(tmp_path / "revised.docx", revised_funds)
    window.open_documents(original, revised, SAMPLES / "filing.toml")
    wait_items(qtbot, window, 2)
    items = window.session.items
    assert [i.kind.value for i in items] == ["replace_words", "insert_sentence"]
    pane = window.workspace.draft_pane
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    review.go(0)
    assert review.changes.blocks_of(0)[1], "the first change is not shown in the amended text"
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 1)
    text = pane.toPlainText()
    assert "$45.0 million" in text and "$46.5" not in text
    assert MORE.strip() in text  # the other change in the row is kept
    assert window.session.items[0].kind.value == "insert_sentence"
    window.session.undo_stack.undo()
    wait_items(qtbot, window, 2)
    text = pane.toPlainText()
    assert "$46.5 million" in text and MORE.strip() in text
    # the other way round, from the item list: the sentence goes, the amount stays
    click_row(window.workspace.items_panel.list, 1)
    qtbot.mouseClick(window.workspace.items_panel.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 1)
    text = pane.toPlainText()
    assert "$46.5 million" in text and MORE.strip() not in text
    assert window.session.items[0].kind.value == "replace_words"
