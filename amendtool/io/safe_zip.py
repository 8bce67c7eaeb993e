"""Refuses Word packages that would exhaust memory or smuggle XML entities, before parsing."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from pathlib import Path

from amendtool.core.clean_text import strip_unsafe
from amendtool.core.errors import InputError

MAX_UNCOMPRESSED = 256 * 1024 * 1024
MAX_PART = 128 * 1024 * 1024
MAX_RATIO = 200
MAX_PARTS = 5000  # a long offer with many images has a few hundred
_DOCTYPE = re.compile(rb"\s*<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
MAX_PROLOG = 1 << 20
_END_OF_DIRECTORY = b"PK\x05\x06"
_AGAIN = " open it in Word and save it again"
_DAMAGED = f"is damaged or truncated (not a readable Word file);{_AGAIN}"


def check_word_package(path: Path, data: bytes | None = None) -> None:
    """`data` is the package as the input gate read it (else the file at `path`)."""
    content = io.BytesIO(data if data is not None else path.read_bytes())
    _check_part_count(path, content.getbuffer())
    try:
        archive = zipfile.ZipFile(content)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise InputError(path, f"{_DAMAGED} as .docx") from exc
    with archive:
        _check_one_of_each(path, archive.namelist())
        names = set(archive.namelist())
        main = main_part(archive)
        if main not in names:
            raise InputError(path, f"is {_what_archive(names)}; {_CHOOSE}")
        _check_saved_as(path, archive, main)
        _check_sizes(path, archive)
        for name in sorted(names):
            if name.endswith((".xml", ".rels")):
                _check_part(path, archive, name)


_RELATIONSHIPS = "_rels/.rels"
_OFFICE_DOCUMENT = re.compile(
    rb"<Relationship\b[^>]*?\bType=\"[^\"]*/officeDocument\"[^>]*>", re.IGNORECASE
)
_TARGET = re.compile(rb'\bTarget="/?([^"]+)"')


def main_part(archive: zipfile.ZipFile) -> str:
    """The part the package's relationships name as its document (word/document.xml as
    Word names it; a converter may name it word/document2.xml), else word/document.xml."""
    try:
        with archive.open(_RELATIONSHIPS) as part:
            relationships = part.read(1 << 20)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return "word/document.xml"
    for match in _OFFICE_DOCUMENT.finditer(relationships):
        if target := _TARGET.search(match.group()):
            name = target.group(1).decode("utf-8", "replace")
            if name in archive.NameToInfo:
                return name
    return "word/document.xml"


_STRICT = b"http://purl.oclc.org/ooxml/"
_SAVE_AS = "in Word, save it as a Word Document (.docx) (File > Save As) and try again"
# the content type of the main part says what Word saved; python-docx reads only a document
_MAIN_TYPES = {
    b"macroEnabled.main+xml": "a macro-enabled Word document (.docm)",
    b"template.main+xml": "a Word template (.dotx)",
    b"macroEnabledTemplate.main+xml": "a macro-enabled Word template (.dotm)",
}


def _check_saved_as(path: Path, archive: zipfile.ZipFile, main: str) -> None:
    """A Word package saved in a form amendtool does not read, said by the name Word gives
    it in its Save As list (a reader's failure deep inside would name a Python error)."""
    try:
        with archive.open(main) as part:
            head = part.read(1 << 16)
        with archive.open("[Content_Types].xml") as part:
            types = part.read(1 << 20)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return  # the reader says what is wrong with the package
    if _STRICT in head:
        raise InputError(
            path, f"is saved as Strict Open XML, which amendtool does not read; {_SAVE_AS}"
        )
    part_name = re.escape(b"/" + main.encode())
    override = re.search(rb"<Override\b[^>]*\bPartName=\"%s\"[^>]*>" % part_name, types)
    content_type = override and re.search(rb'\bContentType="([^"]*)"', override.group())
    for ending, kind in _MAIN_TYPES.items():
        if content_type and content_type.group(1).endswith(ending):
            raise InputError(path, f"is {kind}, which amendtool does not read; {_SAVE_AS}")


_CHOOSE = "choose the Offer to Exchange as .docx, .txt or .htm"


def _what_archive(names: set[str]) -> str:
    """What a ZIP package that is no Word document holds, in words counsel can check."""
    if "xl/workbook.xml" in names:
        return "an Excel workbook"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint file"
    shown = [strip_unsafe(name)[0][:40] for name in sorted(names)[:3]]
    if not shown:
        return "an empty ZIP archive, not a Word document"
    more = ", …" if len(names) > len(shown) else ""
    return f"a ZIP archive of other files ({', '.join(shown)}{more}), not a Word document"


def _check_one_of_each(path: Path, names: list[str]) -> None:
    """Part names are unique, compared without case: a package holding two entries of one
    name is read from one of them while Word refuses it or shows the other, so what was
    amended may not be what counsel sees."""
    seen: set[str] = set()
    for name in names:
        key = name.casefold()
        if key in seen:
            shown = strip_unsafe(name)[0][:60]
            raise InputError(
                path,
                f"is a damaged Word file: it holds part {shown} twice, so Word and "
                f"amendtool may each read a different one;{_AGAIN}",
            )
        seen.add(key)


def _check_part_count(path: Path, data: memoryview) -> None:
    """Read from the end record before the directory is parsed: a million tiny entries
    would fill memory before any other check could run."""
    at = bytes(data[-65557:]).rfind(_END_OF_DIRECTORY)
    if at < 0:
        raise InputError(path, f"{_DAMAGED} as .docx")
    record = bytes(data[-65557:][at : at + 22])
    if len(record) < 22:
        raise InputError(path, f"{_DAMAGED} as .docx")
    (entries,) = struct.unpack("<H", record[10:12])
    if entries > MAX_PARTS:
        # 65,535 is also what a ZIP64 archive puts here, its count kept in a record before
        many = "65,535 parts or more" if entries == 0xFFFF else f"{entries:,} parts"
        raise InputError(path, f"has {many}, far more than a Word document; refusing to open it")


def _check_sizes(path: Path, archive: zipfile.ZipFile) -> None:
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
                path,
                "expands to an implausible size (a zip bomb?); refusing to open it: ask for "
                "the document again, or open it in Word and save it as a new .docx",
            )
        if info.flag_bits & 0x1:
            raise InputError(
                path,
                "is password-protected; remove the password in Word "
                "(File > Info > Protect Document) and save a copy",
            )


def _check_part(path: Path, archive: zipfile.ZipFile, name: str) -> None:
    """A DTD can only stand before the root element: the prolog is read (however long its
    comments) and refused if it declares one. The rest of the part is left to the parser,
    which stops at anything malformed."""
    buffer, position = b"", 0
    try:
        with archive.open(name) as part:
            while True:
                match = _PROLOG_ITEM.match(buffer, position)
                if match and match.end() > position:
                    position = match.end()
                    continue
                rest = buffer[position : position + 16]
                if _DOCTYPE.match(rest):
                    raise InputError(
                        path,
                        f"part {name} declares XML entities, which Word never "
                        "writes; refusing it for safety",
                    )
                unfinished = rest.startswith((b"<!--", b"<?")) or len(rest) < 10
                if not unfinished or len(buffer) > MAX_PROLOG:
                    return
                chunk = part.read(1 << 16)
                if not chunk:
                    return
                buffer += chunk
    except InputError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise InputError(path, f"{_DAMAGED} as .docx") from exc
