"""The closing matter after the last section: the signature block ("Dated …", the company's
name, "By: /s/ …", "Very truly yours,"). It is a part of the outline of its own, never the
last section's text, so a section added or taken out at the end leaves it where it is (read
into the last section, it moved into the section added after it and was drafted as deleted)."""

from __future__ import annotations

import re
from dataclasses import replace

from amendtool.core.model import Document, Paragraph, ParagraphKind, Section, SectionKind
from amendtool.core.pattern_store import compiled

CLOSING_ID = "closing"
CLOSING_TITLE = "Signature Block"

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DATE = rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
# lines only a signature block holds
_SIGNING = compiled(
    r"^(?:"
    rf"(?:dated|date)\b[:,]?\s*(?:as of\s+)?(?:{_DATE})?\.?"
    r"|by\s*:.*|by\s+/s/.*|/s/.*"
    r"|(?:name|title|its)\s*:.*"
    r"|(?:very truly yours|yours (?:very )?truly|sincerely(?: yours)?|respectfully(?: submitted)?"
    r"|cordially|on behalf of the board of directors)\b.*"
    rf"|{_DATE}\.?"
    r"|[\[(]\s*signature pages?\s+follows?\s*[\])]\.?"
    r")$",
    re.IGNORECASE,
)
_ENTITY = compiled(
    r"\b(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|L\.P|LP|N\.V|S\.A|plc)\.?$",
    re.IGNORECASE,
)
_LABEL = compiled(r"^(?:\(?[0-9a-zA-Z]{1,4}[.)]|[•·\-–—*])\s")
_NAME_JOINS = frozenset({"and", "of", "the", "de", "du", "van", "von"})
_FEWEST_WORDS_OF_PROSE = 9
_MOST_WORDS_OF_A_NAME = 10


def _signing(text: str) -> bool:
    return _SIGNING.fullmatch(text.strip()) is not None


def _entity(text: str) -> bool:
    """The signing company's name on a line of its own ("KESTREL SEMICONDUCTOR, INC.")."""
    words = text.split()
    if not 0 < len(words) <= _MOST_WORDS_OF_A_NAME or _LABEL.match(text.strip()):
        return False
    named = all(w[:1].isupper() or not w[:1].isalpha() or w in _NAME_JOINS for w in words)
    return named and words[0][:1].isupper() and _ENTITY.search(text.strip()) is not None


def _short_line(text: str) -> bool:
    """A signer's name or office ("Jane Roe", "Chief Executive Officer"): a few words that
    end no sentence and open no clause of a list."""
    stripped = text.strip()
    words = stripped.split()
    if not words or len(words) >= _FEWEST_WORDS_OF_PROSE or _LABEL.match(stripped):
        return False
    return not stripped.endswith((".", ";", ":", "?", "!")) or _entity(stripped)


def closing_count(paragraphs: list[Paragraph]) -> int:
    """How many paragraphs at the end are the signature block: a run of signing lines, the
    company's name and the signer's name and office, holding at least one line only a
    signature block holds (or the company's name)."""
    count, signed = 0, False
    for paragraph in reversed(paragraphs):
        if paragraph.kind not in (ParagraphKind.BODY, ParagraphKind.SUBHEADING):
            break
        text = paragraph.text
        if _signing(text) or _entity(text):
            signed = True
        elif not _short_line(text):
            break
        count += 1
    if not signed:
        return 0
    # the run opens at its first signing line or company name, not at a short line of the
    # section's own before it
    start = len(paragraphs) - count
    while start < len(paragraphs) and not (
        _signing(paragraphs[start].text) or _entity(paragraphs[start].text)
    ):
        start += 1
    return len(paragraphs) - start


def split_closing(sections: list[Section]) -> list[Section]:
    """The sections with the signature block after the last of them set apart as a part of
    its own (kind CLOSING, no heading); a section that would be left empty keeps it."""
    if not sections or sections[-1].kind not in (SectionKind.NUMBERED, SectionKind.PART):
        return sections
    last = sections[-1]
    count = closing_count(last.paragraphs)
    if not count or count >= len(last.paragraphs):
        return sections
    kept, moved = last.paragraphs[:-count], last.paragraphs[-count:]
    closing = Section(id=CLOSING_ID, kind=SectionKind.CLOSING, heading="", title=CLOSING_TITLE)
    taken = {s.id for s in sections}
    while closing.id in taken:
        closing.id += "-end"
    for number, paragraph in enumerate(moved, start=1):
        paragraph.id = f"{closing.id}/p{number}"
        closing.paragraphs.append(paragraph)
    last.paragraphs = kept
    return [*sections, closing]


def closing_matched(original: Document, revised: Document) -> Document:
    """The revised document with a signature block where the original has one: a block the
    revision takes out is an empty block (its lines deleted there, never a section taken
    out), and a block the original lacks is lines added at the end of the last section, as
    the original reads them."""
    had, has = _closing_of(original), _closing_of(revised)
    if had is not None and has is None:
        empty = Section(id=had.id, kind=SectionKind.CLOSING, heading="", title=had.title)
        return replace(revised, sections=[*revised.sections, empty])
    if has is not None and had is None and len(revised.sections) > 1:
        last = revised.sections[-2]
        count = len(last.paragraphs)
        moved = [replace(p, id=f"{last.id}/p{count + n}") for n, p in enumerate(has.paragraphs, 1)]
        joined = replace(last, paragraphs=[*last.paragraphs, *moved])
        return replace(revised, sections=[*revised.sections[:-2], joined])
    return revised


def _closing_of(document: Document) -> Section | None:
    last = document.sections[-1] if document.sections else None
    return last if last is not None and last.kind is SectionKind.CLOSING else None
