"""Loads an Offer to Exchange from .docx, EDGAR .txt or .htm into the document model."""

from __future__ import annotations

from pathlib import Path

from amendtool.core.errors import InputError
from amendtool.core.model import Document, SectionKind
from amendtool.core.structure import RawBlock, build_document
from amendtool.io.source_file import decode_text, read_source, sha256, sniff

_WRONG_FORMAT = {
    "ole": "is a legacy Word .doc or a password-protected document; open it in Word, remove "
    "any password and save it as .docx",
    "pdf": "is a PDF; use the Word (.docx) or EDGAR (.txt/.htm) version of the document",
    "rtf": "is an RTF file; open it in Word and save it as .docx",
    "binary": "is not a text, HTML or Word document",
}


def load_document(path: str | Path) -> Document:
    """Read any supported format; every failure is an InputError naming the file."""
    path = Path(path)
    data = read_source(path)
    kind = sniff(data)
    if kind in _WRONG_FORMAT:
        raise InputError(path, _WRONG_FORMAT[kind])
    notices: list[str] = []
    blocks: list[RawBlock]
    try:
        if kind == "docx":
            from amendtool.io.docx_reader import read_docx_blocks
            from amendtool.io.safe_zip import check_word_package

            check_word_package(path)
            result = read_docx_blocks(path)
            blocks, notices = result.blocks, result.notices
        elif kind == "html":
            from amendtool.io.edgar_html_reader import edgar_html_blocks

            blocks = edgar_html_blocks(decode_text(data))
        else:
            from amendtool.io.edgar_text_reader import edgar_text_blocks

            blocks = edgar_text_blocks(decode_text(data))
    except InputError:
        raise
    except (ValueError, KeyError, IndexError, AttributeError, TypeError, OSError) as exc:
        raise InputError(
            path,
            f"could not be read ({type(exc).__name__}); save it again "
            "from Word or re-download it from EDGAR",
        ) from exc
    document = build_document(blocks, source=str(path))
    for section in document.sections:
        # the reader's XML elements stay behind: a loaded document is plain Python data
        # that can be handed between threads and kept without the whole Word package
        section.heading_source = None
        for paragraph in section.paragraphs:
            paragraph.source = None
    document.sha256 = sha256(data)
    if not any(p.text for s in document.sections for p in s.paragraphs) and not any(
        s.kind is not SectionKind.FRONT for s in document.sections
    ):
        raise InputError(path, "holds no text; choose the Offer to Exchange itself")
    if not any(s.kind is not SectionKind.FRONT for s in document.sections):
        notices.append(
            "no section headings were recognised; items will cite paragraphs "
            "by their position in the whole document"
        )
    document.notices = [f"{path.name}: {n}" for n in notices]
    return document
