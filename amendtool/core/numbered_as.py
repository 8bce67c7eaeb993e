"""How an offer refers to its numbered sections. An offer numbered in roman figures often
calls them parts ("I. TERMS OF THE OFFER", referred to as "(See Part I)"): counsel cite them
as the offer does, "Part I. Terms of the Offer", never "Section I"."""

from __future__ import annotations

import re

from amendtool.core.model import Section, SectionKind
from amendtool.core.pattern_store import compiled

_ROMAN = compiled(r"[IVXLC]+")
_REFERRED = compiled(r"\b(Part|Section|Article)s?\s+([IVXLC]+)\b")
_HEADED = compiled(r"^\s*(Part|Article)\s+[IVXLC]+\b", re.IGNORECASE)


def named_as_cited(sections: list[Section]) -> list[Section]:
    """The sections, the numbered ones named by the word the offer uses for them: "Part" or
    "Article" when their headings print it ("PART I. …") or the text refers to them so more
    often than as sections; "Section" otherwise."""
    numbered = [s for s in sections if s.kind is SectionKind.NUMBERED]
    if not numbered or not all(s.number and _ROMAN.fullmatch(s.number) for s in numbered):
        return sections
    word = _word_used(sections, numbered)
    for section in numbered:
        section.numbered_as = word
    return sections


def _word_used(sections: list[Section], numbered: list[Section]) -> str:
    headed = [_HEADED.match(s.heading) for s in numbered]
    if all(headed):
        return next(m.group(1) for m in headed if m).title()
    numbers = {s.number for s in numbered}
    counts = {"Part": 0, "Section": 0, "Article": 0}
    for section in sections:
        for paragraph in section.paragraphs:
            for match in _REFERRED.finditer(paragraph.text):
                if match.group(2) in numbers:
                    counts[match.group(1)] += 1
    best = max(counts, key=lambda w: counts[w])
    return best if counts[best] > counts["Section"] else "Section"


def numbered_as(name: str) -> str:
    """The word a cited numbered section's name opens with ("Part" in "Part II. …")."""
    word = name.split(" ", 1)[0]
    return word if word in ("Part", "Article") else "Section"
