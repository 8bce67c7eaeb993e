"""Fixtures the core's work-counting tests share."""

from __future__ import annotations

import difflib
from collections import Counter

import pytest


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """The units difflib looks through for a longest match, over all its searches."""
    seen: Counter[str] = Counter()
    find = difflib.SequenceMatcher.find_longest_match

    def counted(self, alo=0, ahi=None, blo=0, bhi=None):  # type: ignore[no-untyped-def]
        ahi = len(self.a) if ahi is None else ahi
        seen["units"] += ahi - alo
        return find(self, alo, ahi, blo, bhi)

    monkeypatch.setattr(difflib.SequenceMatcher, "find_longest_match", counted)
    return seen
