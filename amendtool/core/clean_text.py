"""Characters that never belong in an offer's text: controls, bidi overrides, surrogates,
and characters no reader sees (a zero-width space, a soft hyphen).

One table for both gates. Readers take them out of what they read and say where (a BEL, an
ESC or a stray NUL is damage, not wording); writers drop them from what they write, because
XML cannot hold most of them and the others would hide or reorder quoted words (a
right-to-left override makes "ten" display as "net").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# C0 controls except tab, line feed, carriage return and form feed (EDGAR's page break),
# DEL and the C1 controls; the bidirectional formatting characters; a byte-order mark
# inside the text; lone surrogates and the noncharacters XML refuses; and the characters no
# reader sees (zero-width space, joiners, word joiner, soft hyphen, invisible operators),
# which a paste from a web page leaves inside words: kept, the same words would compare
# as changed, and a search for them in the filing would fail.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\xad\u180e\u200b-\u200d\u2060-\u2064"
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ufeff\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
_NAMES = {
    0x00: "NUL",
    0x07: "BEL",
    0x08: "BS",
    0x0B: "VT",
    0x1B: "ESC",
    0x7F: "DEL",
    0xFEFF: "BYTE ORDER MARK",
}


@dataclass
class Removed:
    """What was taken out of one text: how many characters, and the first of them."""

    count: int
    first: str
    first_index: int

    def describe(self, where: str) -> str:
        return (
            f"{self.count} control, invisible or direction-override character(s) removed "
            f"(the first, {char_name(self.first)}, {where})"
        )


def char_name(char: str) -> str:
    code = ord(char)
    name = _NAMES.get(code)
    if name is None:
        try:
            name = unicodedata.name(char)
        except ValueError:
            name = "control character" if code < 0xD800 else "lone surrogate"
    return f"U+{code:04X} {name}"


def has_unsafe(text: str) -> bool:
    return _UNSAFE.search(text) is not None


def strip_unsafe(text: str) -> tuple[str, Removed | None]:
    """`text` without the characters above; what was removed, or None."""
    first = _UNSAFE.search(text)
    if first is None:
        return text, None
    clean, count = _UNSAFE.subn("", text)
    return clean, Removed(count, first.group(), first.start())


def safe_for_output(text: str) -> str:
    """What the writers put in a Word, HTML or EDGAR file: no control, override or
    XML-incompatible character (a form feed becomes a space)."""
    if _UNSAFE.search(text) is None and "\f" not in text:
        return text
    return _UNSAFE.sub("", text).replace("\f", " ")


def composed(text: str) -> str:
    """Each accented letter as one character (Unicode NFC): "e" and a combining acute accent,
    as some programs write it, is the "é" every other program writes."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `index` in `text`."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column
