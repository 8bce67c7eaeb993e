"""A long text (a restated section, a table the revision adds) read one paragraph at a time.

An item's text joins its paragraphs with a blank line. No fact, reference or name runs from
one paragraph into the next, so each paragraph is read on its own: a reader's costly
patterns then run only over the paragraphs whose words may hold what they look for (a
ratio needs "each", "every", a colon …), and a paragraph read once, as a paragraph or as
part of a section, is not read again. Read whole, a section of 20,000 table rows had the
ratio pattern tried at each of its half a million characters because one sentence above
the table holds a colon.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

PARAGRAPH_BREAK = "\n\n"  # how an item's text joins its paragraphs

T = TypeVar("T")


def paragraphs_at(text: str) -> Iterator[tuple[int, str]]:
    """Each paragraph of `text` with the offset where it starts."""
    at = 0
    for paragraph in text.split(PARAGRAPH_BREAK):
        yield at, paragraph
        at += len(paragraph) + len(PARAGRAPH_BREAK)


def by_paragraph(text: str, read: Callable[[str], Sequence[T]]) -> list[tuple[int, T]]:
    """What `read` finds in each paragraph of `text` that holds more than spaces, each with
    the offset of its paragraph (to be added to the spans it gives)."""
    return [
        (at, found)
        for at, paragraph in paragraphs_at(text)
        if paragraph.strip()
        for found in read(paragraph)
    ]
