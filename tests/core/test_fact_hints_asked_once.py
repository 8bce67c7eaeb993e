"""Each look at what a kind of fact needs is asked once of a paragraph, though two patterns
need it (a date's and a month's with its year; an address's and a telephone number's), and
the facts read are those read before. Counted, not timed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import pytest

from amendtool.core import fact_hints, facts

TEXT = "Write to 1 Main Street, Springfield, IL 62701 by May 2, 2026 (tel. 555-0100), or May 2026."


def test_a_paragraph_is_looked_at_once_for_each_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = facts._read_paragraph(TEXT)
    asked: Counter[str] = Counter()

    def counted(name: str, look: Callable[[str], bool]) -> Callable[[str], bool]:
        def answer(text: str) -> bool:
            asked[name] += 1
            return look(text)

        return answer

    monkeypatch.setattr(fact_hints, "may_hold_date", counted("date", fact_hints.may_hold_date))
    monkeypatch.setattr(facts, "may_hold_address", counted("address", facts.may_hold_address))
    assert facts._read_paragraph(TEXT) == expected
    assert asked == {"date": 1, "address": 1}
    assert {fact.kind for _by, _span, fact in expected} >= {"date", "address"}
