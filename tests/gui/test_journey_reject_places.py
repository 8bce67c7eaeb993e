"""Rejecting any one change gives exactly the draft with that change undone: the other items
stay as they were and the text is the original with only the other items applied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from amendtool.core.apply import TextDocument, apply_items
from amendtool.core.items import AmendmentItem
from amendtool.gui.main_window import MainWindow
from tests.gui.conftest import wait_items
from tests.gui.human import click_row

ORIGINAL = """\
1. Terms of the Offer.

     The purchase price for each $1,000 principal amount of Notes validly
tendered will be $1,015.00 (the "Purchase Price").

     Holders must tender Notes in minimum denominations of $2,000.

2. Withdrawal Rights.

     A notice of withdrawal must be received by the depositary within two
business days.

3. Conditions of the Offer.

     The offer is conditioned on the receipt of financing on terms
satisfactory to the Company.

     The Company may waive any condition in its sole discretion.

     The Company will announce any waiver by press release.
"""

REVISED = (
    ORIGINAL.replace("$1,015.00", "$1,025.00")
    .replace("within two\nbusiness days", "within one\nbusiness day")
    .replace(
        "conditioned on the receipt of financing on terms\nsatisfactory to the Company.",
        "not conditioned on any financing.",
    )
    .replace("     The Company may waive any condition in its sole discretion.\n\n", "")
)


def _open(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "orig.txt").write_text(ORIGINAL)
    (tmp_path / "rev.txt").write_text(REVISED)
    window.open_documents(tmp_path / "orig.txt", tmp_path / "rev.txt")
    wait_items(qtbot, window, 4)


def _what(items: list[AmendmentItem]) -> list[tuple[str, str, str]]:
    return [(i.kind.value, i.old_text or "", i.new_text or "") for i in items]


def _texts(document: TextDocument) -> list[str]:
    texts: list[str] = []
    for section in document.sections:
        texts += [section.heading] if section.heading else []
        texts += section.paragraphs
    return texts


def test_rejecting_each_change_undoes_exactly_that_change(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, window, tmp_path)
    items = list(window.session.items)
    assert _what(items)[3][0] == "delete_paragraph"
    original = TextDocument.from_document(window.session.original)
    pane = window.workspace.draft_pane
    for index in range(len(items)):
        others = items[:index] + items[index + 1 :]
        click_row(window.workspace.items_panel.list, index)
        qtbot.mouseClick(window.workspace.items_panel.reject_button, Qt.MouseButton.LeftButton)
        wait_items(qtbot, window, len(others))
        assert [b.text for b in pane.blocks()] == _texts(apply_items(original, others))
        assert _what(window.session.items) == _what(others)
        window.session.undo_stack.undo()
        wait_items(qtbot, window, len(items))
        assert _what(window.session.items) == _what(items)


def test_review_opens_at_the_selected_item_and_undo_selects_the_rejected_one(
    qtbot, window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, window, tmp_path)
    panel = window.workspace.items_panel
    click_row(panel.list, 2)
    review = window.review()
    assert review is not None
    qtbot.addWidget(review)
    assert review.current == 2
    assert review.label.text().startswith("<b>Item C</b> of 4")
    review.go(1)  # stepping in Review: the main window follows
    assert panel.current() == 1
    rejected = _what(window.session.items)[1]
    qtbot.mouseClick(review.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 3)
    window.session.undo_stack.undo()
    wait_items(qtbot, window, 4)
    qtbot.waitUntil(lambda: panel.current() == 1)
    assert _what(window.session.items)[1] == rejected
    qtbot.waitUntil(lambda: len(review.items) == 4)
    assert review.current == 1
