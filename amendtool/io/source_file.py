"""Files the user names, read through one input gate: the documents and counsel's short text files.

The input gate: every file the user names is read here, once, and the same way.

Regular files only (a pipe or a device such as /dev/zero would never end), a size limit
checked before a byte is read, the kind told by the content (a name can lie), text decoded
once (io/text_encoding.py), and control
characters taken out with their place named.

Short text files the user names beside the documents (counsel's plain paragraph): read
through the input gate the documents go through.

A path on the command line may be a pipe, a device, a folder, a Word file or a gigabyte of
anything; each is refused before it is read, in one line naming the file and what to do.
Text in any encoding is decoded once, as a document's text is (io/text_encoding.py)."""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from amendtool.core.errors import InputError, shown_name
from amendtool.io.failure_reports import refusal
from amendtool.io.text_encoding import bom_codec, utf16_without_bom

MAX_INPUT_BYTES = 64 * 1024 * 1024
MAX_SETTINGS_BYTES = 1024 * 1024  # filing.toml: a few kilobytes
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORD_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm"})
TEXT_SUFFIXES = frozenset({".txt", ".htm", ".html", ".text", ".asc"})
_KIND_WORDS = {
    "text": "plain text",
    "html": "HTML",
    "pdf": "a PDF",
    "rtf": "RTF",
    "ole": "a legacy Word .doc or a password-protected file",
    "binary": "data that is not a document",
}


# an offer file with no text: said alike for the original and the revised draft, an Offer
# to Exchange or to Purchase
NO_OFFER_TEXT = "choose the offer document itself (the original or its revised draft)"


def read_source(path: Path, limit: int = MAX_INPUT_BYTES, empty: str = NO_OFFER_TEXT) -> bytes:
    """The file's bytes, read once; a folder, a pipe, a device or an oversized file is
    refused before anything is read from it."""
    path = Path(path)
    try:
        info = os.stat(path)
        _check_regular(path, info, limit)
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        descriptor = os.open(path, flags)
        try:
            _check_regular(path, os.fstat(descriptor), limit)  # the file opened is the file
            data = _read_at_most(path, descriptor, limit)
        finally:
            os.close(descriptor)
    except InputError:
        raise
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise InputError(path, "file not found; check the path", by_path=_astray(path)) from exc
    except PermissionError as exc:
        raise InputError(
            path, f"permission denied; {_NO_PERMISSION[os.name == 'nt']}", by_path=_astray(path)
        ) from exc
    except OSError as exc:
        raise InputError(path, f"cannot be read: {refusal(exc)}", by_path=_astray(path)) from exc
    if not data.strip():
        raise InputError(path, f"file is empty; {empty}")
    return data


def _astray(path: Path) -> bool:
    """The path itself is wrong (nothing there, a loop of links, a folder not open to the
    user): the refusal names the whole path, as typed, not a name alone."""
    try:
        return not path.is_file()
    except OSError:
        return True


# on Windows a file another program holds open is refused as a permission; elsewhere a
# permission is the owner's to give
_NO_PERMISSION = {
    True: "close it in other programs or copy it",
    False: "ask the file's owner for read access, or for a copy of it",
}


def read_settings_text(path: Path, notices: list[str] | None = None) -> str:
    """A small text file the user wrote (filing.toml), through the same gate. TOML is UTF-8;
    one a Windows editor saved in its code page (or as UTF-16) is read as it was saved, and
    `notices` gets the line saying so: refusing it would only send counsel to a text editor's
    encoding menu."""
    data = read_source(path, MAX_SETTINGS_BYTES, empty="fill in the filing details")
    if (holds := what_it_holds(data)) not in ("text", "EDGAR text", FILING_DETAILS):
        raise InputError(
            path,
            f"is {holds}, not filing details; give the filing details (filing.toml) with "
            "--filing, or import them into the app's form",
        )
    if b"\x00" not in data:  # UTF-16 without its mark decodes as UTF-8, a NUL each letter
        try:
            return _lines_ended(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            pass
    from amendtool.io.text_encoding import decode_as_saved, encoding_name

    text, codec = decode_as_saved(data, path)
    if notices is not None:
        notices.append(
            f"{shown_name(path.name)}: is not UTF-8, as TOML files are; read as "
            f"{encoding_name(codec)} (save it as UTF-8 to be sure of its accented letters)"
        )
    return _lines_ended(text)


def _lines_ended(text: str) -> str:
    """Lines ended as an old Macintosh editor ends them (a lone carriage return) read as
    Windows and Unix line ends are: TOML knows no lone one, and would read the whole file as
    one broken line."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _check_regular(path: Path, info: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a folder, not a file; give the path of a file in it")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            path, "is not a regular file (a pipe or a device); save the document as a file"
        )
    if info.st_size > limit:
        raise InputError(
            path,
            f"file is {_size(info.st_size)}, more than the {_size(limit)} amendtool reads "
            "for such a file; check that it is the right file",
        )


def _read_at_most(path: Path, descriptor: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while chunk := os.read(descriptor, 1 << 20):
        total += len(chunk)
        if total > limit:
            raise InputError(path, f"grew past {_size(limit)} while being read; check it")
        chunks.append(chunk)
    return b"".join(chunks)


def _size(count: int) -> str:
    return f"{count / 2**20:.0f} MB" if count >= 2**20 else f"{count / 1024:.0f} KB"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff(data: bytes) -> str:
    """'zip', 'ole' (legacy .doc or an encrypted Word file), 'pdf', 'rtf', 'binary', 'html'
    or 'text', from the bytes alone."""
    head = data[:4096]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.lstrip().startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if not bom_codec(head) and utf16_without_bom(head) is None and _mostly_binary(head):
        return "binary"
    lowered = head.lower().replace(b"\x00", b"")
    if b"<html" in lowered or b"<body" in lowered or b"<!doctype html" in lowered:
        return "html"
    if b"<text>" in lowered and (b"<p" in data[:200000].lower() or b"<div" in lowered):
        return "html" if b"<html" in data[:200000].lower() else "text"
    if _HTML_ONLY_TAG.search(lowered):
        return "html"  # a page saved without <html> and <body>: its tags are no offer's words
    return "text"


# tags a page has and EDGAR text never holds (its own are <PAGE>, <TABLE>, <S>, <C>, <FN>,
# <CAPTION>): a fragment of HTML was read as text, its tags drafted as the offer's words
_HTML_ONLY_TAG = re.compile(rb"<(?:p|div|br|font|span|tr|td|center|h[1-6])(?:\s[^<>]*)?/?>")


# formats whose first bytes say what they are: images, archives, programs
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"\x1f\x8b", b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c", b"\x7fELF", b"II*\x00", b"MM\x00*", b"BZh91AY&SY",
)  # fmt: skip


def _mostly_binary(head: bytes) -> bool:
    """An image, an archive or a program: its signature, more than one byte in 25 a control
    code, or (not being UTF-8) more than a quarter of its bytes past ASCII, which no English
    text in any code page has. A few stray controls in text are damage the reader removes
    and reports; a small file of random bytes is neither text nor an offer."""
    if head.startswith(_BINARY_MAGIC):
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    if controls * 25 > len(head):
        return True
    from amendtool.io.text_encoding import utf8_bytes

    stray = sum(1 for b in head if b >= 0x80) - utf8_bytes(head)
    return stray * 4 > len(head)


def document_kind(path: Path, data: bytes) -> tuple[str, str | None]:
    """The kind to read `data` as, and a notice when the name said otherwise. A Word name
    on something else is refused, naming both; a Word package under a text name is read
    as Word."""
    kind = sniff(data)
    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES and kind != "zip" and kind != "ole":
        raise InputError(
            path,
            f"is named {suffix} but holds {_KIND_WORDS.get(kind, kind)}, not a Word document; "
            "open it and save it as .docx (or give it the name of what it is)",
        )
    if kind == "text" and (ours := _settings_kind(suffix, data[:4096])):
        raise InputError(path, ours)
    if kind == "zip" and suffix in TEXT_SUFFIXES:
        return kind, f"is named {suffix} but is a Word document; read as Word"
    if kind in ("html", "text") and suffix in TEXT_SUFFIXES and suffix not in _NAMED_AS[kind]:
        said = "an HTML page" if kind == "html" else "plain text, not an HTML page"
        return kind, f"is named {suffix} but is {said}; read as {_CONTENT[kind]}"
    return kind, None


_NAMED_AS = {
    "zip": WORD_SUFFIXES,
    "html": frozenset({".htm", ".html"}),
    "text": frozenset({".txt", ".text", ".asc"}),
}
_CONTENT = {"html": "EDGAR HTML", "text": "EDGAR text"}


def content_label(path: Path, kind: str, data: bytes) -> str | None:
    """What the file holds, for a refusal, when its name says otherwise ("EDGAR HTML, named
    .txt"); None when the name says what it is."""
    suffix = path.suffix.lower()
    if kind not in _NAMED_AS or suffix in _NAMED_AS[kind]:
        return None  # named for what it is; a PDF's, an RTF's refusal says what they are
    if kind == "zip":
        # a Word package names its main part, uncompressed, in the archive's headers
        words = "a Word document" if b"word/document.xml" in data else "a ZIP archive"
    else:
        words = _CONTENT[kind]
    return f"{words}, named {suffix}" if suffix else words


FILING_DETAILS = "filing details (filing.toml)"
A_PROJECT = "an amendtool project"


def what_it_holds(data: bytes) -> str:
    """The file's content in a few words, for a file given where another kind belongs (a
    Word document as the project, a project as the filing details)."""
    kind = sniff(data)
    if kind == "zip":
        return "a Word document" if b"word/document.xml" in data else "a ZIP archive"
    if kind in ("html", "ole", "pdf", "rtf", "binary"):
        return {"html": "EDGAR HTML", "rtf": "an RTF file"}.get(kind) or _KIND_WORDS[kind]
    head = data[:4096]
    if _PROJECT_HEAD.match(head):
        return A_PROJECT
    if _TOML_TABLE.search(head):
        return FILING_DETAILS
    if _JSON_HEAD.match(head):
        return "data (JSON)"
    return "EDGAR text" if b"<PAGE>" in data.upper() else "text"


_PROJECT_HEAD = re.compile(rb'^(\xef\xbb\xbf)?\s*\{\s*"format"\s*:\s*"amendtool-project"')
_JSON_HEAD = re.compile(rb'^(\xef\xbb\xbf)?\s*\{\s*"')
_TOML_TABLE = re.compile(rb"^\s*\[(issuer|offer|notice|signature|filing)\]\s*$", re.MULTILINE)


def _settings_kind(suffix: str, head: bytes) -> str | None:
    """What to say when one of the tool's own files (a project, filing details, items.json)
    is given where an offer belongs: read as text it would draft a nonsense "revision"."""
    if suffix == ".amend" or _PROJECT_HEAD.match(head):
        return (
            "is an amendtool project, not an Offer to Exchange; open it in the app or give "
            "it to `amendtool export` or `amendtool check`"
        )
    if suffix == ".toml" or _TOML_TABLE.search(head):
        return "holds filing details (filing.toml), not an Offer to Exchange; give it with --filing"
    if suffix == ".json" or _JSON_HEAD.match(head):
        return "holds data (JSON), not an Offer to Exchange; choose the offer itself"
    return None
