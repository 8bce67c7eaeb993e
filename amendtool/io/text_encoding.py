"""Decoding a document's bytes once: byte-order mark, declared charset, UTF-8, then the
8-bit code page EDGAR filers actually write in.

Undeclared 8-bit text is Windows-1252 unless Windows-1252 cannot read it: a statistical
guess between code pages swings with unrelated ASCII words (one sentence added to a
revision turned "café “welcomes”" into "cafÈ ìwelcomesî"), and a wrong guess is drafted
into the filing as a changed paragraph.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path
from typing import NamedTuple

from amendtool.core.clean_text import (
    composed,
    line_and_column,
    plain_breaks,
    reordered_figure,
    reordered_refusal,
    strip_unsafe,
)
from amendtool.core.errors import InputError
from amendtool.core.pattern_store import compiled


class DecodedText(NamedTuple):
    text: str
    notices: list[str]
    encoding: str  # the codec used, "" when the text was mixed or marked


_DECLARED = re.compile(
    rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})|"""
    rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# what an English-language offer comes in when it is not Unicode, in order of preference:
# Windows (EDGAR filers, Word's "save as text"), then an old Macintosh
_LEGACY = ["cp1252", "mac_roman"]
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "cp1252": "Windows-1252",
    "mac_roman": "Mac Roman",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32": "UTF-32",
}


def encoding_name(codec: str) -> str:
    """The name a user knows the encoding by."""
    return ENCODING_NAMES.get(codec, codec.upper())


def decode_text(data: bytes, path: Path) -> DecodedText:
    """The text, decoded once, with line ends made \\n and control characters removed;
    notices say what was guessed or removed, and where."""
    notices: list[str] = []
    raw, encoding = _decode(data, path, notices)
    text = plain_breaks(raw)  # the readers see "\n" alone, a blank line between paragraphs
    if (bad := text.find("\ufffd")) >= 0 and b"\xef\xbf\xbd" not in data:
        line, column = line_and_column(text, bad)
        notices.append(
            f"{text.count(chr(0xFFFD))} byte(s) are no character in its encoding and were "
            f"replaced by U+FFFD (the first at line {line}, column {column})"
        )
    if encoding == "mac_roman":  # a guess: said, as every guess is
        notices.append(
            "declares no encoding and reads as old Macintosh (Mac Roman) text rather than "
            "Windows-1252; check accented letters and quotation marks, or save it as UTF-8"
        )
    if figure := reordered_figure(text):
        raise InputError(path, reordered_refusal(figure))
    clean, removed = strip_unsafe(text)
    if removed is not None:
        line, column = line_and_column(text, removed.first_index)
        notices.append(removed.describe(f"at line {line}, column {column}"))
    return DecodedText(composed(clean), notices, encoding)


def decode_as_saved(data: bytes, path: Path) -> tuple[str, str]:
    """The text as its program saved it and the codec it was read with, nothing else done
    to it (a settings file's controls are refused by its reader, with their key)."""
    return _decode(data, path, [])


def _decode(data: bytes, path: Path, notices: list[str]) -> tuple[str, str]:
    codec = bom_codec(data[:4])
    if codec:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as exc:
            raise InputError(
                path, f"is marked as {codec.upper()} text but is damaged; save it again"
            ) from exc
    if codec16 := utf16_without_bom(data[:4096]):
        try:
            return data.decode(codec16), codec16
        except UnicodeDecodeError:
            pass
    declared = _declared(data)
    if declared and declared != "utf-8":
        try:
            # strict: a page that fails its declaration is read as detected (UTF-8 under a
            # Latin-1 label fails on the bytes Windows-1252 leaves undefined)
            return data.decode(declared), declared
        except UnicodeDecodeError:
            notices.append(f"declares the {_label(data)} encoding but is not; read as detected")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        if declared == "utf-8":
            notices.append(f"declares the {_label(data)} encoding but is not; read as detected")
    if _UTF8_MULTIBYTE.search(data):
        # UTF-8 with pieces pasted in from a Windows program: each part as written
        notices.append("mixes UTF-8 with Windows-1252 text; each part read as written")
        return data.decode("utf-8", errors="amendtool-cp1252"), "utf-8"
    legacy = _legacy(data)
    return data.decode(legacy, errors=_C1 if legacy == "cp1252" else "replace"), legacy


def utf8_bytes(data: bytes) -> int:
    """How many of `data`'s bytes belong to well-formed UTF-8 sequences past ASCII."""
    return sum(len(match.group()) for match in _UTF8_MULTIBYTE.finditer(data))


def bom_codec(head: bytes) -> str | None:
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return None


def utf16_without_bom(head: bytes) -> str | None:
    """Notepad's "Unicode" without its mark: every other byte NUL in ASCII text."""
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > len(odd) * 0.6 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.6 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def _label(data: bytes) -> str:
    """The encoding's name as the file declares it ("iso-8859-1"), for a message."""
    match = _DECLARED.search(data[:4096])
    return (match.group(1) or match.group(2)).decode("ascii") if match else "declared"


def _declared(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    # as browsers do: a page that says Latin-1 or ASCII is read as Windows-1252; one that
    # says UTF-16 or UTF-32 was found saying it in single bytes, which those never are
    # (Word's Unicode web page saved again as UTF-8), so it is UTF-8
    if canonical.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return "cp1252" if canonical in ("latin-1", "iso8859-1", "ascii") else canonical


def _legacy(data: bytes) -> str:
    """Windows-1252 unless the old Macintosh code page reads the bytes with fewer letters no
    word holds ("cafŽ" for "café" read the wrong way round, "cafÈ" the other), never on a
    tie. A byte Windows-1252 leaves undefined (five of them, a stray one pasted into an
    offer) counts against it as one such letter, not as proof (one stray byte once turned a
    whole Windows file into "cafÈ ìdeskî" in the filing); with one, Mac Roman also needs
    the detector's word on the other bytes."""
    windows = data.decode("cp1252", errors="replace")
    mac = data.decode("mac_roman")
    if _odd_letters(mac) >= _odd_letters(windows):
        return "cp1252"
    if "\ufffd" not in windows:
        return "mac_roman"
    # bytes Windows leaves undefined: the detector, asked of the rest, must agree
    from charset_normalizer import from_bytes

    best = from_bytes(data.translate(None, _CP1252_UNDEFINED), cp_isolation=_LEGACY).best()
    return "mac_roman" if best is not None and best.encoding == "mac_roman" else "cp1252"


_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"


def _odd_letters(text: str) -> int:
    """Characters a reading in the wrong code page gives: a capital or a symbol inside a
    word ("cafŽ", "cafÈ", "ﬁ√"), never what English text in its own code page holds."""
    odd = 0
    for match in _NON_ASCII.finditer(text):
        at, char = match.start(), match.group()
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if char == "\ufffd":
            odd += 1  # a byte the code page does not define
            continue
        category = unicodedata.category(char)
        inside = before.isalpha() or after.isalpha()
        if (category == "Lu" and before.islower()) or (category[0] == "S" and inside):
            odd += 1
    return odd


_NON_ASCII = compiled(r"[^\x00-\x7f]")


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    piece = error.object[error.start : error.end]
    return bytes(piece).decode("cp1252", errors=_C1), error.end


def _c1_control(error: UnicodeError) -> tuple[str, int]:
    """A byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) read as the C1
    control it is in Latin-1: no character of any text, removed with the other controls and
    its place named (`decode_text`). Read as U+FFFD it stayed in the offer, was drafted as an
    inserted word, and stopped the export as a character the EDGAR text cannot hold."""
    assert isinstance(error, UnicodeDecodeError)
    piece = error.object[error.start : error.end]
    return "".join(chr(byte) for byte in bytes(piece)), error.end


_C1 = "amendtool-c1"
codecs.register_error("amendtool-cp1252", _cp1252_fallback)
codecs.register_error(_C1, _c1_control)
