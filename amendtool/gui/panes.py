"""The text panes: one paragraph or heading per block, changes highlighted in place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from amendtool.core.draft_text import TextBlock

if TYPE_CHECKING:
    from amendtool.core.review import Marked

HEADING = 1


def change_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Deletion, insertion and current-item colours that read in light and dark palettes."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    if dark:
        return QColor(120, 40, 40), QColor(30, 100, 50), QColor(120, 100, 20)
    return QColor(255, 215, 215), QColor(205, 245, 205), QColor(255, 240, 170)


class DocumentPane(QTextEdit):
    """One paragraph or heading per text block; headings carry a block state."""

    def __init__(self, name: str, editable: bool) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setReadOnly(not editable)
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        font = QFont("Times New Roman")
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(11)
        self.document().setDefaultFont(font)
        self.marks: list[Marked] = []
        self.mirror: list[TextBlock] = [TextBlock("")]

    def set_blocks(self, blocks: list[TextBlock]) -> None:
        blocks = [TextBlock(one_line(b.text), b.heading) for b in blocks]
        blocker = self.blockSignals(True)
        self.document().blockSignals(True)
        self.setPlainText("\n".join(b.text for b in blocks))
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(8)
        cursor.mergeBlockFormat(spacing)
        block = self.document().begin()
        for item in blocks:
            if item.heading:
                mark_heading(block, True)
            block = block.next()
        self.document().clearUndoRedoStacks()
        self.document().blockSignals(False)
        self.blockSignals(blocker)
        self.mirror = self.read_blocks()

    def blocks(self) -> list[TextBlock]:
        """The blocks as shown, kept in step with every edit (cheap: no walk of the text)."""
        return list(self.mirror)

    def read_blocks(self, first: int = 0, last: int | None = None) -> list[TextBlock]:
        """The blocks read from the editor itself, from block `first` to `last`."""
        out = []
        block = self.document().findBlockByNumber(first)
        while block.isValid() and (last is None or block.blockNumber() <= last):
            out.append(TextBlock(block.text(), heading=block.userState() == HEADING))
            block = block.next()
        return out

    def show_marks(self, marks: list[Marked], side: str, current: int | None) -> None:
        """Highlight changed words; blocks of the current item get a tint of their own.
        Neither the cursor nor the scroll position moves."""
        self.marks = marks
        deleted, inserted, focus = change_colours(self.palette())
        colour = deleted if side == "original" else inserted
        selections = []
        shown = self.mirror
        document = self.document()
        number = index = 0
        while number < len(shown) and index < len(marks):
            mark = marks[index]
            if not shown[number].text.strip() and mark.text.strip():
                number += 1
                continue
            if mark.item is not None:
                block = document.findBlockByNumber(number)
                if mark.item == current:
                    whole = QTextEdit.ExtraSelection()
                    whole.format.setBackground(focus)
                    whole.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                    whole.cursor = QTextCursor(block)
                    selections.append(whole)
                for start, end in mark.spans:
                    selection = QTextEdit.ExtraSelection()
                    selection.format.setBackground(colour)
                    if side == "original":
                        selection.format.setFontStrikeOut(True)
                    else:
                        selection.format.setFontUnderline(True)
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + min(start, block.length() - 1))
                    cursor.setPosition(
                        block.position() + min(end, block.length() - 1),
                        QTextCursor.MoveMode.KeepAnchor,
                    )
                    selection.cursor = cursor
                    selections.append(selection)
            index += 1
            number += 1
        self.setExtraSelections(selections)

    def block_of_mark(self, mark_index: int) -> int:
        """Editor block number of the mark (empty editor blocks are not marks)."""
        index = 0
        for number, block in enumerate(self.mirror):
            if block.text.strip():
                if index == mark_index:
                    return number
                index += 1
        return max(len(self.mirror) - 1, 0)

    def scroll_to_block(self, number: int) -> None:
        block = self.document().findBlockByNumber(number)
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        bar = self.verticalScrollBar()
        rect = self.cursorRect(cursor)
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    def top_block(self) -> int:
        return self.cursorForPosition(self.viewport().rect().topLeft()).blockNumber()


def mark_heading(block: QTextBlock, heading: bool) -> None:
    """A heading is a block state (what the draft reads) shown in bold (what counsel sees)."""
    block.setUserState(HEADING if heading else -1)
    cursor = QTextCursor(block)
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if heading else QFont.Weight.Normal)
    cursor.mergeBlockCharFormat(fmt)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


def one_line(text: str) -> str:
    """A block's text holds no line or paragraph breaks: each would start another block."""
    return text.translate(_BREAKS) if any(c in text for c in _BREAKS_TEXT) else text


_BREAKS_TEXT = "\n\r\u2028\u2029\v"
_BREAKS = {ord(c): " " for c in _BREAKS_TEXT}


def titled(title: str, pane: QWidget, margin: int = 0) -> QWidget:
    """A pane under its bold title."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(pane)
    return box
