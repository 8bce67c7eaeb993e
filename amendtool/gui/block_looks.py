"""How the draft's paragraphs look beyond their text: a bullet and an indent.

The editor changes a paragraph's look by itself (Backspace at the start of a bulleted
paragraph takes its bullet away, Backspace at the start of an indented one its indent) and
no text changes, so no splice records it. A paragraph's look is read before and after each
key; a key that changed only looks is one undo step that gives them back exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextListFormat


@dataclass(frozen=True)
class Look:
    """A paragraph's bullet (its list's style and indent; style 0: no bullet) and its own
    indent."""

    list_style: int = 0
    list_indent: int = 0
    indent: int = 0


@dataclass(frozen=True)
class Restyle:
    """The looks of the paragraphs from `first` on, before and after a change of look."""

    first: int
    old: tuple[Look, ...]
    new: tuple[Look, ...]

    def inverse(self) -> Restyle:
        return Restyle(self.first, self.new, self.old)


def look_of(block: QTextBlock) -> Look:
    listed = block.textList()
    indent = block.blockFormat().indent()
    if listed is None:
        return Look(indent=indent)
    style = listed.format()
    return Look(int(style.style().value), style.indent(), indent)


def read_looks(document: QTextDocument, first: int, last: int) -> tuple[Look, ...]:
    """The looks of paragraphs `first` to `last`."""
    looks = []
    block = document.findBlockByNumber(first)
    while block.isValid() and block.blockNumber() <= last:
        looks.append(look_of(block))
        block = block.next()
    return tuple(looks)


def set_looks(document: QTextDocument, first: int, looks: tuple[Look, ...]) -> None:
    """Give paragraphs `first`, … the looks `looks`, as one edit; a bulleted paragraph joins
    the list of the paragraph above or below it when that list looks the same, as in Word."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.findBlockByNumber(first)
    for look in looks:
        if not block.isValid():
            break
        _set_look(block, look)
        block = block.next()
    cursor.endEditBlock()


def _set_look(block: QTextBlock, look: Look) -> None:
    if look_of(block) == look:
        return
    current = block.textList()
    if current is not None and (
        look.list_style == 0 or look_of(block).list_style != look.list_style
    ):
        current.remove(block)
    if look.list_style and block.textList() is None:
        joined = False
        for neighbour in (block.previous(), block.next()):
            listed = neighbour.textList() if neighbour.isValid() else None
            if listed is not None and _same_list(listed.format(), look):
                listed.add(block)
                joined = True
                break
        if not joined:
            style = QTextListFormat()
            style.setStyle(QTextListFormat.Style(look.list_style))
            style.setIndent(look.list_indent)
            QTextCursor(block).createList(style)
    form = block.blockFormat()
    if form.indent() != look.indent:
        form.setIndent(look.indent)
        QTextCursor(block).setBlockFormat(form)


def _same_list(style: QTextListFormat, look: Look) -> bool:
    return int(style.style().value) == look.list_style and style.indent() == look.list_indent
