"""The facts of one kind a text states are read once for each text: the checks ask each
sentence of the original and of the revision for its ratios (the direction of bare ratios,
the examples against the ratio), the two share most sentences, and the test of what a text
must hold to state a ratio cost as much as the reading kept. Work is counted (texts tested
and read), never timed."""

from __future__ import annotations

from collections import Counter

import pytest

from amendtool.core import facts, text_cache
from amendtool.core.facts import extract, facts_of

TEXTS = [
    "Eligible Options will be exchanged at a ratio of 1 for 2.",
    "You will receive one New Option for every three Eligible Options you exchange.",
    "The offer expires at 11:59 p.m., Eastern Time, on April 23, 2026.",
    "Options granted for services are eligible for the exchange.",
    "$10.00 to $12.00\t1 for 2",
    "",
]


@pytest.mark.parametrize("asked", [1, 3, 10])
def test_each_text_is_tested_and_read_once_however_often_it_is_asked(
    monkeypatch: pytest.MonkeyPatch, asked: int
) -> None:
    text_cache.clear_caches()
    tested: Counter[str] = Counter()
    hint = facts._HINTS["ratio"]

    def counted(text: str) -> bool:
        tested[text] += 1
        return hint(text)

    monkeypatch.setitem(facts._HINTS, "ratio", counted)
    answers = [[facts_of(text, "ratio") for text in TEXTS] for _ in range(asked)]
    assert all(n == 1 for n in tested.values()) and len(tested) == len(TEXTS)
    for text, found in zip(TEXTS, answers[0], strict=True):
        assert found == [f for f in extract(text) if f.kind == "ratio"]  # as extract reads
    assert all(answer == answers[0] for answer in answers)
    first = list(answers[0][0])
    answers[0][0].clear()  # a caller's list is its own
    assert facts_of(TEXTS[0], "ratio") == first != []
