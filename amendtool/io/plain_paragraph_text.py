"""What counsel's plain paragraph may be: one paragraph of plain words, never a document.

`amendtool plain` puts whatever it is given (--file or --text) into the employee notice as
the paragraph on one change. A whole offer given by mistake would be sent to employees whole,
and `check` could not tell: it reads the paragraph for plainness, not for what it is. So text
longer than a plain paragraph runs, text with EDGAR markup, or text in which the offer reader
finds headings is refused, in one line saying what it is and what to do.
"""

from __future__ import annotations

import re

from amendtool.core.model import SectionKind
from amendtool.core.text_limits import MAX_PLAIN_PARAGRAPH_CHARACTERS

# what only an EDGAR submission holds: its page marks and document tags
_EDGAR_MARKUP = re.compile(
    r"<\s*/?\s*(PAGE|TEXT|DOCUMENT|TYPE|SEQUENCE|FILENAME|DESCRIPTION|SEC-DOCUMENT|"
    r"SEC-HEADER)\s*>",
    re.IGNORECASE,
)
_WRITE_IT = "write the plain paragraph on this one change in a file (or --text) of its own"


def plain_paragraph_problem(text: str) -> str | None:
    """Why `text` is not counsel's plain paragraph on one change, or None when it may be."""
    if len(text) > MAX_PLAIN_PARAGRAPH_CHARACTERS:
        return (
            f"holds {len(text):,} characters, more than a plain paragraph on one change runs "
            f"to ({MAX_PLAIN_PARAGRAPH_CHARACTERS:,}); write it shorter, or check that it "
            "is the right text"
        )
    if tag := _EDGAR_MARKUP.search(text):
        return (
            f"holds EDGAR markup ({tag.group().strip()}), so it is an offer document, not the "
            f"plain paragraph; {_WRITE_IT}"
        )
    headings = _headings(text)
    if len(headings) > 1:
        shown = ", ".join(f"\u201c{h}\u201d" for h in headings[:2])
        return (
            f"is an offer document, not the plain paragraph: it holds {len(headings)} "
            f"headings ({shown}{', …' if len(headings) > 2 else ''}); {_WRITE_IT}"
        )
    return None


def _headings(text: str) -> list[str]:
    """The headings the offer reader finds in `text`: the sections it would make of it."""
    from amendtool.core.structure import build_document
    from amendtool.io.edgar_text_reader import edgar_text_blocks

    document = build_document(edgar_text_blocks(text), source="")
    found = [s.heading for s in document.sections if s.kind is not SectionKind.FRONT]
    return [" ".join(h.split()[:6])[:60] for h in found]
