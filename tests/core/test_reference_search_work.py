"""Each text is searched for its references once (core/fact_references.py): the change of an
item masks them to read its facts, lists them to compare them, and maps the masked text's
places back to the printed one, all from one search. Searched for each, every item's old and
new text were searched three times. Counted, not timed; and the answers are those of the
pattern's own search and substitution."""

from __future__ import annotations

import sys
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import changes, facts, text_cache
from amendtool.core.fact_patterns import _REFERENCE
from amendtool.core.fact_references import (
    REFERENCE_MARK,
    mask_references,
    printed_place,
    references,
)


class _Counted:
    """The reference pattern, counting the texts it searches."""

    def __init__(self) -> None:
        self.searched: Counter[str] = Counter()

    def finditer(self, text: str, *more: Any) -> Iterator[Any]:
        self.searched[text] += 1
        return _REFERENCE.finditer(text, *more)

    def sub(self, replace: Any, text: str, *more: Any) -> str:
        self.searched[text] += 1
        return _REFERENCE.sub(replace, text, *more)

    def __getattr__(self, name: str) -> Any:
        return getattr(_REFERENCE, name)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> _Counted:
    pattern = _Counted()
    for name in ("amendtool.core.facts", "amendtool.core.fact_references"):
        module = sys.modules.get(name)
        if module is not None and hasattr(module, "_REFERENCE"):  # wherever it is searched
            monkeypatch.setattr(module, "_REFERENCE", pattern)
    facts.clear_caches()
    changes._read.cache_clear()
    changes._compared.cache_clear()
    yield pattern
    facts.clear_caches()
    changes._read.cache_clear()
    changes._compared.cache_clear()


OLD = (
    "As Section 7 and Rule 13e-4(f)(1)(ii) describe, each option priced above $20.00 may be "
    "tendered until 5:00 p.m. on June 30, 2026 (see page 27 and Exhibit (a)(1)(A))."
)
NEW = OLD.replace("$20.00", "$22.50").replace("page 27", "pages 27 and 28")


def test_each_text_of_a_change_is_searched_for_references_once(counted: _Counted) -> None:
    change = changes.compare(OLD, NEW)
    assert change.old_refs == ["Section 7", "Rule 13e-4(f)(1)(ii)", "page 27", "Exhibit (a)(1)"]
    assert "pages 27 and 28" in change.new_refs
    assert [f.value for f in change.removed] == ["20"]
    assert counted.searched[OLD] == 1 and counted.searched[NEW] == 1
    assert set(counted.searched.values()) == {1}, counted.searched


PIECES = ["Section", "Sections", "Rule", "page", "pages", "Exhibit", "Act of", "Item", "Annex",
          " ", " ", ", ", " and ", " to ", "–", "-", "7", "13e-4", "(a)", "(1)", "(ii)", "III",
          "A", "1934", "§", "$20", "x", "\n", "é"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map("".join) | st.text(max_size=40)


@settings(max_examples=500, deadline=None)
@given(TEXTS)
def test_references_are_masked_and_listed_as_the_pattern_finds_them(text: str) -> None:
    text_cache.clear_caches()
    assert mask_references(text) == _REFERENCE.sub(REFERENCE_MARK, text)
    assert references(text) == [match.group(0) for match in _REFERENCE.finditer(text)]
    starts, shifts = [], [0]  # the mapping as it was worked out from a search of its own
    for match in _REFERENCE.finditer(text):
        starts.append(match.start() - shifts[-1])
        shifts.append(shifts[-1] + len(match.group(0)) - 1)
    place = printed_place(text)
    for at in range(len(mask_references(text)) + 1):
        assert place(at) == at + shifts[bisect_left(starts, at)]
