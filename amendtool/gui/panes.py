"""The two text panes and how a place is shown in them.

The text panes: one paragraph or heading per block, changes highlighted in place.

Putting a place in the middle of a text view: a found match, a change, the line read
before a zoom. Qt's `ensureCursorVisible` leaves it on the first or last visible line,
where counsel's eye does not look."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from amendtool.core.draft_text import TextBlock
from amendtool.gui.draft_edits import shown_blocks
from amendtool.gui.file_drop import is_file_drag
from amendtool.gui.pane_marks import MarkedText, _block_numbers
from amendtool.gui.pane_marks import change_colours as change_colours  # named here too

if TYPE_CHECKING:
    pass

HEADING = 1


class DocumentPane(MarkedText):
    """One paragraph or heading per text block; headings carry a block state."""

    zoomRequested = Signal(int)  # Ctrl+wheel: +1 larger, -1 smaller (both panes follow)
    declines_files = True  # needs no drag filter: see canInsertFromMimeData

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
        self.mirror: list[TextBlock] = [TextBlock("")]

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """A file dragged over the pane is not text: the window under it opens the file."""
        return not is_file_drag(source) and super().canInsertFromMimeData(source)

    def set_blocks(
        self, blocks: list[TextBlock], markers: Sequence[str | None] | None = None
    ) -> None:
        """The text, one block a paragraph; `markers` (one per block) set bullets beside the
        paragraphs of a list, as Word shows them, outside the text that is compared."""
        blocks = shown_blocks(blocks)
        self._painted = {}  # the marks are painted anew on the new text
        blocker = self.blockSignals(True)
        self.document().blockSignals(True)
        # the editor sets new text in the look of where its cursor stood (a bold heading
        # would make every paragraph bold): new text starts plain, headings are marked below
        self.setTextCursor(QTextCursor(self.document()))
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText("\n".join(b.text for b in blocks))
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        spacing = QTextBlockFormat()
        spacing.setBottomMargin(8)
        cursor.mergeBlockFormat(spacing)
        # one edit for all the headings: the document is laid out once, not once a heading
        cursor.beginEditBlock()
        block = self.document().begin()
        for item in blocks:
            if item.heading:
                mark_heading(block, True)
            block = block.next()
        if markers is not None and len(markers) == len(blocks):
            show_list_marks(self.document(), markers)
        cursor.endEditBlock()
        self.document().clearUndoRedoStacks()
        self.document().blockSignals(False)
        self.blockSignals(blocker)
        self.mirror = self.read_blocks()

    def list_markers(self) -> list[str | None]:
        """Each block's list mark as shown ("•" for a bulleted paragraph, else None)."""
        out: list[str | None] = []
        block = self.document().begin()
        while block.isValid():
            out.append("•" if block.textList() is not None else None)
            block = block.next()
        return out

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

    def set_text_font(self, family: str, size: float) -> None:
        """The reading font (Preferences) at the zoomed size; the text itself is unchanged."""
        font = QFont(family)
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(size)
        self.document().setDefaultFont(font)

    def wheelEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            step = event.angleDelta().y()
            if step:
                self.zoomRequested.emit(1 if step > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def block_of_mark(self, mark_index: int) -> int:
        """Editor block number of the mark (empty editor blocks are not marks)."""
        blocks = _block_numbers(self.mirror, self.marks)
        if 0 <= mark_index < len(blocks):
            return blocks[mark_index]
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

    def reading_place(self) -> tuple[int, float]:
        """The first paragraph in view and how far into it the view starts (a share of it),
        or the cursor's paragraph when counsel is working in it (focus, cursor in view)."""
        document = self.document()
        layout = document.documentLayout()
        cursor_rect = self.cursorRect()
        if self.hasFocus() and self.viewport().rect().contains(cursor_rect.center()):
            return self.textCursor().blockNumber(), -1.0
        block = document.findBlockByNumber(self.top_block())
        rect = layout.blockBoundingRect(block)
        into = (self.verticalScrollBar().value() - rect.top()) / max(rect.height(), 1)
        return block.blockNumber(), min(max(into, 0.0), 1.0)

    def show_reading_place(self, place: tuple[int, float]) -> None:
        """The place `reading_place` gave, at the top of the view again (a cursor: centred)."""
        number, into = place
        block = self.document().findBlockByNumber(number)
        if into < 0:
            centre_cursor(self)
            return
        rect = self.document().documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(int(rect.top() + into * rect.height()))


def show_list_marks(document: QTextDocument, markers: Sequence[str | None]) -> None:
    """Bullets beside the blocks with a mark; a run of them is one list, as in Word."""
    current: QTextList | None = None
    block = document.begin()
    for marker in markers:
        if not block.isValid():
            break
        if marker is None:
            current = None
        elif current is None:
            style = QTextListFormat()
            style.setStyle(QTextListFormat.Style.ListDisc)
            style.setIndent(1)
            current = QTextCursor(block).createList(style)
        else:
            current.add(block)
        block = block.next()


def mark_heading(block: QTextBlock, heading: bool) -> None:
    """A heading is a block state (what the draft reads) shown in bold (what counsel sees)."""
    block.setUserState(HEADING if heading else -1)
    cursor = QTextCursor(block)
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if heading else QFont.Weight.Normal)
    cursor.mergeBlockCharFormat(fmt)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(fmt)


def titled(title: str, pane: QWidget, margin: int = 0) -> QWidget:
    """A pane under its bold title."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(QLabel(f"<b>{title}</b>"))
    layout.addWidget(pane)
    return box


TextView = QTextEdit | QPlainTextEdit


def centre_cursor(view: TextView, cursor: QTextCursor | None = None) -> None:
    """The view scrolled so that the cursor (the view's own by default) is in its middle,
    as far as the text allows; the cursor itself is not moved."""
    view.ensureCursorVisible()
    rect = view.cursorRect(cursor) if cursor is not None else view.cursorRect()
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + rect.center().y() - view.viewport().height() // 2)


def centre_position(view: TextView, position: int) -> None:
    """The character at `position` in the middle of the view, the cursor left where it is."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(max(0, min(position, view.document().characterCount() - 1)))
    centre_cursor(view, cursor)
