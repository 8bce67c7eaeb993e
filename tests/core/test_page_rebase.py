"""A page break's place in a paragraph is carried from the raw text to the space-collapsed
text exactly as a walk over every character carries it, whatever white space the paragraph
holds (tabs, line breaks, non-breaking spaces, separators)."""

from __future__ import annotations

import random

from amendtool.core.model import PageMark
from amendtool.core.structure import _rebase_pages
from amendtool.core.typography import collapse_spaces


def _walked(raw: str, text: str, pages: tuple[PageMark, ...]) -> tuple[PageMark, ...]:
    """Each character of the raw text mapped in turn (the reference)."""
    if raw == text or len(pages) <= 1:
        return tuple(PageMark(0, p.label) for p in pages[:1]) + tuple(pages[1:])
    mapping: list[int] = []
    position, previous_space = 0, False
    stripped = raw.lstrip()
    lead = len(raw) - len(stripped)
    for char in stripped:
        mapping.append(position)
        if char.isspace():
            position += 0 if previous_space else 1
            previous_space = True
        else:
            position, previous_space = position + 1, False
    rebased = [PageMark(0, pages[0].label)]
    for mark in pages[1:]:
        index = min(max(mark.offset - lead, 0), len(mapping) - 1)
        rebased.append(PageMark(min(mapping[index], len(text)), mark.label))
    return tuple(rebased)


def test_page_marks_land_where_a_walk_over_each_character_puts_them() -> None:
    pieces = ["word", "Offer", "$17.50", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "\x1c", "é"]
    chance = random.Random(7)
    tried = 0
    for _ in range(400):
        raw = "".join(chance.choice(pieces) for _ in range(chance.randint(1, 40)))
        if not raw.strip():
            continue
        text = collapse_spaces(raw)
        offsets = sorted(chance.randint(0, len(raw) + 3) for _ in range(chance.randint(1, 4)))
        pages = (PageMark(0, "i"), *(PageMark(o, str(n)) for n, o in enumerate(offsets, 2)))
        assert _rebase_pages(raw, text, pages) == _walked(raw, text, pages), repr(raw)
        tried += raw != text
    assert tried > 300  # nearly every case has white space to collapse


def test_a_paragraph_of_white_space_alone_keeps_its_marks_at_its_start() -> None:
    pages = (PageMark(0, "4"), PageMark(2, "5"))
    assert _rebase_pages(" \t ", "", pages) == (PageMark(0, "4"), PageMark(0, "5"))
