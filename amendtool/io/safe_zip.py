"""Refuses Word packages that would exhaust memory or smuggle XML entities, before parsing."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from amendtool.core.errors import InputError

MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_PART = 128 * 1024 * 1024
MAX_RATIO = 200
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def check_word_package(path: Path) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InputError(
            path,
            "is damaged or truncated (not a readable Word file); "
            "open it in Word and save it again as .docx",
        ) from exc
    with archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            other = (
                "an Excel workbook"
                if "xl/workbook.xml" in names
                else (
                    "a PowerPoint file"
                    if "ppt/presentation.xml" in names
                    else "not a Word document"
                )
            )
            raise InputError(
                path, f"is {other}; choose the Offer to Exchange as .docx, .txt or .htm"
            )
        total = 0
        for info in archive.infolist():
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if (
                info.file_size > MAX_PART
                or total > MAX_UNCOMPRESSED
                or (info.file_size > 10 * 2**20 and ratio > MAX_RATIO)
            ):
                raise InputError(
                    path, "expands to an implausible size (a zip bomb?); refusing to open it"
                )
            if info.flag_bits & 0x1:
                raise InputError(
                    path,
                    "is password-protected; remove the password in Word "
                    "(File > Info > Protect Document) and save a copy",
                )
        for name in names:
            if name.endswith((".xml", ".rels")):
                try:
                    with archive.open(name) as part:
                        head = part.read(4096)
                except (zipfile.BadZipFile, OSError, EOFError) as exc:
                    raise InputError(
                        path, "is damaged or truncated; open it in Word and save it again as .docx"
                    ) from exc
                if _DOCTYPE.search(head):
                    raise InputError(
                        path,
                        f"part {name} declares XML entities, which Word never "
                        "writes; refusing it for safety",
                    )
