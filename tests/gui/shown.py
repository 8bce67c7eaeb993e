"""What counsel sees in a pane, read from the editor's own formats (not from the model)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextEdit

from amendtool.gui.panes import HEADING


def misshown_headings(pane: QTextEdit) -> list[tuple[int, str]]:
    """Each block whose look disagrees with its heading mark (bold text in a paragraph, plain
    text in a heading), as its number and first words; empty when every block reads right."""
    wrong = []
    block = pane.document().begin()
    while block.isValid():
        heading = block.userState() == HEADING
        text = block.text()
        for run in block.textFormats():
            if not text[run.start : run.start + run.length].strip():
                continue
            if (run.format.fontWeight() >= QFont.Weight.Bold) != heading:
                wrong.append((block.blockNumber(), text[:40]))
                break
        block = block.next()
    return wrong
