"""The cover page's title block: the centred lines that open an offer ("HALVORSEN NETWORKS,
INC." / "OFFER TO EXCHANGE OUTSTANDING OPTIONS …", "OFFER TO PURCHASE FOR CASH" / "BY" /
"CARROW HARBOR REALTY TRUST, INC." / "OF UP TO 2,000,000 SHARES …"). They are the document's
title, not paragraphs of the cover: counsel counts the cover's paragraphs from the first
one after them, in every layout (Word, EDGAR text, EDGAR HTML).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from amendtool.core.model import (
    NOTE_KINDS,
    Document,
    Paragraph,
    ParagraphKind,
    Section,
    SectionKind,
    row_caption,
)
from amendtool.core.ordinals import paragraph_ordinal, position_word
from amendtool.core.pattern_store import compiled

# a stop that ends a sentence, not an abbreviation that ends a name ("INC.", "CO.", "L.P.")
_SENTENCE_END = compiled(r"[.!?:][\"”’)\]]*$")
_NAME_END = compiled(r"\b(?:INC|CORP|CO|LTD|LLC|L\.P|N\.V|S\.A|PLC|NO)\.$", re.I)


def is_title_line(paragraph: Paragraph) -> bool:
    """A line of a title: set apart as a heading by the reader, or in capitals throughout
    without the stop a sentence ends with."""
    if paragraph.kind is ParagraphKind.SUBHEADING:
        return True
    if paragraph.kind is not ParagraphKind.BODY:
        return False
    text = paragraph.text.strip()
    if not text or re.search(r"[a-z]", text):
        return False
    return not _SENTENCE_END.search(text) or bool(_NAME_END.search(text))


def title_lines(paragraphs: Sequence[Paragraph]) -> int:
    """How many of the cover's first paragraphs are its title block."""
    count = 0
    for paragraph in paragraphs:
        if not is_title_line(paragraph):
            break
        count += 1
    return count if count < len(paragraphs) else 0  # a cover of titles alone has none


def cover_title_count(section: Section) -> int:
    """The title block's length when `section` is the cover page, else 0."""
    return title_lines(section.paragraphs) if section.kind is SectionKind.FRONT else 0


def cover_title_ids(document: Document) -> set[str]:
    """The ids of the paragraphs of the document's cover title block."""
    return {p.id for s in document.sections for p in s.paragraphs[: cover_title_count(s)]}


def place_named(section: Section, page: str | None) -> str:
    """Where a paragraph is, as counsel write it: "on the cover page" by its name alone
    (never "on the cover page on page 1", whatever folio the cover prints), else 'in
    "Section 7. …" on page 12'."""
    if section.kind == SectionKind.FRONT:
        return "on the cover page"
    return f'in "{section.name}"' + (f" on page {page}" if page else "")


def paragraph_in(section: Section, paragraph: Paragraph) -> str:
    """'the third paragraph', 'the paragraph' (the only one the page shows), 'the last line
    of the title' or 'a note': a paragraph of the offer as the checks name it, counted as
    the filing cites it (the cover's title lines, the notes and the text boxes are not
    paragraphs)."""
    titles = cover_title_count(section)
    line = next((n for n, p in enumerate(section.paragraphs[:titles], 1) if p is paragraph), 0)
    if line:
        return f"the {position_word(line, titles)} line of the title"
    if paragraph.kind is ParagraphKind.TABLE_ROW:  # rows are cited by their caption
        caption = row_caption(paragraph.text)
        return f'the row entitled "{caption}"' if caption else "a row of a table"
    if paragraph.box is not None:
        return "a text box"  # printed apart from the section's text
    uncounted = (*NOTE_KINDS, ParagraphKind.TABLE_ROW)  # a reader counts neither
    body = [p for p in section.paragraphs[titles:] if p.kind not in uncounted and not p.box]
    number = next((n for n, p in enumerate(body, 1) if p is paragraph), 0)
    if not number:
        return "a note"
    ordinal = paragraph_ordinal(number, len(body), titled=titles > 0)
    return f"the {ordinal} paragraph" if ordinal else "the paragraph"
