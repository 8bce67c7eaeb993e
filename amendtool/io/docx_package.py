"""A Word file's bytes: the package python-docx writes (the same members, in its order, each
deflated and headed as its zipfile writes them), with a part already deflated in this run
deflated once.

Every .docx of an export carries parts that are the same in each: the house template's
styles (355 KB) in the filing and the notice, the original's styles and their copy with
effects in the redline and the conformed copy. The document itself is new in each file and
is deflated as it comes.
"""

from __future__ import annotations

import io
import struct
import sys
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable

from docx.document import Document as WordDocument
from docx.opc.packuri import PackURI
from docx.opc.pkgwriter import PackageWriter

# parts remembered deflated, the least recently used let go first: a template's and an
# original's with room to spare, never more than this much of a long session's memory
_KEPT = 16 << 20
_LARGEST = 4 << 20  # a part larger than this is deflated as it comes, never remembered
_LIMIT = 1 << 30  # toward ZIP64 records (past 2 GB): python-docx writes such a file
_deflated: OrderedDict[bytes, tuple[bytes, int]] = OrderedDict()

_LOCAL = struct.Struct("<4s2B4HL2L2H")  # zipfile's structFileHeader
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # structCentralDir
_END = struct.Struct("<4s4H2LH")  # structEndArchive
_DEFLATED = 8
_VERSION = 20  # zipfile's DEFAULT_VERSION, for a deflated member
_SYSTEM = 0 if sys.platform == "win32" else 3  # the maker zipfile names: Windows or Unix
_READ_WRITE = 0o600 << 16  # the permissions zipfile gives a member written from bytes


class _Members:
    """What python-docx's package writer hands its zip file: each member's name and bytes."""

    def __init__(self) -> None:
        self.members: list[tuple[str, bytes]] = []

    def write(self, pack_uri: PackURI, blob: bytes) -> None:
        self.members.append((pack_uri.membername, blob))


def docx_bytes(document: WordDocument) -> bytes:
    """`document` as `document.save` writes it, a part deflated before in this run not
    deflated again."""
    package = document.part.package
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()  # as OpcPackage.save does before writing
    members = _Members()
    PackageWriter._write_content_types_stream(members, parts)
    PackageWriter._write_pkg_rels(members, package.rels)
    PackageWriter._write_parts(members, parts)  # type: ignore[arg-type]
    main = document.part.partname.membername
    if sum(len(blob) for _, blob in members.members) > _LIMIT or not all(
        name.isascii() for name, _ in members.members
    ):
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()
    return zip_bytes(members.members, keep=lambda name: name != main)


def zip_bytes(members: list[tuple[str, bytes]], keep: Callable[[str], bool] | None = None) -> bytes:
    """A zip archive of `members` as zipfile writes it (deflated, the time of writing on
    each); `keep(name)`: whether the member's deflated bytes are worth remembering."""
    year, month, day, hour, minute, second = time.localtime(time.time())[:6]
    dosdate = (year - 1980) << 9 | month << 5 | day
    dostime = hour << 11 | minute << 5 | (second // 2)
    out: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, blob in members:
        remember = keep is not None and keep(name) and len(blob) <= _LARGEST
        packed, crc = _deflate(blob, remember)
        encoded = name.encode("ascii")
        sizes = (crc, len(packed), len(blob), len(encoded))
        kind = (_DEFLATED, dostime, dosdate, *sizes)
        local = _LOCAL.pack(b"PK\003\004", _VERSION, 0, 0, *kind, 0)
        made_by = (_VERSION, _SYSTEM, _VERSION, 0, 0)  # made by 2.0 here, read by 2.0; no flags
        attributes = (0, 0, 0, 0, _READ_WRITE, offset)  # no extra or comment; where it is
        central.append(_CENTRAL.pack(b"PK\001\002", *made_by, *kind, *attributes) + encoded)
        out += [local, encoded, packed]
        offset += len(local) + len(encoded) + len(packed)
    directory = b"".join(central)
    count = len(central)
    end = _END.pack(b"PK\005\006", 0, 0, count, count, len(directory), offset, 0)
    return b"".join([*out, directory, end])


def _deflate(blob: bytes, remember: bool) -> tuple[bytes, int]:
    """`blob` deflated as zipfile deflates it (the default level, raw), and its CRC."""
    if remember and blob in _deflated:
        _deflated.move_to_end(blob)
        return _deflated[blob]
    made = _deflated_now(blob), zlib.crc32(blob)
    if remember:
        _deflated[blob] = made
        while sum(len(kept) + len(packed) for kept, (packed, _) in _deflated.items()) > _KEPT:
            _deflated.popitem(last=False)
    return made


def _deflated_now(blob: bytes) -> bytes:
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return compressor.compress(blob) + compressor.flush()
