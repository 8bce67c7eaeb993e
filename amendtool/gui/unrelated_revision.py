"""A file loaded as the revised offer that shares almost nothing with the original (a note,
another company's offer) would turn every section into a deletion: counsel is asked first.

A revision that rewrites every paragraph still speaks of the same offer in the same words
(the company, the securities, the dates), so the test is the share of the original's
distinct words the file uses at all, not how many paragraphs match.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from amendtool.core.model import Document

# below this share of the original's words, a file is not a revision of it
LEAST_SHARED = 0.1
_WORD = re.compile(r"[^\W\d_]{3,}")


def _words(document: Document) -> set[str]:
    texts = [s.heading for s in document.sections] + [p.text for p in document.paragraphs()]
    return {w.casefold() for text in texts for w in _WORD.findall(text)}


def shared_share(original: Document, revised: Document) -> float:
    """The share of the original's distinct words that the revised file uses."""
    words = _words(original)
    if not words:
        return 1.0
    return len(words & _words(revised)) / len(words)


def unrelated_warning(name: str, share: float) -> str | None:
    """What counsel is asked before a barely related file replaces the draft, or None."""
    if share >= LEAST_SHARED:
        return None
    return (
        f"{name} shares almost nothing with the original (it uses {share:.0%} of the "
        "original's words). Loaded as the revised offer, it would replace the whole draft and "
        "nearly every section would be drafted as deleted.\n\nLoad it as the revised offer anyway?"
    )
