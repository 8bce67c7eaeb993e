"""What counsel's plain paragraph may be: one paragraph of plain words, never a document.

`amendtool plain` puts whatever it is given (--file or --text) into the employee notice as
the paragraph on one change. A whole offer given by mistake would be sent to employees whole,
and `check` could not tell: it reads the paragraph for plainness, not for what it is. So text
longer than a plain paragraph runs, text with EDGAR markup, or text in which the offer reader
finds headings is refused, in one line saying what it is and what to do.
"""

from __future__ import annotations

from amendtool.core.model import SectionKind
from amendtool.core.plain_paragraph_bounds import OFFER_NOT_PARAGRAPH, plain_paragraph_excess

_WRITE_IT = "write the plain paragraph on this one change in a file (or --text) of its own"


def plain_paragraph_problem(text: str) -> str | None:
    """Why `text` is not counsel's plain paragraph on one change, or None when it may be."""
    if problem := plain_paragraph_excess(text, f"{_WRITE_IT}, or check that it is the right text"):
        return problem
    headings = _headings(text)
    if len(headings) > 1:
        shown = ", ".join(f"\u201c{h}\u201d" for h in headings[:2])
        return (
            f"{OFFER_NOT_PARAGRAPH}: it holds {len(headings)} "
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
