"""Word .docx: headings by style or by look, printed pages from breaks and page numbering.

The body is walked directly (lxml under python-docx) because `Paragraph.text` drops the text
of tracked insertions; here insertions are kept and deletions skipped, i.e. the document is
read as it prints with all changes accepted.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import docx
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from amendtool.core.errors import InputError
from amendtool.core.structure import RawBlock
from amendtool.io.docx_walker import _Walker
from amendtool.io.pagination import join_continued_tables
from amendtool.io.word_hidden import stamp_hidden_text
from amendtool.io.word_pages import forget_unknown_pages
from amendtool.io.word_symbols import unread_symbols_notice


@dataclass
class DocxResult:
    """What a Word file read into: its blocks, and what to tell the user about reading it."""

    blocks: list[RawBlock]
    notices: list[str]
    # no tracked change nor hidden text, each block one of the file's own elements: the
    # blocks are those the redline reads again from the file as it prints
    as_printed: bool = False


def open_docx(path: Path, content: IO[bytes] | None = None) -> docx.document.Document:
    """The package at `path`, or in `content` (the bytes the input gate read) when given."""
    try:
        return docx.Document(content if content is not None else str(path))
    except (PackageNotFoundError, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise InputError(
            path, "is not a readable Word document; open it in Word and save it again as .docx"
        ) from exc


def read_docx_blocks(path: Path, content: IO[bytes] | None = None) -> DocxResult:
    result = walk_docx(open_docx(path, content))
    if _hard_wrapped(result.blocks):
        from amendtool.io.edgar_text_reader import edgar_text_blocks

        result.blocks = edgar_text_blocks(_as_text(result.blocks))
        result.as_printed = False
        result.notices.append(
            "has a paragraph for every line (text pasted from EDGAR?); read "
            "as EDGAR text, lines joined into paragraphs"
        )
    return result


def _hard_wrapped(blocks: list[RawBlock]) -> bool:
    """Most lines run on into the next 'paragraph': one Word paragraph per printed line."""
    runs_on = sum(
        1
        for a, b in itertools.pairwise(blocks)
        if not b.blank_before
        and b.text[:1].islower()
        and not a.text.rstrip().endswith((".", ":", "?", "!", '"', "”"))
    )
    return len(blocks) >= 20 and runs_on >= len(blocks) * 0.2


def _as_text(blocks: list[RawBlock]) -> str:
    lines: list[str] = []
    page = blocks[0].page_index if blocks else 0
    for block in blocks:
        if block.page_index != page:
            lines.append("<PAGE>")
            page = block.page_index
        if block.blank_before:
            lines.append("")
        lines.append(block.text.replace("\t", "    "))
    return "\n".join(lines)


def unprinted_notice(revisions: bool, hidden: bool, comments: bool) -> list[str]:
    """One line telling counsel what the file holds that is not offer text as printed:
    tracked changes not yet accepted, hidden text, comments; and how it was read."""
    held = [
        name
        for name, present in (
            ("tracked changes not yet accepted", revisions),
            ("comments", comments),
            ("hidden text (which Word does not print)", hidden),
        )
        if present
    ]
    if not held:
        return []
    left = " and ".join(
        n for n, present in (("hidden text", hidden), ("comments", comments)) if present
    )
    ways = (["all changes accepted"] if revisions else []) + (
        [f"the {left} left out"] if left else []
    )
    listed = held[0] if len(held) == 1 else ", ".join(held[:-1]) + " and " + held[-1]
    return [f"holds {listed}; read with {' and '.join(ways)}"]


def walk_docx(document: docx.document.Document) -> DocxResult:
    """Blocks of an opened document; each block's `source` is its w:p (or w:tr) element."""
    hidden = stamp_hidden_text(document)
    walker = _Walker(document)
    walker.walk(document.element.body)
    join_continued_tables(walker.blocks)
    notices = []
    unknown = forget_unknown_pages(walker.blocks, walker.rendered)
    if unknown:
        notices.append(unknown)
    has_comments = any(rel.reltype.endswith("/comments") for rel in document.part.rels.values())
    notices += unprinted_notice(walker.revisions, hidden or walker.hidden, has_comments)
    notices += unread_symbols_notice(document.element.body)
    printed = not (walker.revisions or hidden or walker.hidden)
    return DocxResult(walker.blocks, notices, printed)
