"""The two text panes: the original (read-only) and the working draft (editable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QPalette,
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

    def set_blocks(self, blocks: list[TextBlock]) -> None:
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

    def blocks(self) -> list[TextBlock]:
        out = []
        block = self.document().begin()
        while block.isValid():
            out.append(TextBlock(block.text(), heading=block.userState() == HEADING))
            block = block.next()
        return out

    def show_marks(self, marks: list[Marked], side: str, current: int | None) -> None:
        """Highlight changed words; blocks of the current item get a tint of their own."""
        self.marks = marks
        deleted, inserted, focus = change_colours(self.palette())
        colour = deleted if side == "original" else inserted
        selections = []
        block = self.document().begin()
        index = 0
        while block.isValid() and index < len(marks):
            mark = marks[index]
            if not block.text().strip() and mark.text.strip():
                block = block.next()
                continue
            if mark.item is not None:
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
            block = block.next()
        self.setExtraSelections(selections)

    def block_of_mark(self, mark_index: int) -> int:
        """Editor block number of the mark (empty editor blocks are not marks)."""
        block = self.document().begin()
        index = 0
        while block.isValid():
            if block.text().strip():
                if index == mark_index:
                    return block.blockNumber()
                index += 1
            block = block.next()
        return max(self.document().blockCount() - 1, 0)

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


def mark_heading(block, heading: bool) -> None:  # type: ignore[no-untyped-def]
    block.setUserState(HEADING if heading else -1)
    cursor = QTextCursor(block)
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if heading else QFont.Weight.Normal)
    cursor.mergeCharFormat(fmt)


class DraftPane(DocumentPane):
    """The editable draft; undo and redo go to the window's undo stack, not the editor's."""

    focused = Signal()

    def __init__(self) -> None:
        super().__init__("draftPane", editable=True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)  # type: ignore[attr-defined]
            or event.matches(QKeySequence.StandardKey.Redo)  # type: ignore[attr-defined]
        ):
            event.ignore()  # let the window's Undo/Redo actions take it
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        ):
            event.ignore()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.focused.emit()

    def set_heading_flags(self, blocks: list[TextBlock]) -> None:
        block = self.document().begin()
        for item in blocks:
            if not block.isValid():
                break
            if item.heading:
                mark_heading(block, True)
            block = block.next()

    def toggle_heading(self) -> None:
        block = self.textCursor().block()
        mark_heading(block, block.userState() != HEADING)


__all__ = ["DocumentPane", "DraftPane", "Qt"]


def titled(title: str, pane: QWidget, margin: int = 0) -> QWidget:
    """A pane under its bold title."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(pane)
    return box
