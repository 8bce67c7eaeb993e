"""A compiled pattern that counts the texts it is searched in, for tests that count work: a
hint that says a text cannot match must spare the pattern's search."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any


class CountedPattern:
    """A pattern, counting the texts it is searched in."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.searched = pattern, Counter[str]()

    def search(self, text: str, *more: Any) -> re.Match[str] | None:
        self.searched[text] += 1
        return self.pattern.search(text, *more)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)
