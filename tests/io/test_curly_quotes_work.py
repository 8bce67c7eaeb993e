"""A text is set with typographer's quotation marks once: the employee notice's paragraphs
are written into the notice and again into the filing's exhibit, each with every mark
curled. Work is counted (texts read for their marks), never timed."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from amendtool.core import text_cache, typography
from amendtool.core.layout import Block, Role
from amendtool.io.docx_writer import blocks_to_docx

QUOTED = [
    'The "Exercise Price" is the price per share set in each option\'s grant.',
    "Holders of record in the '90s kept their options 'til the offer's end.",
    "A paragraph without a mark of quotation.",
]


class Counting:
    """The pattern of elided marks, counting each text it reads."""

    def __init__(self, pattern: re.Pattern[str], read: Counter[str]) -> None:
        self.pattern, self.read = pattern, read

    def finditer(self, text: str) -> Any:
        self.read[text] += 1
        return self.pattern.finditer(text)


@pytest.mark.parametrize("copies", [1, 3])
def test_each_text_is_curled_once_for_every_file_it_is_set_in(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    text_cache.clear_caches()
    read: Counter[str] = Counter()
    monkeypatch.setattr(typography, "_ELIDED", Counting(typography._ELIDED, read))
    blocks = [Block(Role.TEXT, text) for text in QUOTED * copies]
    blocks_to_docx(blocks, "Schedule TO Amendment")
    blocks_to_docx(blocks, "Notice of Amendment", cover_page=False)
    assert set(read) == set(QUOTED[:2])
    assert set(read.values()) == {1}


def test_marks_are_curled_as_before() -> None:
    text_cache.clear_caches()
    curled = [typography.curly_quotes(text) for text in QUOTED]
    assert curled[0] == "The “Exercise Price” is the price per share set in each option’s grant."
    assert curled[1] == "Holders of record in the ’90s kept their options ’til the offer’s end."
    assert curled[2] is QUOTED[2]
    assert [typography.curly_quotes(text) for text in QUOTED] == curled
