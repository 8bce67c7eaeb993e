"""Loads an Offer to Exchange from .docx, EDGAR .txt or .htm into the document model.

Every document passes the input gate (io/source_file.py) first: one read, the kind told by
content, text decoded once and cleaned; the readers get bytes or text, never the path.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from amendtool.core.clean_text import (
    composed,
    line_and_column,
    reordered_figure,
    reordered_refusal,
    strip_unsafe,
)
from amendtool.core.errors import InputError, shown_name, shown_path
from amendtool.core.model import Document, SectionKind
from amendtool.core.pattern_store import compiled
from amendtool.core.structure import RawBlock, build_document
from amendtool.io.source_file import (
    NO_OFFER_TEXT,
    content_label,
    document_kind,
    read_source,
    sha256,
)
from amendtool.io.text_encoding import decode_text, encoding_name
from amendtool.io.work_budget import OverBudget, check_before_reading, check_blocks, over_budget

_WRONG_FORMAT = {
    "ole": "is a legacy Word .doc or a password-protected document; open it in Word, remove "
    "any password and save it as .docx",
    "pdf": "is a PDF; use the Word (.docx) or EDGAR (.txt/.htm) version of the document",
    "rtf": "is an RTF file; open it in Word and save it as .docx",
    "binary": "is not a text, HTML or Word document (an image, an archive or other data); "
    + NO_OFFER_TEXT,
}
# what a damaged or hostile file can make a parser raise: each becomes one line
_READ_ERRORS = (
    ValueError,
    OSError,
    EOFError,
    RecursionError,
    UnicodeError,
    zipfile.BadZipFile,
    zlib.error,
    etree.LxmlError,
)
# what no damage should make a reader raise: a defect met on this file, its details logged
_UNFORESEEN = (KeyError, IndexError, AttributeError, TypeError)
_AGAIN = "save it again from Word or re-download it from EDGAR"


def load_document(path: str | Path, *, places: bool = False) -> Document:
    """Read any supported format; every failure is an InputError naming the file (and what
    it holds, when its name says otherwise). `places`: a redline will be written on this
    file (the original of a draft), so each paragraph's place in it is kept
    (io/word_places.py) and the redline does not read the file a second time; a load for
    anything else (the revised file, the window) does not pay for them."""
    path = Path(path)
    data = read_source(path)
    kind, renamed = document_kind(path, data)
    if kind in _WRONG_FORMAT:
        raise InputError(path, _WRONG_FORMAT[kind])
    try:
        return _load(path, data, kind, [renamed] if renamed else [], places)
    except InputError as error:
        content = content_label(path, kind, data)
        if not content or error.content or error.path != path:
            raise
        if error.problem.startswith("is " + content.split(",")[0]):
            raise  # the refusal says what it holds
        raise InputError(path, error.problem, content) from error


def _load(path: Path, data: bytes, kind: str, notices: list[str], places: bool = False) -> Document:
    try:
        if kind == "zip":
            from amendtool.io.safe_zip import check_word_package

            # the sizes its headers give and its parts' prologs, before any part is
            # inflated: the count below read a zip bomb's 6 GB part whole to refuse it
            check_word_package(path, data)
        check_before_reading(path, kind, data)
        blocks, encoding, printed = _read_blocks(path, data, kind, notices)
    except InputError:
        raise
    except OverBudget as exc:
        raise over_budget(path, exc) from exc
    except MemoryError as exc:
        raise InputError(path, "is too large to read in the memory available") from exc
    except _READ_ERRORS as exc:
        raise InputError(path, f"is damaged or not in a form amendtool reads; {_AGAIN}") from exc
    except _UNFORESEEN as exc:
        from amendtool.io.failure_reports import write_crash_log

        log = write_crash_log(exc, f"reading {path.name}")
        where = f"the details are in {shown_path(log)}" if log else "the details could not be saved"
        raise InputError(
            path,
            f"holds something amendtool could not read ({where}; please send that file to "
            f"support); {_AGAIN}",
        ) from exc
    _check_words(path, blocks)
    check_blocks(path, blocks)
    document = build_document(blocks, source=str(path.absolute()))
    digest = sha256(data)
    if printed and places:  # the redline, written on this file, finds its paragraphs there
        from amendtool.io.word_places import keep_places

        keep_places(document, digest)
    for section in document.sections:
        # the reader's XML elements stay behind: a loaded document is plain Python data
        # that can be handed between threads and kept without the whole Word package
        section.heading_source = None
        for paragraph in section.paragraphs:
            paragraph.source = None
    document.sha256 = digest
    document.encoding = encoding
    if not any(p.text for s in document.sections for p in s.paragraphs) and not any(
        s.kind is not SectionKind.FRONT for s in document.sections
    ):
        raise InputError(path, f"holds no text; {NO_OFFER_TEXT}")
    if not any(s.kind is not SectionKind.FRONT for s in document.sections):
        notices.append(
            "no section headings were recognised; items will cite paragraphs "
            "by their position in the whole document"
        )
    document.notices = [f"{shown_name(path.name)}: {n}" for n in notices]
    return document


def _read_blocks(
    path: Path, data: bytes, kind: str, notices: list[str]
) -> tuple[list[RawBlock], str, bool]:
    """The blocks, the codec of a text and whether the blocks are a Word file's elements as
    it prints (none changed in cleaning)."""
    if kind == "zip":
        from amendtool.io.docx_reader import read_docx_blocks
        from amendtool.io.read_limits import check_word_part
        from amendtool.io.safe_zip import main_part

        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            name = main_part(archive)
            with archive.open(name) as part:
                # counted before the tree is built
                check_word_part(part, archive.getinfo(name).file_size)
        result = read_docx_blocks(path, io.BytesIO(data))
        notices += result.notices
        cleaned = _clean_blocks(path, result.blocks, notices)
        return result.blocks, "", result.as_printed and not cleaned
    if kind != "html":
        from amendtool.io.read_limits import check_text_bytes

        check_text_bytes(data)  # a runaway line or line count, before any copy is decoded
    text, text_notices, encoding = decode_text(data, path)
    notices += text_notices
    if kind == "html":
        from amendtool.io.edgar_html_reader import edgar_html_blocks
        from amendtool.io.html_nesting import NestedTooDeeply
        from amendtool.io.html_text_check import TextLeftOut
        from amendtool.io.html_unclosed import UnclosedElement

        text = _without_bad_references(text, notices)
        if _DTD_SUBSET.search(text):
            raise InputError(
                path,
                "declares entities of its own (a DOCTYPE with a [ … ] part), which EDGAR HTML "
                "never holds; refusing it for safety: save the page again as HTML from the "
                "program that made it",
            )
        try:
            blocks = edgar_html_blocks(text)
        except (NestedTooDeeply, UnclosedElement, TextLeftOut) as exc:
            raise InputError(path, str(exc)) from exc
        _clean_blocks(path, blocks, notices)  # what character references (&#8203; &shy;) made
        return blocks, encoding, False
    from amendtool.io.edgar_submission import midline_tag_notice
    from amendtool.io.edgar_text_headers import unsure_names_notices
    from amendtool.io.edgar_text_reader import edgar_text_blocks
    from amendtool.io.read_limits import check_text_lines

    check_text_lines(text)  # a line is read into one paragraph: counted before it is built
    if tags := midline_tag_notice(text):
        notices.append(tags)
    unsure: list[str] = []
    blocks = edgar_text_blocks(text, unsure)
    notices += unsure_names_notices(text, unsure)
    return blocks, encoding, False


# an internal DTD subset: entities declared in the page itself (a parser that expands them can
# be made to grow without end; one that does not leaves "]>" and "&name;" as the offer's text)
_DTD_SUBSET = compiled(r"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)


# a numeric character reference: one naming no character (0, half a surrogate pair, past
# Unicode) is read by a parser as U+FFFD, which no output can print, and blamed on it
_REFERENCE = compiled(r"&#(?:[xX]([0-9a-fA-F]{1,12})|([0-9]{1,12}));?")


def _without_bad_references(text: str, notices: list[str]) -> str:
    """`text` with each character reference that names no character left out, said once
    with the first one's place."""
    bad: list[tuple[int, str]] = []

    def kept(match: re.Match[str]) -> str:
        value = int(match[1], 16) if match[1] else int(match[2])
        if value == 0 or 0xD800 <= value <= 0xDFFF or value > 0x10FFFF:
            bad.append((match.start(), match.group()))
            return ""
        return match.group()

    if "&#" not in text:
        return text
    cleaned = _REFERENCE.sub(kept, text)
    if bad:
        line, column = line_and_column(text, bad[0][0])
        notices.append(
            f"{len(bad)} character reference(s) name no character and were left out (the "
            f"first, {bad[0][1]}, at line {line}, column {column})"
        )
    return cleaned


def encoding_notices(original: Document, revised: Document) -> list[str]:
    """A revision read in another 8-bit encoding than its original is suspect: one of the
    two was guessed wrong, and every accented letter or curly quote would read as changed."""
    first, second = original.encoding, revised.encoding
    if not first or not second or encoding_name(first) == encoding_name(second):
        return []
    if "utf" in first or "utf" in second:
        return []  # Unicode is read as marked or as valid UTF-8: no guess was made
    name = shown_name(Path(revised.source).name) if revised.source else "the revised file"
    return [
        f"{name}: was read as {encoding_name(second)} text but the original as "
        f"{encoding_name(first)}; check accented letters and quotation marks in the "
        "changes, or save both files as UTF-8"
    ]


MAX_WORD = 2000  # the longest web address in an offer is a tenth of this
_LONG_RUN = compiled(rf"\S{{{MAX_WORD + 1},}}")


def _check_words(path: Path, blocks: list[RawBlock]) -> None:
    """A "word" of thousands of characters is no part of an offer (a pasted image, a
    damaged file), and no pane, page or diff can lay it out: refused, with its place."""
    for block in blocks:
        if len(block.text) > MAX_WORD and (run := _LONG_RUN.search(block.text)):
            words = " ".join(block.text[: run.start()].split()[:6]) or run.group()[:20]
            page = block.pages[0].label if block.pages else None
            where = f'in the paragraph "{words}…"' + (f" on page {page}" if page else "")
            raise InputError(
                path,
                f"holds {len(run.group()):,} characters without a space {where}; that is "
                "not the text of an offer: remove it or check that this is the right file",
            )


def _clean_blocks(path: Path, blocks: list[RawBlock], notices: list[str]) -> bool:
    """Word text (and characters an HTML page writes as references) can carry C1 controls,
    direction overrides and invisible characters: out, and the first paragraph that had one
    is named. Accented letters are composed, as the text readers compose them. True when
    any text changed."""
    total, first, changed = 0, None, False
    for block in blocks:
        for attribute in ("text", "bold_prefix", "auto_number"):
            value = getattr(block, attribute)
            if not value:
                continue
            if figure := reordered_figure(value):
                raise InputError(path, reordered_refusal(figure))
            clean, removed = strip_unsafe(value)
            setattr(block, attribute, now := composed(clean))
            changed = changed or now != value
            if removed is None:
                continue
            total += removed.count
            if first is None:
                words = " ".join(clean.split()[:6])
                page = block.pages[0].label if block.pages else None
                where = f'in the paragraph "{words}…"' + (f" on page {page}" if page else "")
                first = (removed, where)
    if first is not None:
        removed, where = first
        removed.count = total
        notices.append(removed.describe(where))
    return changed
