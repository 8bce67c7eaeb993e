"""File names as printed: every character that would act on the line instead of showing.

A name is the user's (or an attacker's) choice: "offer\\n.txt" would split a one-line
message in two, ESC sequences in a name can clear or rewrite the terminal, and a
right-to-left override (U+202E) makes "cod\\u202etxt.exe" look like "codexe.txt". Such
characters are written out: controls as Python writes them in a string (\\n, \\x1b), the
direction and invisible formatting characters as a visible marker (<U+202E>), a byte no
encoding could read (kept by the system as a lone surrogate) as \\xNN. One helper for the
command line and the app: every message naming a file goes through errors.shown_name.
"""

from __future__ import annotations

import re
import unicodedata

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# controls (C0, DEL, C1); lone surrogates; line and paragraph separators
# compiled by `re` here, not through the pattern store: the window shell imports this module
_ACTING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def visible(name: str) -> str:
    """`name` with each acting character written out; the same name when it has none."""
    if name.isprintable() and not _ACTING.search(name):
        return name
    return "".join(_shown(char) for char in name)


def _shown(char: str) -> str:
    code = ord(char)
    if char in _ESCAPES:
        return _ESCAPES[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a name no encoding could read
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    if char == " " or char.isprintable():
        return char
    # a format character (direction overrides and isolates, zero-width ones, a byte-order
    # mark), a separator or an unassigned code point: named, visibly
    category = unicodedata.category(char)
    return f"<U+{code:04X}>" if category in ("Cf", "Zl", "Zp", "Cn", "Co", "Cs") else char
