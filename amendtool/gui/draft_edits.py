"""Edits of the working draft as exact, reversible records (no Qt here).

The draft is a list of blocks (text and whether it is a heading). Every change to it, typed
or loaded, is recorded as a splice: the blocks from `first` on that were `old` and are `new`.
Undo puts `old` back and redo puts `new` back, so text and headings return exactly as they
were. Typing is grouped into one step per word or until counsel pauses, as a word processor
does; nothing that happens in the background (re-drafting, checks) ends a step.
"""

from __future__ import annotations

from dataclasses import dataclass

from amendtool.core.draft_text import TextBlock
from amendtool.core.model import CELL_BREAK, CELL_PARAGRAPH_BREAK

INSERT, DELETE = "insert", "delete"


@dataclass(frozen=True)
class Typed:
    """One key's worth of typing inside a single block: a character inserted at `offset`
    (the cursor then stands after it), or deleted from `offset`."""

    action: str
    offset: int
    char: str


@dataclass(frozen=True)
class Splice:
    first: int
    old: tuple[TextBlock, ...]
    new: tuple[TextBlock, ...]
    typed: Typed | None = None

    def inverse(self) -> Splice:
        return Splice(self.first, self.new, self.old)

    def trimmed(self) -> Splice:
        """The same change without the blocks it leaves alone (at least one block a side)."""
        old, new = self.old, self.new
        start = 0
        while start < min(len(old), len(new)) - 1 and old[start] == new[start]:
            start += 1
        end = 0
        while (
            end < min(len(old), len(new)) - start - 1
            and old[len(old) - 1 - end] == new[len(new) - 1 - end]
        ):
            end += 1
        return Splice(
            self.first + start, old[start : len(old) - end], new[start : len(new) - end], self.typed
        )


def one_line(text: str) -> str:
    """A block's text holds no line or paragraph breaks: each would start another block. A
    table row keeps the line separators between the paragraphs of a cell (a line break inside
    the block to Qt), so each cell paragraph is still the one the items cite."""
    if not any(c in text for c in _BREAKS_TEXT):
        return text
    return text.translate(_ROW_BREAKS if CELL_BREAK in text else _BREAKS)


def shown_blocks(blocks: list[TextBlock]) -> list[TextBlock]:
    """The blocks as an editor holds them, one line each."""
    return [TextBlock(one_line(b.text), b.heading) for b in blocks] or [TextBlock("")]


_BREAKS_TEXT = "\n\r\u2028\u2029\v"
_BREAKS = {ord(c): " " for c in _BREAKS_TEXT}
_ROW_BREAKS = {k: v for k, v in _BREAKS.items() if chr(k) != CELL_PARAGRAPH_BREAK}


def diff_blocks(before: list[TextBlock], after: list[TextBlock]) -> Splice | None:
    """The one splice that turns `before` into `after` (None if they are the same)."""
    if before == after:
        return None
    return Splice(0, tuple(before or [TextBlock("")]), tuple(after or [TextBlock("")])).trimmed()


def first_mismatch(shown: list[TextBlock], drafted: list[TextBlock]) -> int | None:
    """The first paragraph (counted from 1, headings included) where the text on screen is
    not the text the items were drafted from; None when they are the same."""
    if shown == drafted:
        return None
    for number, (mine, theirs) in enumerate(zip(shown, drafted, strict=False), 1):
        if mine != theirs:
            return number
    return min(len(shown), len(drafted)) + 1


def typed_in(
    old: TextBlock, new: TextBlock, position: int, removed: int, added: int
) -> Typed | None:
    """What one key did inside one block, if it was plain typing (one character in or out,
    the heading mark unchanged); `position` is the offset in the block the editor reported."""
    if old.heading != new.heading:
        return None
    one_in = (removed, added, len(new.text) - len(old.text)) == (0, 1, 1)
    if one_in and new.text[:position] + new.text[position + 1 :] == old.text:
        return Typed(INSERT, position, new.text[position])
    one_out = (removed, added, len(new.text) - len(old.text)) == (1, 0, -1)
    if one_out and old.text[:position] + old.text[position + 1 :] == new.text:
        return Typed(DELETE, position, old.text[position])
    return None


def continues(earlier: Typed, later: Typed, inserted: str) -> bool:
    """Whether `later` belongs to the same undo step as the typing that ended with `earlier`:
    the same action at the next place, and (for insertions) not the first letter of a new word
    (`inserted` is all the step has inserted so far)."""
    if earlier.action != later.action:
        return False
    if later.action == INSERT:
        if later.offset != earlier.offset + 1:
            return False
        return not (inserted[-1:].isspace() and not later.char.isspace())
    return later.offset in (earlier.offset - 1, earlier.offset)  # Backspace, or Delete


def joined(old: tuple[TextBlock, ...], block: TextBlock, kept: int, after: str) -> TextBlock:
    """Paragraphs joined into one (Backspace or Delete at a paragraph's edge, a selection
    across paragraphs deleted, cut or typed over): `kept` characters of the first were left
    before the change, and `after` is the text that followed it.

    A change that began at the start of a paragraph and left words of a later one took the
    earlier paragraphs away whole: what is left is the later paragraph, and it keeps its own
    kind (triple-click a paragraph and Delete: the heading after it stays a heading).
    Otherwise the joined paragraph keeps the kind of the first of them that had words, as
    Word keeps the paragraph before's: taking away an emptied paragraph never makes the
    heading above it body text."""
    last = old[-1]
    if kept == 0 and after and last.text.endswith(after):
        return TextBlock(block.text, last.heading)
    kind = next((b.heading for b in old if b.text), old[0].heading)
    return TextBlock(block.text, kind)
