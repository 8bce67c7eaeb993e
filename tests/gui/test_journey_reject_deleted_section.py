"""Rejecting a "Section deleted" item puts the whole section back where it was, heading and
paragraphs, in one undo step, and leaves no item for it; the Original pane shows its heading
struck with the paragraphs under it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from amendtool.core.items import ItemKind
from amendtool.core.review import change_map
from tests.gui.conftest import wait_items
from tests.gui.human import click_row

ORIGINAL = """\
1. Eligibility.

     You may exchange options granted under the 2020 Plan.

2. Withdrawal Rights.

     You may withdraw your tendered options at any time before the expiration date.

     To withdraw, you must deliver a notice of withdrawal.

3. Conditions of the Offer.

     We will not be required to accept any options tendered.
"""

REVISED = ORIGINAL.replace(
    "2. Withdrawal Rights.\n\n"
    "     You may withdraw your tendered options at any time before the expiration date.\n\n"
    "     To withdraw, you must deliver a notice of withdrawal.\n\n",
    "",
)


def test_rejecting_a_deleted_section_brings_back_heading_and_body(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    (tmp_path / "orig.txt").write_text(ORIGINAL)
    (tmp_path / "rev.txt").write_text(REVISED)
    window.open_documents(tmp_path / "orig.txt", tmp_path / "rev.txt")
    wait_items(qtbot, window, 1)
    assert [i.kind for i in window.session.items] == [ItemKind.DELETE_SECTION]
    pane = window.workspace.draft_pane
    original = [(b.text, b.heading) for b in pane.blocks()]

    shown = change_map(window.session.original, window.session.items).original
    struck = [m.text for m in shown if 0 in m.items]
    assert struck[0] == "2. Withdrawal Rights."

    click_row(window.workspace.items_panel.list, 0)
    qtbot.mouseClick(window.workspace.items_panel.reject_button, Qt.MouseButton.LeftButton)
    wait_items(qtbot, window, 0)
    restored = [(b.text, b.heading) for b in pane.blocks()]
    assert ("2. Withdrawal Rights.", True) in restored
    assert (
        restored.index(("2. Withdrawal Rights.", True))
        == restored.index(("3. Conditions of the Offer.", True)) - 3
    )
    assert window.session.undo_stack.undoText() == "Reject change A"
    window.session.undo_stack.undo()
    wait_items(qtbot, window, 1)
    assert [(b.text, b.heading) for b in pane.blocks()] == original
