"""The working draft: counsel edits it in place; every edit is recorded as an exact splice.

The editor's own undo is off. Each change the editor makes (a key, a paste, a drop of text)
is read back as the blocks it touched and announced as a `Splice`; undo and redo put blocks
back through `apply`. So the window's one undo stack covers the draft, and text and heading
marks come back exactly as they were. Nothing here moves the cursor or the scroll position
except counsel's own edits, undo and redo.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu

from amendtool.core.draft_text import TextBlock
from amendtool.gui.actions import REDO_ALSO
from amendtool.gui.block_looks import Restyle, read_looks, set_looks
from amendtool.gui.draft_edits import Splice, diff_blocks, joined, shown_blocks, typed_in
from amendtool.gui.panes import HEADING, DocumentPane, mark_heading
from amendtool.gui.text_units import block_position, cursor_index, to_index, to_units


class DraftMismatch(RuntimeError):
    """An undo step no longer fits the draft it was recorded on (a bug, never expected)."""


class DraftPane(DocumentPane):
    """The editable draft; undo and redo go to the window's undo stack, not the editor's."""

    focused = Signal()
    edited = Signal(object)  # a Splice counsel's editing has just made
    restyled = Signal(object)  # a Restyle: a key changed how paragraphs look, not their text
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self) -> None:
        super().__init__("draftPane", editable=True)
        self.document().setUndoRedoEnabled(False)
        self._applying = False
        self._spliced = False  # a key's change of text was announced as a splice
        self.undo_actions: tuple[QAction, ...] = ()  # the window's Undo and Redo
        self.document().contentsChange.connect(self._contents_change)

    # --- counsel's edits, read back as splices ----------------------------------------------
    def _contents_change(self, position: int, removed: int, added: int) -> None:
        if self._applying:
            return
        document = self.document()
        end = max(document.characterCount() - 1, 0)
        start_block = document.findBlock(min(position, end))
        first = start_block.blockNumber()
        last_new = document.findBlock(min(position + added, end)).blockNumber()
        last_old = last_new - (document.blockCount() - len(self.mirror))
        if first < 0 or last_old < first or last_old >= len(self.mirror):
            self._resync()
            return
        old = tuple(self.mirror[first : last_old + 1])
        new = tuple(self.read_blocks(first, last_new))
        at = position - start_block.position()  # the editor's units: see gui/text_units.py
        kept = to_index(new[0].text, at)  # the text before the change is the same either way
        if len(new) == 1 < len(old):  # the editor gives a join the first block's state
            new = (joined(old, new[0], kept, new[0].text[to_index(new[0].text, at + added) :]),)
        self.mirror[first : last_old + 1] = new
        if old == new:
            return  # a change of format only
        typed = None
        if len(old) == len(new) == 1:
            gone = to_index(old[0].text, at + removed) - kept
            put = to_index(new[0].text, at + added) - kept
            typed = typed_in(old[0], new[0], kept, gone, put)
        else:
            self._show_headings(first, new)  # a split block is bold only if it is a heading
        self._spliced = True
        self.edited.emit(Splice(first, old, new, typed).trimmed())

    def _resync(self) -> None:
        """Read the whole draft again (only if the editor reported a change we cannot place)."""
        self.record_missed()

    def record_missed(self) -> bool:
        """Read the whole draft again; a change the editor never reported is announced as
        counsel's own edit. Whether there was one."""
        before, self.mirror = self.mirror, self.read_blocks()
        if splice := diff_blocks(before, self.mirror):
            self._spliced = True
            self.edited.emit(splice)
            return True
        return False

    def shows_mirror(self) -> bool:
        """Whether the editor holds exactly the text recorded of it (one string compared: a
        millisecond on a 300-page offer, where reading it block by block takes ten)."""
        return self.document().toRawText() == "\u2029".join(b.text for b in self.mirror)

    def _show_headings(self, first: int, blocks: tuple[TextBlock, ...]) -> None:
        self._applying = True
        try:
            block = self.document().findBlockByNumber(first)
            for item in blocks:
                mark_heading(block, item.heading)
                block = block.next()
        finally:
            self._applying = False

    # --- changes made for counsel: undo, redo, a revised file, a heading mark ----------------
    def apply(self, splice: Splice, place_cursor: bool = True) -> None:
        """Put `splice.new` where the draft holds `splice.old`, as one edit."""
        held = tuple(self.mirror[splice.first : splice.first + len(splice.old)])
        if held != splice.old:
            raise DraftMismatch(f"the draft at block {splice.first} is not what the step expects")
        change = splice.trimmed()
        document = self.document()
        last = document.findBlockByNumber(change.first + len(change.old) - 1)
        # places as numbers: a block joined to the next by the edit is gone afterwards, and
        # its handle would then name the block before it (a heading would lose its bold)
        start = document.findBlockByNumber(change.first).position()
        cursor = QTextCursor(document)
        self._applying = True
        try:
            cursor.beginEditBlock()
            cursor.setPosition(start)
            cursor.setPosition(last.position() + last.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText("\n".join(b.text for b in change.new))
            inserted = QTextCursor(document)
            inserted.setPosition(start)
            inserted.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
            plain = QTextCharFormat()
            plain.setFontWeight(QFont.Weight.Normal)
            inserted.mergeCharFormat(plain)
            inserted.mergeBlockCharFormat(plain)
            block = document.findBlockByNumber(change.first)
            for item in change.new:
                block.setUserState(HEADING if item.heading else -1)
                if item.heading:
                    mark_heading(block, True)
                block = block.next()
            cursor.endEditBlock()
        finally:
            self._applying = False
        self.mirror[change.first : change.first + len(change.old)] = change.new
        if place_cursor:
            self._place_cursor_after(change)

    def _place_cursor_after(self, change: Splice) -> None:
        """After undo or redo the cursor stands where the text changed, in view."""
        old = "\n".join(b.text for b in change.old)
        new = "\n".join(b.text for b in change.new)
        same_end = 0
        while same_end < min(len(old), len(new)) and old[-1 - same_end] == new[-1 - same_end]:
            same_end += 1
        start = self.document().findBlockByNumber(change.first).position()
        position = start + to_units(new, len(new) - same_end)
        cursor = self.textCursor()
        cursor.setPosition(max(position, 0))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def apply_keeping_place(self, splice: Splice) -> None:
        """Undo or redo of a whole-document change (a revised file): the cursor stays in the
        paragraph counsel was reading (or the nearest one left), which stays where it was on
        screen, rather than jumping to the end of the change."""
        cursor = self.textCursor()
        number, offset = cursor_index(cursor)
        layout = self.document().documentLayout()
        bar = self.verticalScrollBar()
        on_screen = layout.blockBoundingRect(cursor.block()).top() - bar.value()
        change = splice.trimmed()
        self.apply(splice, place_cursor=False)
        if number >= change.first + len(change.old):
            number += len(change.new) - len(change.old)
        elif number >= change.first:
            number = min(number, change.first + len(change.new) - 1)
        block = self.document().findBlockByNumber(number)
        if not block.isValid():
            block = self.document().lastBlock()
        kept = QTextCursor(block)
        kept.setPosition(block_position(block, offset))
        self.setTextCursor(kept)
        bar.setValue(round(layout.blockBoundingRect(block).top() - on_screen))

    def replace_blocks(self, blocks: list[TextBlock]) -> Splice | None:
        """The whole draft becomes `blocks` (a revised file); only the blocks that differ are
        touched, so the step is small and the view stays where it is."""
        splice = diff_blocks(self.mirror, shown_blocks(blocks))
        if splice is not None:
            self.apply(splice, place_cursor=False)
        return splice

    def toggle_heading(self) -> Splice:
        number = self.textCursor().blockNumber()
        block = self.mirror[number]
        splice = Splice(number, (block,), (TextBlock(block.text, not block.heading),))
        self.apply(splice, place_cursor=False)
        return splice

    # --- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        """Undo and Redo go to the window's one undo stack (the editor claims the keys for
        itself, and its own undo is off); only key presses reach Python, no other event."""
        if event.matches(QKeySequence.StandardKey.Undo):
            event.accept()
            self.undoRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo) or _is_redo_also(event):
            event.accept()
            self.redoRequested.emit()
            return
        self._key_keeping_looks(event)

    def _key_keeping_looks(self, event) -> None:  # type: ignore[no-untyped-def]
        """Pass the key to the editor; a key that changed only how the paragraphs it reached
        look (a bullet taken away by Backspace, an indent) is announced as a `Restyle`, so
        every change counsel makes is an undo step."""
        document, cursor = self.document(), self.textCursor()
        first = document.findBlock(cursor.selectionStart()).blockNumber()
        last = document.findBlock(cursor.selectionEnd()).blockNumber()
        count, before = document.blockCount(), read_looks(document, first, last)
        self._spliced = False
        super().keyPressEvent(event)
        if self._spliced or document.blockCount() != count:
            return
        after = read_looks(document, first, last)
        if after != before:
            self.restyled.emit(Restyle(first, before, after))

    def restyle(self, change: Restyle) -> None:
        """Give paragraphs their looks back (undo) or again (redo); the text is not touched."""
        self._applying = True
        try:
            set_looks(self.document(), change.first, change.new)
        finally:
            self._applying = False
        cursor = self.textCursor()
        cursor.setPosition(self.document().findBlockByNumber(change.first).position())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # --- spelling ---------------------------------------------------------------------------
    def enable_spelling(self, speller) -> None:  # type: ignore[no-untyped-def]
        """Unknown words underlined in red (see gui/spelling.py); the text is never changed."""
        from amendtool.gui.spelling import SpellingHighlighter

        self.speller = speller
        self.highlighter = SpellingHighlighter(self.document(), speller)

    def contextMenuEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def context_menu(self, position: QPoint) -> QMenu:
        """The editor's menu (with spelling suggestions), its Undo and Redo the window's own:
        the editor keeps no undo history of its own, so its entries would stay greyed.
        A right-click outside the selection first moves the caret there, as a word processor
        does, so Paste, Delete and the suggestions act where counsel clicked."""
        if getattr(self, "speller", None) is None:
            menu = self.createStandardContextMenu(position)
        else:
            from amendtool.gui.spelling import spelling_menu

            menu = spelling_menu(self, self.speller, self.highlighter, position)
        for name, shared in zip(("edit-undo", "edit-redo"), self.undo_actions, strict=False):
            own = next((a for a in menu.actions() if a.objectName() == name), None)
            if own is not None:
                menu.insertAction(own, shared)
                menu.removeAction(own)
        clicked = self.cursorForPosition(position).position()
        caret = self.textCursor()
        if not caret.selectionStart() <= clicked <= caret.selectionEnd():
            caret.setPosition(clicked)
            self.setTextCursor(caret)
        return menu

    def focusInEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().focusInEvent(event)
        self.focused.emit()


def _is_redo_also(event) -> bool:  # type: ignore[no-untyped-def]
    """A redo key the platform's list lacks (Ctrl+Y on Linux)."""
    pressed = QKeySequence(event.keyCombination())
    return any(pressed == QKeySequence(key) for key in REDO_ALSO)
