"""Spelling in the working draft: unknown words underlined in red, suggestions on right-click.

Which words are unknown is core/spelling.py's (the command line's check uses the same
list); here they are underlined and offered for correction. Nothing is ever changed except
by counsel's own choice.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit

from amendtool.core.spelling import WORD, Speller, filed_words, spelling_findings, words_to_spell
from amendtool.gui.text_units import block_position, index_in_block, to_units

__all__ = ["WORD", "Speller", "filed_words", "misspelled_at", "spelling_findings", "spelling_menu"]


class SpellingHighlighter(QSyntaxHighlighter):
    """A red wavy underline under each unknown word; the text itself is never touched."""

    def __init__(self, document: QTextDocument, speller: Speller) -> None:
        self.speller = speller
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QColor(Qt.GlobalColor.red))
        super().__init__(document)

    def highlightBlock(self, text: str) -> None:
        for match in words_to_spell(text):
            if not self.speller.known(match.group()):
                start, end = to_units(text, match.start()), to_units(text, match.end())
                self.setFormat(start, end - start, self.underline)


def misspelled_at(pane: QTextEdit, speller: Speller, cursor: QTextCursor) -> QTextCursor | None:
    """The unknown word under the cursor, selected, or None."""
    block = cursor.block()
    offset = index_in_block(block, cursor.position())
    for match in words_to_spell(block.text()):
        if match.start() <= offset <= match.end() and not speller.known(match.group()):
            found = QTextCursor(block)
            found.setPosition(block_position(block, match.start()))
            found.setPosition(block_position(block, match.end()), QTextCursor.MoveMode.KeepAnchor)
            return found
    return None


def spelling_menu(
    pane: QTextEdit, speller: Speller, highlighter: SpellingHighlighter, position: QPoint
) -> QMenu:
    """The editor's own menu, with suggestions for a word underlined in red on top."""
    standard = pane.createStandardContextMenu(position)
    word = misspelled_at(pane, speller, pane.cursorForPosition(position))
    if word is None:
        return standard
    menu = QMenu(pane)
    text = word.selectedText()
    suggestions = speller.suggestions(text)
    for suggestion in suggestions:
        action = menu.addAction(suggestion)
        action.setObjectName("spellingSuggestion")
        action.triggered.connect(_replacer(pane, word, suggestion))
    if not suggestions:
        menu.addAction("(no suggestions)").setEnabled(False)
    menu.addSeparator()
    add = menu.addAction(f"Add “{text}” to the Firm's Word List")
    add.setObjectName("spellingAdd")

    def remember() -> None:
        speller.add(text)
        highlighter.rehighlight()

    add.triggered.connect(remember)
    menu.addSeparator()
    for action in standard.actions():
        action.setParent(menu)
        menu.addAction(action)
    return menu


def _replacer(pane: QTextEdit, word: QTextCursor, suggestion: str):  # type: ignore[no-untyped-def]
    """Counsel chose a suggestion: the word is replaced as if typed (one undo step), and the
    caret is left after it, so the next key goes where counsel was looking."""
    cursor = QTextCursor(word)

    def replace() -> None:
        cursor.insertText(suggestion)
        pane.setTextCursor(cursor)
        pane.setFocus()

    return replace
