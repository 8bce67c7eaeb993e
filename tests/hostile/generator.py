"""Hostile inputs, grown from classes: what an attacker would craft and a careless user would do.

Each `Case` writes one file (or names a device) and says what must happen: `refuse` (one line
naming the file, exit 2, nothing written) or `read` (read, with whatever was wrong removed and
reported; the outputs hold the words as written). A `read` case also writes a companion, the
same file with one sentence revised, so it runs as ORIGINAL and as REVISED against itself.
"""

from __future__ import annotations

import functools
import json
import os
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from documents import TELLTALES, Spec, as_docx, as_html, as_text, edited, offer

from amendtool.core import text_limits
from amendtool.io.work_budget import ESTIMATE_FACTOR

DOCUMENT, FILING, PROJECT = "document", "filing", "project"
UNPRINTED = "Drafting note for counsel only"
HOSTILE_NAME = "offer\n\x1b[2J\u202etxt"


@dataclass
class Case:
    name: str
    kind: str  # DOCUMENT, FILING or PROJECT
    outcome: str  # "refuse", "read", or "clean" (any exit 0/1/2 without a traceback)
    make: Callable[[Path], Path]  # writes the input into a folder; returns its path
    companion: Callable[[Path], Path] | None = None  # read cases: the revised twin
    telltales: tuple[str, ...] = field(default=())  # words the outputs must hold as written
    unprinted: tuple[str, ...] = field(default=())  # words in the input no output may hold


def _file(name: str, data: bytes | str, encoding: str = "utf-8") -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
        return path

    return make


def _pair(
    name: str,
    suffix: str,
    render: Callable[[Spec], bytes],
    spec: Spec | None = None,
    telltales: tuple[str, ...] = TELLTALES,
) -> Case:
    base = spec if spec is not None else offer()
    return Case(
        name,
        DOCUMENT,
        "read",
        _file(f"{name}{suffix}", render(base)),
        _file(f"{name}-revised{suffix}", render(edited(base))),
        telltales,
    )


def _text(spec: Spec, encoding: str = "utf-8", newline: str = "\n") -> bytes:
    return as_text(spec, newline).encode(encoding)


def _html(spec: Spec, encoding: str = "utf-8", charset: str | None = None, wrap: int = 0) -> bytes:
    return as_html(spec, charset, wrap).encode(encoding)


# --- documents that must be read ---------------------------------------------------------------
def _readable_documents() -> Iterator[Case]:
    yield _pair("utf8-html-no-charset", ".htm", lambda s: _html(s))
    yield _pair("cp1252-html-no-charset", ".htm", lambda s: _html(s, "cp1252"))
    yield _pair("cp1252-html-declared", ".htm", lambda s: _html(s, "cp1252", "windows-1252"))
    yield _pair("latin1-declared-cp1252", ".htm", lambda s: _html(s, "cp1252", "iso-8859-1"))
    yield _pair("utf8-declared-wrongly", ".htm", lambda s: _html(s, "cp1252", "utf-8"))
    # Word's "Unicode" web page saved again as UTF-8: the meta still says UTF-16
    yield _pair("utf16-declared-utf8", ".htm", lambda s: _html(s, "utf-8", "utf-16"))
    yield _pair("utf32-declared-utf8", ".htm", lambda s: _html(s, "utf-8", "utf-32"))
    yield _pair("cp1252-text", ".txt", lambda s: _text(s, "cp1252"))
    yield _pair("mac-roman-text", ".txt", lambda s: _text(s, "mac_roman"), telltales=("café",))
    # a byte Windows-1252 leaves undefined, pasted into a Windows offer: no Mac Roman reading
    yield _pair(
        "cp1252-stray-byte", ".txt", lambda s: _text(s, "cp1252").replace(b"Meet", b"\x81Meet")
    )
    # a page saved without <html> and <body>: read as a page, its tags never as words
    yield _pair("html-fragment", ".htm", _fragment)
    yield _pair("utf8-bom-text", ".txt", lambda s: _text(s, "utf-8-sig"))
    yield _pair("utf16-bom-text", ".txt", lambda s: _text(s, "utf-16"))
    yield _pair("utf16le-no-bom", ".txt", lambda s: _text(s, "utf-16-le"))
    yield _pair("crlf-text", ".txt", lambda s: _text(s, newline="\r\n"))
    yield _pair("cr-only-text", ".txt", lambda s: _text(s, newline="\r"))
    yield _pair("mixed-utf8-cp1252", ".txt", _mixed_encodings)
    yield _pair("controls-in-text", ".txt", lambda s: _text(_salted(s, "\x07\x1b\x01")))
    yield _pair("nul-in-middle", ".txt", lambda s: _text(_salted(s, "\x00")))
    yield _pair("late-nul", ".txt", lambda s: _text([*_padded(s), ("5. Last", ["End.\x00"])]))
    yield _pair("bidi-override", ".txt", lambda s: _text(_salted(s, "\u202e")))
    yield _pair("rtl-marks", ".htm", lambda s: _html(_salted(s, "\u200f\u2067")))
    yield _pair("bidi-in-word", ".docx", lambda s: as_docx(_salted(s, "\u202e\u0085")))
    yield _pair("edgar-tags-in-text", ".docx", lambda s: as_docx(_tags(s)))
    yield _pair("page-tag-in-html", ".htm", lambda s: _html(_tags(s)))
    yield _pair("word-named-txt", ".txt", as_docx)
    # a name that would split a line, clear the screen and turn "txt.exe" around if printed
    yield Case(
        "hostile-file-name",
        DOCUMENT,
        "read",
        _file(f"{HOSTILE_NAME}.txt", _text(offer())),
        _file(f"{HOSTILE_NAME}-revised.txt", _text(edited(offer()))),
        TELLTALES,
    )
    yield replace(
        _pair("word-unprinted-text", ".docx", lambda s: as_docx(s, UNPRINTED)),
        unprinted=(UNPRINTED,),
    )
    yield _pair("html-nested-300", ".htm", lambda s: _html(s, wrap=300))
    yield _pair("html-nested-5000", ".htm", lambda s: _html(s, wrap=5000), telltales=("café",))
    yield _pair("long-paragraph", ".txt", lambda s: _text(_with_paragraph(s, "word " * 8_000)))
    yield _pair("five-thousand-sections", ".txt", lambda s: _text(s), offer(5_000), ())
    yield _pair("empty-sections", ".txt", lambda s: _text(s), _empty_sections(), ("café",))
    yield _pair("surrogate-bytes", ".txt", _surrogate_bytes, telltales=())
    # characters no reader sees, and text that looks the same written another way
    yield _pair("zero-width-in-words", ".txt", lambda s: _text(_salted(s, "\u200b\u2060\xad")))
    yield _pair("zero-width-references", ".htm", _invisible_references)
    yield _pair("decomposed-accents", ".txt", lambda s: _text(s).replace(b"caf\xc3\xa9", _CAFE))
    yield _pair("unicode-line-separators", ".txt", lambda s: _text(s, newline="\u2028"))
    yield _pair("next-line-ends", ".txt", lambda s: _text(s, newline="\x85"))
    yield _pair("form-feed-pages", ".txt", lambda s: _text(s).replace(b"\n<PAGE>\n", b"\n\f"))
    yield _pair("utf32-bom-text", ".txt", lambda s: _text(s, "utf-32"))
    yield _pair("utf16be-no-bom", ".txt", lambda s: _text(s, "utf-16-be"))


_CAFE = "cafe\u0301".encode()  # e and a combining acute accent, as some programs write é


def _invisible_references(spec: Spec) -> bytes:
    """Zero-width characters written as character references inside words of the page."""
    return _html(spec).replace(b"exchange", b"ex&#8203;change").replace(b"vest", b"ve&shy;st")


def _salted(spec: Spec, characters: str) -> Spec:
    """Each paragraph with `characters` put into its first word."""
    return [(h, [p[:3] + characters + p[3:] for p in ps]) for h, ps in spec]


def _with_paragraph(spec: Spec, text: str) -> Spec:
    """A paragraph of `text` added to Section 2, on a line of its own."""
    out = [(h, list(p)) for h, p in spec]
    out[2][1].append(f"The terms are set out here. {text}")
    return out


def _padded(spec: Spec) -> Spec:
    return [*spec, ("4A. Padding", ["Plain words. " * 600])]


def _tags(spec: Spec) -> Spec:
    markup = " See </TEXT></DOCUMENT><DOCUMENT><TYPE>EX-99 and <PAGE> here."
    return [(h, [p + markup for p in ps]) for h, ps in spec]


def _mixed_encodings(spec: Spec) -> bytes:
    """Each page in turn UTF-8 and Windows-1252, as when text is pasted between programs."""
    pages = as_text(spec).split("<PAGE>")
    encoded = [page.encode("utf-8" if i % 2 else "cp1252") for i, page in enumerate(pages)]
    return b"<PAGE>".join(encoded)


def _surrogate_bytes(spec: Spec) -> bytes:
    """Surrogates encoded as if they were characters (CESU-8): invalid UTF-8."""
    return _text(spec).replace(b"caf", b"\xed\xa0\x80caf", 1)


def _empty_sections() -> Spec:
    spec = offer()
    return [*spec[:2], ("5. Empty", []), ("6. Also Empty", []), *spec[2:]]


def _fragment(spec: Spec) -> bytes:
    """The page's body alone, as an editor saves a fragment."""
    page = as_html(spec)
    return page[page.index("<body>") + len("<body>") : page.index("</body>")].encode("utf-8")


def _big_table(spec: Spec) -> bytes:
    """A schedule pasted in: more cells than the longest offer holds, twice over."""
    count = text_limits.MAX_UNITS * ESTIMATE_FACTOR // 3 + 1_000
    rows = "".join(
        f"<tr><td>Grant {i}</td><td>{i * 7}</td><td>$1{i}.00</td></tr>" for i in range(count)
    )
    page = as_html(spec).replace("</body>", f"<table>{rows}</table></body>")
    return page.encode("utf-8")


def _grant_list(spec: Spec) -> bytes:
    """A grant list within the row limit, past the cell limit: grant, date, price, shares."""
    count = text_limits.MAX_TABLE_CELLS // 4 + 50
    rows = "".join(
        f"<tr><td>G-{i:05d}</td><td>March {1 + i % 28}, 2019</td><td>${10 + i % 50}.25</td>"
        f"<td>{37 * i + 100:,}</td></tr>"
        for i in range(count)
    )
    return as_html(spec).replace("</body>", f"<table>{rows}</table></body>").encode("utf-8")


# --- documents that must be refused ------------------------------------------------------------
def _refused_documents() -> Iterator[Case]:
    word = as_docx(offer())
    text = as_text(offer())
    refuse = lambda name, make: Case(name, DOCUMENT, "refuse", make)  # noqa: E731
    yield refuse("empty", _file("empty.txt", b""))
    yield refuse("blank", _file("blank.txt", b" \n\r\n\t \n"))
    yield refuse("missing", lambda folder: folder / "no-such-offer.docx")
    yield refuse("folder", _folder)
    yield refuse("fifo", _fifo)
    yield refuse("dev-zero", lambda folder: Path("/dev/zero"))
    yield refuse("symlink-loop", _symlink_loop)
    yield refuse("oversized-sparse", _sparse)
    # within the byte limit, but more paragraphs and cells than any offer: refused by count
    yield refuse("table-of-a-schedule", _file("table-of-a-schedule.htm", _big_table(offer())))
    # within the row limit, but more cells than one table of an offer holds
    yield refuse("grant-list-past-cells", _file("grant-list.htm", _grant_list(offer())))
    yield refuse("text-named-docx", _file("plain.docx", text))
    yield refuse("html-named-docx", _file("page.docx", as_html(offer())))
    yield refuse("truncated-docx", _file("truncated.docx", word[: len(word) // 2]))
    yield refuse("zip-not-word", _file("archive.docx", _zip({"readme.txt": b"hello"})))
    yield refuse("excel-as-docx", _file("book.docx", _zip({"xl/workbook.xml": b"<w/>"})))
    yield refuse("zip-bomb", _file("bomb.docx", _bomb()))
    yield refuse("many-parts", _file("parts.docx", _many_parts()))
    yield refuse("external-entity", _file("xxe.docx", _with_document(_XXE)))
    yield refuse("entity-after-comment", _file("late.docx", _with_document(_LATE_DTD)))
    yield refuse("billion-laughs", _file("laughs.docx", _with_document(_LAUGHS)))
    yield refuse("malformed-xml", _file("broken.docx", _with_document(b"<w:document><w:body>")))
    yield refuse("huge-attribute", _file("attribute.docx", _with_document(_huge_attribute())))
    yield refuse("xml-nested-5000", _file("deep.docx", _with_document(_deep_xml())))
    yield refuse("encrypted-flag", _file("locked.docx", _encrypted(word)))
    yield refuse("pdf", _file("offer.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    yield refuse("rtf", _file("offer.rtf", b"{\\rtf1\\ansi Offer to Exchange}"))
    yield refuse("legacy-doc", _file("offer.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)))
    yield refuse(
        "binary-named-txt", _file("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    )
    # small binaries: fewer control codes than a large one, but no text in any code page
    yield refuse("small-random-named-txt", _file("small.txt", _random_bytes(300)))
    yield refuse("high-bytes-named-txt", _file("high.txt", _random_bytes(2000, first=32)))
    yield refuse("only-controls", _file("controls.txt", b"\x01\x02\x03\x07\x1b" * 20))
    yield refuse("only-markup", _file("tags.htm", "<html><body><div></div></body></html>"))
    classed = as_html(offer()).replace("<body>", "<body>" + '<div class="x">' * 5000)
    yield refuse("html-nested-5000-classed", _file("classed.htm", classed))
    # the tool's own files where an offer belongs: read as text, each drafted a "revision"
    project = json.dumps({"format": "amendtool-project", "schema_version": 1, "items": []})
    yield refuse("project-as-document", _file("offer.amend", project))
    yield refuse("project-named-txt", _file("offer-project.txt", project))
    yield refuse("filing-named-txt", _file("filing.txt", _FILING_LIKE))
    yield refuse("items-json", _file("items.json", json.dumps({"items": [{"id": "A"}]})))
    # a paragraph of a million characters: no offer has one, and comparing it runs for minutes
    yield refuse("long-line", _file("line.txt", _text(_with_paragraph(offer(), "word " * 200_000))))
    long_word = _text(_with_paragraph(offer(), "x" * 500_000))
    yield refuse("long-word", _file("word.txt", long_word))
    yield refuse(
        "long-word-in-word", _file("word.docx", as_docx(_with_paragraph(offer(), "y" * 9000)))
    )


def _random_bytes(count: int, first: int = 0) -> bytes:
    import random

    return bytes(random.Random(count).choices(range(first, 256), k=count))


_FILING_LIKE = """[issuer]
name = "Halvorsen Networks, Inc."

[offer]
title = "Offer to Exchange Eligible Options"
"""


def _folder(folder: Path) -> Path:
    path = folder / "offer-folder.docx"
    path.mkdir()
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _symlink_loop(folder: Path) -> Path:
    path = folder / "loop.txt"
    path.symlink_to(path)
    return path


def _sparse(folder: Path) -> Path:
    path = folder / "huge.txt"
    with open(path, "wb") as handle:
        handle.write(b"Offer to Exchange\n")
        handle.truncate(65 * 2**20)  # sparse: nothing like 65 MB on disk
    return path


def _zip(parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _with_document(document_xml: bytes) -> bytes:
    """A real Word package whose main part is replaced."""
    import io

    source = zipfile.ZipFile(io.BytesIO(as_docx(offer())))
    parts = {name: source.read(name) for name in source.namelist()}
    parts["word/document.xml"] = document_xml
    return _zip(parts)


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_XXE = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<w:document " + _W + b"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
)
_LATE_DTD = b'<?xml version="1.0"?><!--' + b" " * 70_000 + b"-->" + _XXE[21:]
_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    b"<w:document " + _W + b"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
)


def _huge_attribute() -> bytes:
    value = b"A" * (12 * 2**20)
    return (
        b'<?xml version="1.0"?><w:document '
        + _W
        + b'><w:body><w:p w:rsidR="'
        + value
        + b'"><w:r><w:t>Text</w:t></w:r></w:p></w:body></w:document>'
    )


def _deep_xml() -> bytes:
    opening = b"<w:sdt><w:sdtContent>" * 5000
    closing = b"</w:sdtContent></w:sdt>" * 5000
    return (
        b'<?xml version="1.0"?><w:document '
        + _W
        + b"><w:body>"
        + opening
        + b"<w:p><w:r><w:t>Deep</w:t></w:r></w:p>"
        + closing
        + b"</w:body></w:document>"
    )


def _bomb() -> bytes:
    """A part that inflates a thousandfold, declared honestly."""
    return _zip({"word/document.xml": b"<" + b" " * (20 * 2**20)})


def _many_parts() -> bytes:
    return _zip({f"word/media/p{i}.xml": b"" for i in range(6000)}, zipfile.ZIP_STORED)


def _encrypted(word: bytes) -> bytes:
    """The package with each entry's "encrypted" flag set."""
    data = bytearray(word)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        while at >= 0:
            (flags,) = struct.unpack_from("<H", data, at + offset)
            struct.pack_into("<H", data, at + offset, flags | 1)
            at = data.find(signature, at + 4)
    return bytes(data)


# --- filing details ----------------------------------------------------------------------------
def filing_cases(sample: str) -> Iterator[Case]:
    """`sample` is a valid filing.toml; each case spoils it one way."""

    def swap(old: str, new: str) -> str:
        assert old in sample, old
        return sample.replace(old, new, 1)

    refuse = lambda name, make: Case(name, FILING, "refuse", make)  # noqa: E731
    yield refuse("filing-empty", _file("empty.toml", b""))
    yield refuse("filing-fifo", _fifo)
    yield refuse("filing-dev-zero", lambda folder: Path("/dev/zero"))
    yield refuse("filing-folder", _folder)
    # TOML is UTF-8; one saved in Windows-1252 is read as saved, with a line saying so
    cp1252 = _file("cp1252.toml", swap("Delaware", "Délaware"), "cp1252")
    yield Case("filing-not-utf8", FILING, "read", cp1252)
    yield refuse("filing-binary", _file("binary.toml", bytes(range(256)) * 4))
    yield refuse("filing-oversized", _file("big.toml", sample + "# " + "x" * 2**21 + "\n"))
    yield refuse("filing-bad-toml", _file("bad.toml", swap("[offer]", "[offer")))
    yield refuse("filing-nested-10000", _file("deep.toml", "x = " + "[" * 10_000 + "]" * 10_000))
    # nested within what the TOML reader takes, past anything filing details hold
    inline = "x = " + "{a = " * 300 + "1" + "}" * 300 + "\n"
    yield refuse("filing-inline-tables-300", _file("inline.toml", sample + inline))
    yield refuse(
        "filing-header-2000", _file("header.toml", sample + "[" + ".".join("a" * 2000) + "]\n")
    )
    yield refuse(
        "filing-table-is-list", _file("list.toml", "issuer = [1, 2]\n" + _without(sample, "issuer"))
    )
    yield refuse("filing-all-strings", _file("strings.toml", _all_strings(sample)))
    yield refuse(
        "filing-bel",
        _file("bel.toml", swap('"Halvorsen Networks, Inc."', '"Halvorsen\\u0007 Inc."')),
    )
    yield refuse("filing-nul", _file("nul.toml", swap('"Delaware"', '"Dela\\u0000ware"')))
    yield refuse("filing-bidi", _file("bidi.toml", swap('"2200 Harbor', '"\\u202e2200 Harbor')))
    yield refuse(
        "filing-escape", _file("esc.toml", swap('"People Services"', '"\\u001b[31mPeople"'))
    )
    yield refuse(
        "filing-year-9999", _file("y9999.toml", swap("2026-04-23T23:59:00", "9999-12-31T23:59:00"))
    )
    yield refuse("filing-year-1", _file("y1.toml", swap("date = 2026-04-09", "date = 0001-01-01")))
    huge = '"' + "Networks " * 100_000 + '"'  # within the file's size, past any detail
    yield refuse("filing-huge-value", _file("huge.toml", swap('"Halvorsen Networks, Inc."', huge)))
    long_word = '"Halvorsen ' + "N" * 50_000 + '"'
    yield refuse(
        "filing-long-word", _file("word.toml", swap('"Halvorsen Networks, Inc."', long_word))
    )
    clean = lambda name, make: Case(name, FILING, "clean", make)  # noqa: E731
    yield clean(
        "filing-huge-number",
        _file("number.toml", swap("number = 1", "number = 9223372036854775807")),
    )
    readable = lambda name, make: Case(name, FILING, "read", make)  # noqa: E731
    yield readable(
        "filing-edgar-tags",
        _file(
            "tags.toml",
            swap('"2200 Harbor Point Drive"', '"2200 Harbor </TEXT></DOCUMENT><DOCUMENT>"'),
        ),
    )
    yield readable(
        "filing-page-tag",
        _file("page.toml", swap('"Halvorsen Networks, Inc."', '"Halvorsen <PAGE> Networks, Inc."')),
    )
    yield readable("filing-crlf", _file("crlf.toml", sample.replace("\n", "\r\n")))
    yield readable("filing-hostile-name", _file(f"{HOSTILE_NAME}.toml", sample))
    yield readable("filing-bom", _file("bom.toml", "\ufeff" + sample))


def _without(sample: str, table: str) -> str:
    """The TOML text without one [table] (up to the next table)."""
    lines, out, skipping = sample.splitlines(), [], False
    for line in lines:
        if line.startswith("["):
            skipping = line.strip() == f"[{table}]"
        if not skipping:
            out.append(line)
    return "\n".join(out) + "\n"


def _all_strings(sample: str) -> str:
    """Every table replaced by a string: each key of the wrong type."""
    import tomllib

    names = [k for k, v in tomllib.loads(sample).items() if isinstance(v, dict | list)]
    return "".join(f'{name} = "{name}"\n' for name in names)


# --- projects ----------------------------------------------------------------------------------
SCALARS: tuple[object, ...] = (None, 7, "x")
CONTAINERS: tuple[object, ...] = ([[1]], {"x": 1})


def project_cases(base: dict) -> Iterator[Case]:  # type: ignore[type-arg]
    """`base` is a valid project (parsed JSON); each case spoils it one way."""
    refuse = lambda name, make: Case(name, PROJECT, "refuse", make)  # noqa: E731
    text = json.dumps(base)
    yield refuse("project-empty", _file("empty.amend", b""))
    yield refuse("project-not-json", _file("words.amend", "This is not a project."))
    yield refuse("project-truncated", _file("cut.amend", text[: len(text) // 2]))
    yield refuse("project-binary", _file("binary.amend", bytes(range(256)) * 16))
    yield refuse("project-fifo", lambda folder: _fifo(folder).rename(folder / "pipe.amend"))
    yield refuse("project-dev-zero", lambda folder: Path("/dev/zero"))
    yield refuse("project-folder", lambda folder: _folder(folder).rename(folder / "dir.amend"))
    yield refuse("project-nested-10000", _file("deep.amend", "[" * 10_000 + "]" * 10_000))
    deep_filing = text.replace(
        '"filing": ', '"filing": ' + "[" * 10_000 + "]" * 10_000 + ', "x": ', 1
    )
    yield refuse("project-filing-nested", _file("deepfiling.amend", deep_filing))
    # within the byte limit, past what amendtool drafts from: refused by count, as a document
    long_text = text.replace("Each new option", "Each new option " + "go on " * 400_000, 1)
    yield refuse("project-long-paragraph", _file("long.amend", long_text))
    items = base["amendments"][0]["items"]
    yield refuse(
        "project-many-items",
        _file("items.amend", _with(base, ("amendments", 0, "items"), items * 3_000)),
    )
    yield refuse("project-top-level-list", _file("list.amend", json.dumps([base])))
    # re-saved by an editor as "Unicode": intact, opened with a note of how it was read
    yield Case("project-utf16", PROJECT, "clean", _file("utf16.amend", text, "utf-16"))
    yield Case(  # the filing details are asked for again; never a traceback
        "project-filing-is-list",
        PROJECT,
        "clean",
        _file("filinglist.amend", _with(base, ("amendments", 0, "filing"), [1, 2])),
    )
    yield refuse("project-newer", _file("newer.amend", _with(base, ("schema_version",), 99)))
    yield Case("project-hostile-name", PROJECT, "clean", _file(f"{HOSTILE_NAME}.amend", text))
    for path in _key_paths(base):
        kept = type(_get(base, path))
        scalar = next(v for v in SCALARS if type(v) is not kept)
        container = next(v for v in CONTAINERS if type(v) is not kept)
        for value in (scalar, container):
            label = "-".join(str(p) for p in path) + f"-{type(value).__name__}"
            yield Case(
                f"project-{label}",
                PROJECT,
                "clean",
                _file(f"{label}.amend", _with(base, path, value)),
            )
    surrogate = text.replace("Each new option", "Each \\ud800new \\u202eoption", 1)
    yield Case("project-surrogates", PROJECT, "clean", _file("surrogate.amend", surrogate))
    yield Case(
        "project-controls",
        PROJECT,
        "clean",
        _file("controls.amend", text.replace("Each new", "Each\\u0007 new\\u0000", 1)),
    )


def _key_paths(base: dict) -> Iterator[tuple[object, ...]]:  # type: ignore[type-arg]
    """Every key of the project, of one section and paragraph of the original, and of its
    (first) amendment, one item and the filing's tables."""
    for key in base:
        yield (key,)
    for key in base["original"]:
        yield ("original", key)
    section = next(i for i, s in enumerate(base["original"]["sections"]) if s["paragraphs"])
    for key in base["original"]["sections"][section]:
        yield ("original", "sections", section, key)
    for key in base["original"]["sections"][section]["paragraphs"][0]:
        yield ("original", "sections", section, "paragraphs", 0, key)
    amendment = base["amendments"][0]
    for key in amendment:
        yield ("amendments", 0, key)
    if amendment["items"]:
        for key in amendment["items"][0]:
            yield ("amendments", 0, "items", 0, key)
        for key in amendment["items"][0].get("locator") or {}:
            yield ("amendments", 0, "items", 0, "locator", key)
    for key in amendment.get("filing") or {}:
        yield ("amendments", 0, "filing", key)


def _get(data: object, path: tuple[object, ...]) -> object:
    for key in path:
        data = data[key]  # type: ignore[index]
    return data


def _with(base: dict, path: tuple[object, ...], value: object) -> str:  # type: ignore[type-arg]
    data = json.loads(json.dumps(base))
    _get(data, path[:-1])[path[-1]] = value  # type: ignore[index]
    return json.dumps(data)


def all_cases(filing_sample: str, project_base: dict) -> list[Case]:  # type: ignore[type-arg]
    cases = [
        *readable_documents(),
        *refused_documents(),
        *filing_cases(filing_sample),
        *project_cases(project_base),
    ]
    names = [c.name for c in cases]
    assert len(names) == len(set(names)), "case names are unique"
    return cases


# each hostile file is rendered once per test session, whichever tests use it
@functools.cache
def _rendered(kind: str) -> tuple[Case, ...]:
    return tuple(_readable_documents() if kind == "read" else _refused_documents())


def readable_documents() -> Iterator[Case]:
    """Files that must be read, with the words as written."""
    return iter(_rendered("read"))


def refused_documents() -> Iterator[Case]:
    """Files that must be refused with one line naming them."""
    return iter(_rendered("refuse"))
