"""Where the offer says under which law the issuer is organised is read once from each
sentence: the check reads the original and the revision, which share most sentences, and
each was read by both patterns in both. Work is counted (sentences the patterns read),
never timed."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from amendtool.core import incorporation_checks, text_cache
from amendtool.core.incorporation_checks import _patterns, stated
from tests.support.builders import doc

NAMES = ["Acme Widgets, Inc.", "Acme"]
SENTENCES = [
    "Acme Widgets, Inc. is a Delaware corporation.",
    "We were incorporated under the laws of the State of Delaware in 1999.",
    "Options are granted under the Plan. Holders may tender them.",
]


class Counting:
    def __init__(self, pattern: re.Pattern[str], read: Counter[str], looked: Counter[str]) -> None:
        self.pattern, self.read, self.looked = pattern, read, looked

    def finditer(self, text: str) -> object:
        self.read[text] += 1
        return self.pattern.finditer(text)

    def search(self, text: str) -> object:
        self.looked[text] += 1
        return self.pattern.search(text)


@pytest.mark.parametrize("copies", [1, 10])
def test_each_sentence_is_read_once_for_both_versions(
    monkeypatch: pytest.MonkeyPatch, copies: int
) -> None:
    original = doc([("", ["Acme is offering."]), ("9. Information", SENTENCES * copies)])
    revised = doc(
        [("", ["Acme is offering."]), ("9. Information", [*SENTENCES * copies, "New text."])]
    )
    expected = (stated(original, NAMES), stated(revised, NAMES))
    text_cache.clear_caches()
    read: Counter[str] = Counter()
    looked: Counter[str] = Counter()  # paragraphs looked at for a phrase at all
    patterns = tuple(Counting(p, read, looked) for p in _patterns())
    monkeypatch.setattr(incorporation_checks, "_patterns", lambda: patterns)
    assert (stated(original, NAMES), stated(revised, NAMES)) == expected
    assert [s.state for s in expected[0]] == ["Delaware", "Delaware"] * copies
    assert set(read.values()) == {len(patterns)}  # each sentence once, by each pattern
    assert max(looked.values()) <= len(patterns)  # each paragraph looked at once
    # a paragraph with no such phrase is never split into sentences to be read
    assert not any("Holders may tender" in text for text in read)
    assert "New text." in looked and "New text." not in read
