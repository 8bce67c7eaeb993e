"""A revised file that is not a revision of the original at all.

An e-mail saved as rev.txt, the wrong exhibit, a three-byte file: each reads as text, and
drafting it "revises" the offer by deleting every section of it. Those items would be
filed with exit 0. An amendment to a live tender offer changes terms and disclosure; it
never takes out most of the offer's words, so a revised file that keeps less than
`LEAST_KEPT` of the original's words is refused, naming both files.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from amendtool.core.errors import InputError, shown_name
from amendtool.core.model import Document

LEAST_KEPT = 0.25  # an amendment keeps far more; a wrong file keeps almost none
_WORD = re.compile(r"\w+")


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


def refuse_unrelated(original: Document, revised: Document, revised_path: str | Path) -> None:
    """Raise one line for a revised file that keeps too little of the original to be it."""
    share = kept_share(original, revised)
    if share < LEAST_KEPT:
        filed, chosen = Path(original.source), Path(revised_path)
        # which is which: the revised file and the original are named as such, and two files
        # of one name (orig.txt and orig.txt) are told apart by their folders
        same = bool(original.source) and filed.name == chosen.name
        revised_said = (
            f"the revised file, in {shown_name(str(chosen.parent))},"
            if same
            else ("the revised file")
        )
        was = "the original"
        if original.source:
            folder = f" in {shown_name(str(filed.parent))}" if same else ""
            was = f"the original ({shown_name(filed.name)}{folder})"
        raise InputError(
            revised_path,
            f"{revised_said} keeps {share:.0%} of the words of {was}, so it is not a "
            "revision of it; choose the revised offer",
        )
