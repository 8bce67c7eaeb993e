"""What counsel's plain paragraph may be: one paragraph of plain words, never a document.

`amendtool plain` puts whatever it is given (--file or --text) into the employee notice as
the paragraph on one change. A whole offer given by mistake would be sent to employees whole,
and `check` could not tell: it reads the paragraph for plainness, not for what it is. So text
longer than a plain paragraph runs, text with EDGAR markup, or text in which the offer reader
finds headings is refused, in one line saying what it is and what to do. The file given
with --file is read here, through the input gate (io/source_file.py).
"""

from __future__ import annotations

from pathlib import Path

from amendtool.core.clean_text import plain_breaks
from amendtool.core.errors import InputError
from amendtool.core.model import HEADINGLESS
from amendtool.core.plain_paragraph_bounds import (
    OFFER_NOT_PARAGRAPH,
    plain_paragraph_excess,
    several_paragraphs,
)
from amendtool.core.text_limits import MAX_PARAGRAPH_CHARACTERS
from amendtool.io.source_file import read_source, what_it_holds
from amendtool.io.text_encoding import decode_text, encoding_name

_WRITE_IT = "write the plain paragraph on this one change in a file (or --text) of its own"


def plain_paragraph_problem(text: str) -> str | None:
    """Why `text` is not counsel's plain paragraph on one change, or None when it may be.
    A paragraph separator (U+2029, as a paste may bring) parts paragraphs as a blank line."""
    text = plain_breaks(text)
    if problem := plain_paragraph_excess(text, f"{_WRITE_IT}, or check that it is the right text"):
        return problem
    headings = _headings(text)
    if len(headings) > 1:
        shown = ", ".join(f"\u201c{h}\u201d" for h in headings[:2])
        return (
            f"{OFFER_NOT_PARAGRAPH}: it holds {len(headings)} "
            f"headings ({shown}{', …' if len(headings) > 2 else ''}); {_WRITE_IT}"
        )
    return several_paragraphs(text)


def _headings(text: str) -> list[str]:
    """The headings the offer reader finds in `text`: the sections it would make of it."""
    from amendtool.core.structure import build_document
    from amendtool.io.edgar_text_reader import edgar_text_blocks

    document = build_document(edgar_text_blocks(text), source="")
    found = [s.heading for s in document.sections if s.kind not in HEADINGLESS]
    return [" ".join(h.split()[:6])[:60] for h in found]


# a character takes at most four bytes in UTF-8 (and in UTF-16 with its mark)
MAX_PARAGRAPH_BYTES = 4 * MAX_PARAGRAPH_CHARACTERS + 4


def read_paragraph_file(path: str | Path, what: str) -> tuple[str, list[str]]:
    """The text of `path`, one paragraph of `what` ("the plain paragraph"), with notices of
    what was guessed or removed; refused when it is no text file or longer than a paragraph."""
    path = Path(path)
    data = read_source(path, MAX_PARAGRAPH_BYTES, empty=f"write {what} in it, or use --clear")
    holds = what_it_holds(data)
    if holds not in ("text", "EDGAR text"):
        raise InputError(path, f"is {holds}, not {what}; save {what} as a text file")
    text, notices, encoding = decode_text(data, path)
    if encoding and encoding_name(encoding) not in ("UTF-8", "ASCII"):
        # as filing.toml says it: counsel may not know the editor saved it so
        notices.insert(0, f"is not UTF-8; read as {encoding_name(encoding)}")
    if len(text) > MAX_PARAGRAPH_CHARACTERS:
        raise InputError(
            path,
            f"holds {len(text):,} characters, more than one paragraph "
            f"({MAX_PARAGRAPH_CHARACTERS:,}); check that it is the right file",
        )
    if not text.strip():
        raise InputError(path, f"holds no text; write {what} in it, or use --clear")
    if problem := plain_paragraph_problem(text):
        raise InputError(path, problem)
    return text, notices
