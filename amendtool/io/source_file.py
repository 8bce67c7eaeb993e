"""Reading a file the user chose: size limits, format sniffing and text decoding."""

from __future__ import annotations

import hashlib
from pathlib import Path

from amendtool.core.errors import InputError

MAX_INPUT_BYTES = 64 * 1024 * 1024
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_source(path: Path) -> bytes:
    if not path.exists():
        raise InputError(path, "file not found; check the path")
    if path.is_dir():
        raise InputError(path, "is a folder, not a document")
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise InputError(
                path, f"file is {size // 2**20} MB, larger than any Offer to Exchange; check it"
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError(path, "permission denied; close it in other programs or copy it") from exc
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from exc
    if not data.strip():
        raise InputError(path, "file is empty; choose the Offer to Exchange itself")
    return data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff(data: bytes) -> str:
    """'docx', 'ole' (legacy .doc or an encrypted Word file), 'html', 'text', 'pdf' or 'binary'."""
    head = data[:4096]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "docx"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary"
    lowered = head.lower()
    if b"<html" in lowered or b"<body" in lowered or b"<!doctype html" in lowered:
        return "html"
    if b"<text>" in lowered and (b"<p" in data[:200000].lower() or b"<div" in lowered):
        return "html" if b"<html" in data[:200000].lower() else "text"
    return "text"


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as EDGAR filers used."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")
