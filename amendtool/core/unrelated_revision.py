"""A revised file that is not a revision of the original at all.

An e-mail saved as rev.txt, the wrong exhibit, a three-byte file: each reads as text, and
drafting it "revises" the offer by deleting every section of it. Those items would be
filed with exit 0. An amendment to a live tender offer changes terms and disclosure; it
never takes out most of the offer's words, so a revised file that keeps less than
`LEAST_KEPT` of the original's words is refused, naming both files.

Offers of the same kind share most of their boilerplate, so another issuer's offer keeps
enough words to pass. Counsel compare what makes the offer this offer: the issuer, wherever
the offer names it (the title the cover opens with, or the opening sentence that defines
"we" or "the Company"), and the securities sought by their coupon, series and maturity
("6.25% Senior Notes due 2027"). A revised offer naming another issuer and never the
original's, or seeking other securities and never naming the original's, is refused. Defined
terms a revision renames ("Kestrel" → "the Company") are not compared.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from amendtool.core.errors import InputError, shown_name
from amendtool.core.model import Document, ParagraphKind, SectionKind
from amendtool.core.pattern_store import compiled
from amendtool.core.typography import collapse_spaces
from amendtool.core.word_counts import WORD as _WORD
from amendtool.core.word_counts import counted_words, folded_words

LEAST_KEPT = 0.25  # an amendment keeps far more; a wrong file keeps almost none
# a title line that is the offer, not its maker ("OFFER TO PURCHASE FOR CASH", "UP TO …")
_OFFER_LINE = compiled(r"^\s*(?:OFFER|AMENDED|SUPPLEMENT|UP TO|ANY AND ALL)\b", re.I)


PASSES = [0]  # documents read for their words: counted, so a test sees each read once


class _Words:
    """The words of each document in small letters, read once for all the questions one
    refusal asks (words kept, names and securities named anywhere)."""

    def __init__(self) -> None:
        self._text: dict[tuple[int, bool], tuple[Document, str]] = {}
        self._counted: dict[tuple[int, bool], Counter[str]] = {}
        self._folded: dict[int, str] = {}

    def text(self, document: Document, prose: bool = False) -> str:
        key = (id(document), prose)
        if key not in self._text:
            PASSES[0] += 1
            paragraphs = document.paragraphs()
            if prose:
                paragraphs = [p for p in paragraphs if p.kind is not ParagraphKind.TABLE_ROW]
            self._text[key] = (document, "\n".join(paragraph.text for paragraph in paragraphs))
        return self._text[key][1]

    def counted(self, document: Document, prose: bool = False) -> Counter[str]:
        key = (id(document), prose)
        if key not in self._counted:
            self._counted[key] = counted_words(self.text(document, prose))
        return self._counted[key]

    def folded(self, document: Document) -> str:
        """The whole text as `_folded` gives it (its words, in small letters, one space
        apart)."""
        if id(document) not in self._folded:
            self._folded[id(document)] = folded_words(self.text(document))
        return self._folded[id(document)]


def kept_share(original: Document, revised: Document, words: _Words | None = None) -> float:
    """The share of the original's words (counted with their repeats) the revised keeps:
    the words of its prose, when it has any. A schedule of thousands of rows holds most of
    an offer's words; a revision taking it out keeps every sentence of the offer, and is a
    revision (an e-mail or another offer keeps almost none of them)."""
    words = words or _Words()
    before = words.counted(original, prose=True) or words.counted(original)
    after = words.counted(revised)
    total = sum(before.values())
    if total == 0:
        return 1.0
    return sum(min(count, after[word]) for word, count in before.items()) / total


def issuer(document: Document) -> str | None:
    """The issuer's name the cover's title block opens with ("TARRANT RIDGE ENERGY CO."),
    None when the title opens with the offer itself or there is no title block."""
    from amendtool.core.cover import cover_title_ids

    ids = cover_title_ids(document)
    titles = [p.text.strip() for p in document.paragraphs() if p.id in ids and p.text.strip()]
    if not titles or _OFFER_LINE.match(titles[0]) or len(_folded(titles[0]).split()) < 2:
        return None
    return titles[0]


# a company's name as an offer's opening sentence defines it or makes the offer with it:
# 'Kestrel Robotics, Inc. ("Kestrel," "we" or "us") is offering', 'Acme Corp. (the "Company")'
_SUFFIX = (
    r"(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|L\.P|LP|LLC|L\.L\.C|plc|PLC|N\.V|S\.A|AG|SE)"
)
_COMPANY = compiled(
    r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&))*,?\s+" + _SUFFIX + r"\.?)"
    r"\s*(?:\(\s*(?:the\s+)?[\"“]|(?:is|are)\s+(?:offering|making|inviting)|hereby\s+offers)"
)
# the securities sought, by what tells one series from another: its rate and maturity, or
# its series ("6.25% Senior Notes due 2027", "7.25% Series A Cumulative Preferred Stock")
_SERIES = compiled(
    r"\d+(?:\.\d+)?%\s+(?:[A-Z][\w-]*\s+){0,4}?"
    r"(?:Notes|Debentures|Bonds|Preferred\s+(?:Stock|Shares)|Shares|Stock)(?:\s+due\s+\d{4})?"
    r"|Series\s+[A-Z0-9]{1,3}\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Preferred\s+(?:Stock|Shares)|Notes)"
)
_OPENING_PARAGRAPHS = 12  # the cover and the introduction, where an offer says who and what


def _opening(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs()[:_OPENING_PARAGRAPHS]]


def issuer_names(document: Document) -> list[str]:
    """The issuer as the offer names it: the title's, then the opening sentence's."""
    names = [title] if (title := issuer(document)) else []
    for text in _opening(document):
        found = _COMPANY.search(text)
        if found:
            names.append(found.group("name"))
            break
    return names


def securities_sought(document: Document) -> list[str]:
    """The series of securities the offer's opening names, as its text prints them."""
    found: list[str] = []
    for text in _opening(document):
        for match in _SERIES.finditer(collapse_spaces(text)):
            if _folded(match.group(0)) not in map(_folded, found):
                found.append(match.group(0))
    return found


def _named_in(names: list[str], document: Document, words: _Words) -> bool:
    everything = f" {words.folded(document)} "
    return any(f" {_folded(name)} " in everything for name in names)


def _folded(text: str) -> str:
    """Words only, in small letters: "Pemberton & Co., L.P." and "PEMBERTON & CO., L.P."
    are one name."""
    return " ".join(word.lower() for word in _WORD.findall(text))


def refuse_unrelated(original: Document, revised: Document, revised_path: str | Path) -> None:
    """Raise one line for a revised file that keeps too little of the original to be it, or
    that is another issuer's offer; or, naming the original, for an original that is no
    offer (no section heading) and gives the revised file too few of its words to be its
    original (an e-mail's few common words are all in any offer)."""
    was = shown_name(Path(original.source).name or "the original")
    words = _Words()
    if (
        original.source
        and all(s.kind is SectionKind.FRONT for s in original.sections)
        and any(s.kind is not SectionKind.FRONT for s in revised.sections)
        and (given := kept_share(revised, original, words)) < LEAST_KEPT
    ):
        raise InputError(
            original.source,
            f"is not an offer (no section heading) and holds {_percent(given)} of the words of the "
            f"revised file ({shown_name(Path(revised_path).name)}), so it is not its "
            "original; choose the original offer",
        )
    share = kept_share(original, revised, words)
    if share < LEAST_KEPT:
        filed, chosen = Path(original.source), Path(revised_path)
        # which is which: the revised file and the original are named as such, and two files
        # of one name (orig.txt and orig.txt) are told apart by their folders
        same = bool(original.source) and filed.name == chosen.name
        revised_said = "the revised file"
        if same:
            revised_said += f", in {shown_name(str(chosen.absolute().parent))},"
        original_said = "the original"
        if original.source:
            folder = f" in {shown_name(str(filed.absolute().parent))}" if same else ""
            original_said = f"the original ({shown_name(filed.name)}{folder})"
        raise InputError(
            revised_path,
            f"{revised_said} keeps {_percent(share)} of the words of {original_said}, so it is "
            "not a revision of it; choose the revised offer",
        )
    ours, theirs = issuer_names(original), issuer_names(revised)
    if (
        ours
        and theirs
        and not _named_in(ours, revised, words)
        and not _named_in(theirs, original, words)
    ):
        raise InputError(
            revised_path,
            f"is the offer of {_as_named(theirs[0], revised)}, not of "
            f"{_as_named(ours[0], original)} ({was}), so it is not a revision of it; "
            "choose the revised offer",
        )
    sought, other = securities_sought(original), securities_sought(revised)
    if sought and other and not _named_in(sought, revised, words):
        raise InputError(
            revised_path,
            f"is an offer for the {other[0]}, not for the {sought[0]} ({was}), so it is not "
            "a revision of it; choose the revised offer",
        )


def _percent(share: float) -> str:
    """A share as counsel reads it: "less than 1%", never a rounded "0%" of words kept."""
    return "less than 1%" if 0 < share < 0.005 else f"{share:.0%}"


def _as_named(title: str, document: Document) -> str:
    """The issuer's name as its offer prints it in running text ("Tarrant Ridge Energy
    Co." for "TARRANT RIDGE ENERGY CO."), else as the title prints it."""
    folded = _folded(title)
    for paragraph in document.paragraphs():
        text = paragraph.text
        for start in (m.start() for m in re.finditer(r"\b[A-Z]", text)):
            piece = text[start : start + len(title) + 8]
            if _folded(piece).startswith(folded) and piece != piece.upper():
                end = start + len(title)
                return text[start:end].strip()
    return title
