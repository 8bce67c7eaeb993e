"""A series of three amendments of the bundled sample, as counsel would make them: No. 1 is
the sample's revision (it rewrites the first sentence of Section 17's first paragraph and
inserts a paragraph after it); No. 2 rewrites the paragraph No. 1 inserted; No. 3 deletes a
sentence of the paragraph No. 1 changed."""

from __future__ import annotations

import dataclasses
import datetime as dt

from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.model import Document
from amendtool.core.series import Series
from amendtool.io.load import load_document
from tests.conftest import SAMPLES

SECTION_17 = '"Section 17. Forward Looking Statements; Miscellaneous"'
EXHIBIT = " of Exhibit (a)(1) to the Tender Offer Statement"
REWRITTEN = (
    "The safe harbor of the Private Securities Litigation Reform Act of 1995 is not available "
    "to us for any statement made in connection with this offer, and we do not rely on it."
)


def filing(number: int) -> FilingDetails:
    details = load_filing(SAMPLES / "filing.toml")
    return dataclasses.replace(
        details,
        amendment_number=number,
        amendment_date=dt.date(2026, 4, 1) + dt.timedelta(days=3 * number),
        notice_exhibit=f"(a)({5 + number})",
    )


def edited(document: Document, section: str, index: int, text: str | None) -> Document:
    """The document with paragraph `index` of Section `section` replaced (None: deleted)."""
    sections = []
    for s in document.sections:
        if s.number == section:
            paragraphs = list(s.paragraphs)
            if text is None:
                del paragraphs[index]
            else:
                paragraphs[index] = dataclasses.replace(paragraphs[index], text=text)
            s = dataclasses.replace(s, paragraphs=paragraphs)
        sections.append(s)
    return dataclasses.replace(document, sections=sections)


def second_sentence_removed(text: str) -> str:
    sentences = text.split(". ")
    return ". ".join([sentences[0], *sentences[2:]])


def three_amendments() -> tuple[Series, list[Document]]:
    """No. 1: the sample's revision (it rewrites the first sentence of Section 17's first
    paragraph and inserts a paragraph after it); No. 2 rewrites the paragraph No. 1 inserted;
    No. 3 deletes a sentence of the paragraph No. 1 changed."""
    original = load_document(SAMPLES / "offer-to-exchange.docx")
    first = load_document(SAMPLES / "offer-to-exchange-revised.docx")
    series = Series(original)
    series.draft(first, filing(1))
    second = edited(series.base(1), "17", 1, REWRITTEN)
    series.draft(second, filing(2))
    paragraph = next(s for s in second.sections if s.number == "17").paragraphs[0].text
    third = edited(series.base(2), "17", 0, second_sentence_removed(paragraph))
    series.draft(third, filing(3))
    return series, [original, first, second, third]
