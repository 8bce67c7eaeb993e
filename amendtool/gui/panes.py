"""The text panes: one paragraph or heading per block, changes highlighted in place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from amendtool.core.draft_text import TextBlock
from amendtool.gui.draft_edits import shown_blocks
from amendtool.gui.file_drop import is_file_drag

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

    zoomRequested = Signal(int)  # Ctrl+wheel: +1 larger, -1 smaller (both panes follow)
    declines_files = True  # needs no drag filter: see canInsertFromMimeData

    def __init__(self, name: str, editable: bool) -> None:
        super().__init__()
        self._mark_selections: list[QTextEdit.ExtraSelection] = []
        self._found: list[QTextEdit.ExtraSelection] = []
        self._painted: dict[tuple[object, ...], QTextEdit.ExtraSelection] = {}
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

    def show_marks(self, marks: list[Marked], side: str, current: int | None) -> None:
        """Highlight changed words; blocks of the current item get a tint of their own.
        Neither the cursor nor the scroll position moves. A mark painted before, whose
        highlight still covers the same text, is kept as it is: after each pause in typing
        only the marks of what changed are made anew (hundreds on a long revision)."""
        self.marks = marks
        deleted, inserted, focus = change_colours(self.palette())
        colour = deleted if side == "original" else inserted
        selections = []
        document = self.document()
        blocks = _block_numbers(self.mirror, marks)
        made: dict[tuple[object, ...], QTextEdit.ExtraSelection] = {}
        for index, mark in enumerate(marks):
            if mark.item is None or index >= len(blocks):
                continue
            block = document.findBlockByNumber(blocks[index])
            if current is not None and current in mark.items:
                at = block.position()
                whole = self._kept(("whole", focus.rgba(), blocks[index]), at, at, made)
                if whole is None:
                    whole = QTextEdit.ExtraSelection()
                    whole.format.setBackground(focus)
                    whole.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
                    whole.cursor = QTextCursor(block)
                    made[("whole", focus.rgba(), blocks[index])] = whole
                selections.append(whole)
            for start, end in mark.spans:
                first = block.position() + min(start, block.length() - 1)
                last = block.position() + min(end, block.length() - 1)
                key = (side, colour.rgba(), blocks[index], start, end)
                selection = self._kept(key, first, last, made)
                if selection is None:
                    selection = QTextEdit.ExtraSelection()
                    selection.format.setBackground(colour)
                    if side == "original":
                        selection.format.setFontStrikeOut(True)
                    else:
                        selection.format.setFontUnderline(True)
                    cursor = QTextCursor(block)
                    cursor.setPosition(first)
                    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor
                    made[key] = selection
                selections.append(selection)
        self._painted = made
        self._mark_selections = selections
        self.setExtraSelections(selections + self._found)

    def _kept(
        self,
        key: tuple[object, ...],
        first: int,
        last: int,
        made: dict[tuple[object, ...], QTextEdit.ExtraSelection],
    ) -> QTextEdit.ExtraSelection | None:
        """The highlight painted before for `key`, if its cursor (which moved with the text
        as counsel typed) still covers exactly [first, last)."""
        selection = self._painted.get(key)
        if selection is None:
            return None
        cursor = selection.cursor
        if cursor.selectionStart() != first or cursor.selectionEnd() != last:
            return None
        made[key] = selection
        return selection

    def set_found(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        """The find bar's matches, shown over the change marks."""
        self._found = selections
        self.setExtraSelections(self._mark_selections + selections)

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
            from amendtool.gui.centring import centre_cursor

            centre_cursor(self)
            return
        rect = self.document().documentLayout().blockBoundingRect(block)
        self.verticalScrollBar().setValue(int(rect.top() + into * rect.height()))


def _block_numbers(shown: list[TextBlock], marks: list[Marked]) -> list[int]:
    """The editor block of each mark: marks are the paragraphs of the text, so an empty
    block in the editor (a paragraph counsel has not written yet) has none."""
    if _all_written(marks):
        return [n for n, b in enumerate(shown) if b.text and not b.text.isspace()]
    numbers, number = [], 0
    for mark in marks:  # an empty mark pairs with an empty block
        while number < len(shown) and not shown[number].text.strip() and mark.text.strip():
            number += 1
        numbers.append(number)
        number += 1
    return numbers


_WRITTEN: dict[int, tuple[list[Marked], bool]] = {}


def _all_written(marks: list[Marked]) -> bool:
    """Whether every mark has text (remembered for the last lists seen: a pane repaints
    the same marks whenever counsel selects an item)."""
    known = _WRITTEN.get(id(marks))
    if known is None or known[0] is not marks:
        if len(_WRITTEN) > 8:
            _WRITTEN.clear()
        known = _WRITTEN[id(marks)] = (marks, all(m.text and not m.text.isspace() for m in marks))
    return known[1]


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
