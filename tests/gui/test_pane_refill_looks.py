"""Text set anew in a pane (Review after Reject change, the draft after Load Revised File)
takes none of the look of where the cursor last stood: after the cursor stood in a bold
heading, the paragraphs set are not bold; only headings are."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCursor

from amendtool.core.draft_text import TextBlock
from amendtool.gui.panes import DocumentPane

BLOCKS = [
    TextBlock("4. Conditions of the Offer", True),
    TextBlock("We will not accept any option tendered after the expiration date."),
    TextBlock("We may waive any condition."),
]


def weights(pane: DocumentPane) -> list[bool]:
    """Whether each block's text is drawn bold."""
    out = []
    block = pane.document().begin()
    while block.isValid():
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        out.append(cursor.charFormat().fontWeight() >= QFont.Weight.Bold)
        block = block.next()
    return out


def test_text_set_again_after_the_cursor_stood_in_a_heading_is_not_bold(qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = DocumentPane("amended", editable=False)
    qtbot.addWidget(pane)
    pane.set_blocks(BLOCKS)
    assert weights(pane) == [True, False, False]
    cursor = pane.textCursor()
    cursor.setPosition(3)  # counsel's place (or a change centred) in the heading
    pane.setTextCursor(cursor)
    pane.set_blocks(BLOCKS[1:])  # a change rejected: the text shown anew
    assert weights(pane) == [False, False]
    pane.set_blocks(BLOCKS)
    assert weights(pane) == [True, False, False]
