"""The words running text writes in capitals are read once from each text, however often
it is given: the original and its revision share most of their paragraphs, and every one
of both was read for its capitals and names on each draft. Work is counted (texts read),
never timed."""

from __future__ import annotations

import re

import pytest

from amendtool.core import titles
from amendtool.core.titles import written_in_capitals

TEXTS = [
    "Options under the Plan are subject to ERISA and the rules of the SEC.",
    "THE OFFER",
    "Acme (ticker ACME) grants RSUs under the ESPP.",
    "Holders of Eligible Options may tender them.",
]


class Counting:
    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def findall(self, text: str) -> list[str]:
        self.read += 1
        return self.pattern.findall(text)


@pytest.mark.parametrize("copies", [1, 2, 30])
def test_each_text_is_read_once_however_often_it_is_given(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    once = written_in_capitals(TEXTS)
    assert once == {"ERISA", "SEC", "RSU", "ESPP"}  # "ACME" is the name "Acme" in capitals
    counting = Counting(titles._NAME)
    monkeypatch.setattr(titles, "_NAME", counting)
    assert written_in_capitals(TEXTS * copies) == once
    assert counting.read == len(TEXTS)
