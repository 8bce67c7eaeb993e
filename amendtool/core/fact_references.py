"""The references a text cites ("Section 7", "Rule 13e-4(f)(1)(ii)", "page 27", "Exhibit
(a)(1)", "Act of 1934"): no facts, so core/facts.py masks them before it reads a figure, and
a change compares them on their own.

Each text is searched for them once: masking them, listing them and finding where the masked
text's places fall in the printed one are all read from the same places. Searched once for
each (the pattern tries a dozen words at every word of a paragraph), every item's texts were
searched three times over.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from amendtool.core.fact_patterns import _REFERENCE, REFERENCE_HINT
from amendtool.core.small_letter_search import STANDS_FOR_ASCII
from amendtool.core.text_cache import kept_by_content

REFERENCE_MARK = "\u00a7"  # what a masked reference reads as: no word, no number

Spans = tuple[tuple[int, int], ...]


@kept_by_content
def reference_spans(text: str) -> Spans:
    """Where each reference stands in `text`, in order: the places the pattern's search
    would mask. A text without what every reference holds is not searched (the pattern,
    ignoring case, tries a dozen words at every word of a paragraph; most cite nothing)."""
    if not may_cite(text):
        return ()
    return tuple(match.span() for match in _REFERENCE.finditer(text))


def may_cite(text: str) -> bool:
    """Whether `text` holds a reference's word and a space after it, or ")(": looked for
    in small letters, unless a letter in it is one the pattern takes for a letter of ASCII
    ("ſ" for "s": small_letter_search.py)."""
    if not text.isascii() and not STANDS_FOR_ASCII.isdisjoint(text):
        return True
    return REFERENCE_HINT.search(text.lower()) is not None


def references(text: str) -> list[str]:
    """The references `text` cites, as printed."""
    return [text[start:end] for start, end in reference_spans(text)]


@kept_by_content
def mask_references(text: str) -> str:
    """`text` with each reference replaced by one mark."""
    spans = reference_spans(text)
    if not spans:
        return text
    out, last = [], 0
    for start, end in spans:
        out += [text[last:start], REFERENCE_MARK]
        last = end
    return "".join(out) + text[last:]


def printed_place(text: str) -> Callable[[int], int]:
    """Where a place in `mask_references(text)` stands in `text` itself: each mark before it
    stood for a whole reference."""
    starts, shifts = [], [0]  # each reference's place in the masked text; characters saved
    for start, end in reference_spans(text):
        starts.append(start - shifts[-1])
        shifts.append(shifts[-1] + end - start - 1)
    return lambda at: at + shifts[bisect_left(starts, at)]
