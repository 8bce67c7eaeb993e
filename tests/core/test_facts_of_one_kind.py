"""The facts of one kind a check asks of a text are those `extract` gives of that kind; a
text lacking what every such fact holds is not read (a check asking each row of a long table
for its ratios reads only the rows that may state one). Counted, never timed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from amendtool.core import facts

PHRASES = [
    "one New Option for every two Eligible Options",
    "a 2-for-1 exchange ratio",
    "Ratio: 3 to 1",
    "$10.00 per share",
    "15% of the shares",
    "May 2, 2026",
    "5:00 p.m., New York City time",
    "25% vest on each anniversary over 4 years",
    "vest in 36 equal monthly installments",
    "Section 7",
    "Holder 12\t85 options",
    "within 10 business days",
    "the Company",
    "each",
]
KINDS = ["ratio", "date", "percent", "schedule", "time", "money", "count", "number"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=5), st.sampled_from(KINDS))
def test_one_kind_is_what_extract_gives_of_it(phrases: list[str], kind: str) -> None:
    text = "; ".join(phrases)
    facts.clear_caches()
    assert facts.facts_of(text, kind) == [f for f in facts.extract(text) if f.kind == kind]


def test_rows_that_cannot_state_a_ratio_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    scan = facts._scan

    def counting(text: str) -> tuple[tuple[tuple[int, int], facts.Fact], ...]:
        read.append(text)
        return scan(text)

    monkeypatch.setattr(facts, "_scan", counting)
    rows = [f"Holder {n}\t{7 * n + 1} options\t${n}.25" for n in range(500)]
    assert all(facts.facts_of(row, "ratio") == [] for row in rows)
    assert all(facts.facts_of(row, "schedule") == [] for row in rows)
    assert read == []
    stated = "Each holder receives one New Option for every two Eligible Options."
    assert [f.value for f in facts.facts_of(stated, "ratio")] == ["0.5"]
    assert read  # a row that may state one is read
