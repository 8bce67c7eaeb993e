"""A revised file that is not a revision of the original at all.

An e-mail saved as rev.txt, the wrong exhibit, a three-byte file: each reads as text, and
drafting it "revises" the offer by deleting every section of it. Those items would be
filed with exit 0. An amendment to a live tender offer changes terms and disclosure; it
never takes out most of the offer's words, so a revised file that keeps less than
`LEAST_KEPT` of the original's words is refused, naming both files.

Offers of the same kind share most of their boilerplate, so another issuer's offer keeps
enough words to pass: the issuer's name the cover's title opens with is compared too, and
a revised offer whose title names another issuer, and that never names the original's, is
refused.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from amendtool.core.errors import InputError, shown_name
from amendtool.core.model import Document

LEAST_KEPT = 0.25  # an amendment keeps far more; a wrong file keeps almost none
_WORD = re.compile(r"\w+")
# a title line that is the offer, not its maker ("OFFER TO PURCHASE FOR CASH", "UP TO …")
_OFFER_LINE = re.compile(r"^\s*(?:OFFER|AMENDED|SUPPLEMENT|UP TO|ANY AND ALL)\b", re.I)


def _words(document: Document) -> Counter[str]:
    text = "\n".join(paragraph.text for paragraph in document.paragraphs())
    return Counter(word.lower() for word in _WORD.findall(text))


def kept_share(original: Document, revised: Document) -> float:
    """The share of the original's words (counted with their repeats) the revised keeps."""
    before, after = _words(original), _words(revised)
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


def _folded(text: str) -> str:
    """Words only, in small letters: "Pemberton & Co., L.P." and "PEMBERTON & CO., L.P."
    are one name."""
    return " ".join(word.lower() for word in _WORD.findall(text))


def refuse_unrelated(original: Document, revised: Document, revised_path: str | Path) -> None:
    """Raise one line for a revised file that keeps too little of the original to be it, or
    that is another issuer's offer."""
    was = shown_name(Path(original.source).name or "the original")
    share = kept_share(original, revised)
    if share < LEAST_KEPT:
        raise InputError(
            revised_path,
            f"keeps {share:.0%} of the words of {was}, so it is not a revision of it; "
            "choose the revised offer",
        )
    ours, theirs = issuer(original), issuer(revised)
    if ours is None or theirs is None or _folded(ours) == _folded(theirs):
        return
    if f" {_folded(ours)} " in f" {_folded(_all_text(revised))} ":
        return  # the issuer is still named: a title set another way
    raise InputError(
        revised_path,
        f"is the offer of {_as_named(theirs, revised)}, not of {_as_named(ours, original)} "
        f"({was}), so it is not a revision of it; choose the revised offer",
    )


def _all_text(document: Document) -> str:
    return "\n".join(paragraph.text for paragraph in document.paragraphs())


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
