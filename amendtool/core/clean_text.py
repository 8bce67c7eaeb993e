"""Characters that never belong in an offer's text: controls, bidi overrides, surrogates,
and characters no reader sees (a zero-width space, a soft hyphen).

One table for both gates. Readers take them out of what they read and say where (a BEL, an
ESC or a stray NUL is damage, not wording); writers drop them from what they write, because
XML cannot hold most of them and the others would hide or reorder quoted words (a
right-to-left override makes "ten" display as "net").
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from amendtool.core.pattern_store import compiled

# C0 controls except tab, line feed, carriage return and form feed (EDGAR's page break),
# DEL and the C1 controls; the bidirectional formatting characters; a byte-order mark
# inside the text; lone surrogates and the noncharacters XML refuses; and the characters no
# reader sees (zero-width space, joiners, word joiner, soft hyphen, invisible operators),
# which a paste from a web page leaves inside words: kept, the same words would compare
# as changed, and a search for them in the filing would fail.
_UNSAFE = compiled(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\xad\u180e\u200b-\u200d\u2060-\u2064"
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ufeff\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
# every ASCII character the pattern above leaves: text of these alone holds nothing unsafe
_SAFE_ASCII = bytes(range(0x20, 0x7F)) + b"\t\n\x0c\r"
# a terminal's escape sequence, taken out whole: removing only its ESC would leave "[31m" in
# the words. Control sequences (ESC [ or the 8-bit CSI, parameters, one final letter), operating
# system commands (ESC ] … ended by BEL or ESC \\, a window title or a link) and character-set
# choices (ESC ( B); a lone ESC before a letter or digit takes nothing with it. Bounded, so a
# stray ESC never swallows a paragraph.
_ESCAPE_SEQUENCE = compiled(
    r"(?:\x1b\[|\x9b)[0-?]{0,32}[ -/]{0,4}[@-~]"
    r"|\x1b\][^\x07\x1b\x9c]{0,512}(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]{1,4}[0-~]"
)
_ESCAPE_START = compiled("[\x1b\x9b]")
# a line ends as Windows, old Macintosh and Unicode end it (next line, line separator);
# a paragraph separator ends a paragraph, as a blank line does in plain text
_LINE_END = compiled("\r\n?|[\x85\u2028]")
_PARAGRAPH_END = compiled("[ \t]*\u2029[ \t]*")


def plain_breaks(text: str) -> str:
    """`text` with its breaks as plain text writes them: each line end "\\n", each
    paragraph separator (U+2029) a blank line, so no separator reaches an output as an
    odd character and paragraphs split where the writer split them."""
    return _PARAGRAPH_END.sub("\n\n", _LINE_END.sub("\n", text))


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
    sequence: str = ""  # the first escape sequence, when the first removed was one

    def describe(self, where: str) -> str:
        return (
            f"{self.count} control, invisible or direction-override character(s) or escape "
            f"sequence(s) removed (the first, {self.first_named()}, {where})"
        )

    def first_named(self) -> str:
        """The first thing removed as counsel can see it: 'U+0007 BEL', or the escape
        sequence written out ('the escape sequence ESC[31m')."""
        if len(self.sequence) > 1:
            return f"the escape sequence {visible_sequence(self.sequence)}"
        return char_name(self.first)


def visible_sequence(sequence: str) -> str:
    """ESC[31m: the escape characters named, the rest as typed."""
    return sequence.replace("\x1b", "ESC").replace("\x9b", "CSI").replace("\x07", "BEL")


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
    if text.isascii() and not text.encode("ascii").translate(None, _SAFE_ASCII):
        return text, None  # the common paragraph, told in C without the pattern's search
    first = _UNSAFE.search(text)
    if first is None:
        return text, None
    sequence = _ESCAPE_SEQUENCE.match(text, first.start())
    clean, sequences = _without_sequences(text)
    clean, count = _UNSAFE.subn("", clean)
    shown = sequence.group() if sequence else first.group()
    return clean, Removed(sequences + count, first.group(), first.start(), shown)


def _without_sequences(text: str) -> tuple[str, int]:
    """`text` without escape sequences, and how many there were (a look for ESC first: the
    sequences' pattern is slower than one character class over a long document)."""
    kept: list[str] = []
    end = count = 0
    for start in _ESCAPE_START.finditer(text):
        sequence = _ESCAPE_SEQUENCE.match(text, start.start())
        if sequence is None or start.start() < end:
            continue
        kept.append(text[end : start.start()])
        end = sequence.end()
        count += 1
    return ("".join(kept) + text[end:], count) if count else (text, 0)


def safe_for_output(text: str) -> str:
    """What the writers put in a Word, HTML or EDGAR file: no control, override or
    XML-incompatible character (a form feed becomes a space)."""
    if _UNSAFE.search(text) is None and "\f" not in text:
        return text
    return _UNSAFE.sub("", _without_sequences(text)[0]).replace("\f", " ")


def composed(text: str) -> str:
    """Each accented letter as one character (Unicode NFC): "e" and a combining acute accent,
    as some programs write it, is the "é" every other program writes."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of `index` in `text`."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


# a direction override, embedding or isolate between the characters of a figure: a reader
# sees the digits in another order than they are written ("$24.<RLO>51" shows as $24.15)
_REORDERED_FIGURE = compiled(
    "[\\d$€£¥][\u202a-\u202e\u2066-\u2069]+[\\d.,]|[\\d.,][\u202a-\u202e\u2066-\u2069]+\\d"
)


def reordered_figure(text: str) -> str | None:
    """The figure around a direction control inside it, as written (controls left out), or
    None. Removing the control files the digits as written, not as counsel saw them, so such
    a text is refused rather than cleaned."""
    if text.isascii():
        return None  # every direction control is past ASCII (and the test costs nothing)
    found = _REORDERED_FIGURE.search(text)
    if found is None:
        return None
    start, end = found.start(), found.end()
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "<>":
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] not in "<>":
        end += 1
    return "".join(
        c for c in text[start:end] if not ("\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069")
    )


def reordered_refusal(figure: str) -> str:
    return (
        f"holds a direction control inside the figure \u201c{figure}\u201d, which a reader "
        "sees with its digits in another order than they are written; remove it in the "
        "document and save it again"
    )
