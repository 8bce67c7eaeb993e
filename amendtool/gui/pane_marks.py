"""The change marks of a text pane: changed words highlighted in place, the selected item
tinted over its own words, and the find bar's matches over both."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette, QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit

from amendtool.gui.text_units import block_position

if TYPE_CHECKING:
    from amendtool.core.draft_text import TextBlock
    from amendtool.core.review import Marked


def change_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """Deletion, insertion and current-item colours that read in light and dark palettes."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    if dark:
        return QColor(120, 40, 40), QColor(30, 100, 50), QColor(120, 100, 20)
    return QColor(255, 215, 215), QColor(205, 245, 205), QColor(255, 240, 170)


def format_colour(palette: QPalette) -> QColor:
    """A change of format alone (a heading mark): the same on both sides, as Word shows one."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(40, 70, 130) if dark else QColor(210, 225, 250)


def item_extent(text: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """What the current item's highlight covers in a paragraph: from its first changed word
    to its last, whole words (the whole paragraph when no words are marked). A change's
    space at either end is no word of it: the word beyond that space is left alone."""
    if not spans:
        return 0, len(text)
    first = max(min(start for start, _ in spans), 0)
    last = min(max(end for _, end in spans), len(text))
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    while last < len(text) and not text[last].isspace():
        last += 1
    return first, max(last, first)


class MarkedText(QTextEdit):
    """A text pane that paints the marks of the changes (its blocks mirror `mirror`)."""

    mirror: list[TextBlock]

    def __init__(self) -> None:
        super().__init__()
        self._mark_selections: list[QTextEdit.ExtraSelection] = []
        self._found: list[QTextEdit.ExtraSelection] = []
        self._painted: dict[tuple[object, ...], QTextEdit.ExtraSelection] = {}
        self.marks: list[Marked] = []

    def show_marks(self, marks: list[Marked], side: str, current: int | None) -> None:
        """Highlight changed words; blocks of the current item get a tint of their own, its
        changed words a deeper one that keeps their lines (struck out, underlined): each mark
        is drawn over the ones before it in its own format alone, so a tint over the words
        alone would hide whether they were deleted or inserted.
        Neither the cursor nor the scroll position moves. A mark painted before, whose
        highlight still covers the same text, is kept as it is: after each pause in typing
        only the marks of what changed are made anew (hundreds on a long revision)."""
        self.marks = marks
        deleted, inserted, focus = change_colours(self.palette())
        changed = deleted if side == "original" else inserted
        restyled = format_colour(self.palette())
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        deeper = focus.lighter(130) if dark else focus.darker(112)
        lines = (side == "original", side != "original")  # struck out, underlined
        selections = []
        document = self.document()
        blocks = _block_numbers(self.mirror, marks)
        made: dict[tuple[object, ...], QTextEdit.ExtraSelection] = {}
        tinted = []  # the current item's extent, then its changed words over it
        for index, mark in enumerate(marks):
            if mark.item is None or index >= len(blocks):
                continue
            block = document.findBlockByNumber(blocks[index])
            number = blocks[index]
            now = current is not None and current in mark.items
            if now:
                first, last = item_extent(block.text(), [] if mark.restyled else mark.spans)
                key: tuple[object, ...] = ("current", focus.rgba(), number, first, last)
                tinted.append(self._made(key, block, (first, last), focus, (False, False), made))
            # a change of format shades the whole block, its words neither struck out nor
            # inserted; words changed with it are marked over the shade as any others
            looks = [(restyled, (0, len(block.text())))] if mark.restyled else []
            for colour, span in looks + [(changed, span) for span in mark.spans]:
                marked = lines if colour is changed else (False, False)
                key = (side, colour.rgba(), number, *span)
                selections.append(self._made(key, block, span, colour, marked, made))
                if now and colour is changed:
                    key = ("current", deeper.rgba(), number, *span)
                    tinted.append(self._made(key, block, span, deeper, marked, made))
        self._painted = made
        selections += tinted
        self._mark_selections = selections
        self.setExtraSelections(selections + self._found)

    def _made(
        self,
        key: tuple[object, ...],
        block: QTextBlock,
        span: tuple[int, int],
        colour: QColor,
        lines: tuple[bool, bool],
        made: dict[tuple[object, ...], QTextEdit.ExtraSelection],
    ) -> QTextEdit.ExtraSelection:
        """The mark over `span` of the block (in characters, as the items count them), in
        `colour`, struck out or underlined as `lines` say: the one painted before when it
        still covers the same text."""
        first, last = block_position(block, span[0]), block_position(block, span[1])
        selection = self._kept(key, first, last, made)
        if selection is None:
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(colour)
            selection.format.setFontStrikeOut(lines[0])
            selection.format.setFontUnderline(lines[1])
            cursor = QTextCursor(block)
            cursor.setPosition(first)
            cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            made[key] = selection
        return selection

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
