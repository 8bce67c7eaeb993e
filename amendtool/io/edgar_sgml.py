"""The SGML envelope of an EDGAR submission: <DOCUMENT>, <TYPE>, <TEXT>, <PAGE> and the
rest count only at the start of a line, as EDGAR reads them.

Typed inside a paragraph ("our systems </TEXT> here"), a tag is the paragraph's text: read
as structure it would cut the document short and draft everything after it as deleted.
"""

from __future__ import annotations

import re

from amendtool.core.clean_text import line_and_column

# the document's text: from a <TEXT> line to a </TEXT> line (or the end)
TEXT_BLOCK = re.compile(
    r"^[ \t]*<TEXT>(.*?)(?:^[ \t]*</TEXT>|\Z)", re.IGNORECASE | re.DOTALL | re.MULTILINE
)
SGML_LINE = re.compile(
    r"^\s*</?(?:DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|TEXT|PDF)>.*$",
    re.IGNORECASE | re.MULTILINE,
)
_STRUCTURE_TAG = re.compile(r"</?(?:DOCUMENT|TEXT|PAGE|TYPE|SEQUENCE|FILENAME)>", re.IGNORECASE)


def text_of_submission(text: str) -> str:
    """The largest <TEXT> of a full submission, or the whole text when it has none."""
    bodies = TEXT_BLOCK.findall(text)
    return max(bodies, key=len) if bodies else text


def midline_tag_notice(text: str) -> str | None:
    """Where a structure tag stands inside a line (read as text): the first one, and how many."""
    found = [
        m
        for m in _STRUCTURE_TAG.finditer(text)
        if text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
    ]
    if not found:
        return None
    line, column = line_and_column(text, found[0].start())
    return (
        f"{len(found)} EDGAR tag(s) such as {found[0].group(0)} stand inside a line (the first "
        f"at line {line}, column {column}); EDGAR reads a tag only at the start of a line, so "
        "they were read as text: check that they belong there"
    )
