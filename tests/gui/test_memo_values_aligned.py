"""The notice's memo block (To, From, Date, Subject) prints its values in one column, one
inch from the margin, in the app's PDF and print as in the .docx and the EDGAR HTML: spaces
after labels of different widths never line them up."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from amendtool.core.layout import Block, Role
from amendtool.gui.print_pages import qt_html
from amendtool.io.edgar_writer import blocks_to_html

MEMO = [
    ("To:", "Holders of 6.875% Senior Notes due 2031"),
    ("From:", "Osprey Holdings Corp."),
    ("Date:", "June 2, 2026"),
    ("Subject:", "Amendment to Offer to Purchase"),
]


def _value_lefts(html: str) -> dict[str, float]:
    document = QTextDocument()
    document.setTextWidth(624)  # a Letter page's text width at 96 pixels to the inch
    document.setHtml(html)
    layout = document.documentLayout()
    lefts: dict[str, float] = {}
    block = document.firstBlock()
    while block.isValid():
        text = block.text().replace("\u00a0", " ")
        for label, value in MEMO:
            if text.endswith(value):
                line = block.layout().lineAt(0)
                start = text.index(value)
                lefts[label] = layout.blockBoundingRect(block).x() + line.cursorToX(start)[0]
        block = block.next()
    return lefts


def test_memo_values_start_in_one_column(qtbot) -> None:  # type: ignore[no-untyped-def]
    blocks = [Block(Role.MEMO, value, label=label) for label, value in MEMO]
    blocks.append(Block(Role.TEXT, "We have changed the offer."))
    lefts = _value_lefts(qt_html(blocks_to_html(blocks, "Notice")))
    assert set(lefts) == {label for label, _ in MEMO}, lefts
    assert max(lefts.values()) - min(lefts.values()) < 1, lefts
    assert min(lefts.values()) >= 90, lefts  # an inch in, past the longest label
