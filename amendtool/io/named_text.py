"""Short text files the user names beside the documents (counsel's plain paragraph): read
through the input gate the documents go through.

A path on the command line may be a pipe, a device, a folder, a Word file or a gigabyte of
anything; each is refused before it is read, in one line naming the file and what to do.
Text in any encoding is decoded once, as a document's text is (io/text_encoding.py).
"""

from __future__ import annotations

from pathlib import Path

from amendtool.core.errors import InputError
from amendtool.core.text_limits import MAX_PARAGRAPH_CHARACTERS
from amendtool.io.source_file import read_source, what_it_holds
from amendtool.io.text_encoding import decode_text

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
    text, notices, _encoding = decode_text(data, path)
    if len(text) > MAX_PARAGRAPH_CHARACTERS:
        raise InputError(
            path,
            f"holds {len(text):,} characters, more than one paragraph "
            f"({MAX_PARAGRAPH_CHARACTERS:,}); check that it is the right file",
        )
    if not text.strip():
        raise InputError(path, f"holds no text; write {what} in it, or use --clear")
    return text, notices
