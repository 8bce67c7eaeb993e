"""A part heading run into the first of lettered sections ("THE OFFER A. TERMS OF THE
OFFER") is looked for only in an offer that has lettered sections: every paragraph of a long
offer was read for a capital letter and a full stop after some words, to be split at a
letter no section of the offer begins with. Work is counted (paragraphs read), never timed."""

from __future__ import annotations

import re

import pytest

from amendtool.core import headings
from amendtool.core.headings import split_lettered_parts
from amendtool.core.structure import RawBlock

PROSE = [
    "Daniel R. Okafor, our President, will answer questions about the offer.",
    "THE OFFER",
    "1. Number of Options; Expiration Date",
    "We are offering to exchange options held by employees of Halvorsen Networks, Inc.",
]
LETTERED = ["THE OFFER A. TERMS OF THE OFFER", "We offer to exchange options.", "B. EXPIRATION"]


class Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def match(self, text: str) -> re.Match[str] | None:
        self.read += 1
        return self.pattern.match(text)


@pytest.mark.parametrize("copies", [1, 10, 100])
def test_an_offer_without_lettered_sections_is_not_read_for_them(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    counting = Counting(headings._LETTERED)
    monkeypatch.setattr(headings, "_LETTERED", counting)
    blocks = [RawBlock(text) for text in PROSE * copies]
    assert split_lettered_parts(blocks) == blocks
    assert counting.read == 0


def test_an_offer_with_lettered_sections_still_splits_the_part_from_the_first() -> None:
    blocks = [RawBlock(text) for text in PROSE + LETTERED]
    texts = [b.text for b in split_lettered_parts(blocks)]
    assert texts == [*PROSE, "THE OFFER", "A. TERMS OF THE OFFER", *LETTERED[1:]]
