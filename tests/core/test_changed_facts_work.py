"""The facts an item changes are read once for its pair of texts: the proposal, the check
of the two per cent proviso and that of old terms left standing each ask for them, and a
grant list of 20,000 rows the revision adds had each row's facts counted, paired and put in
their roles three times over. Counted, not timed: each pair of texts is worked once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from amendtool.core import facts
from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.items import Materiality
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

HEAD = "Name\tGrant Date\tOptions\tExercise Price"


def _offer(rows: int) -> Spec:
    grants = [
        f"Employee {n:04d}\tMarch {1 + n % 28}, 2021\t{1000 + 7 * n:,}\t${12 + (n % 50) / 4:.2f}"
        for n in range(rows)
    ]
    return [
        ("", ["Halvorsen offers to exchange options."]),
        ("Schedule A", ["The eligible grants and their exercise prices:", HEAD, *grants]),
    ]


@pytest.fixture
def worked(monkeypatch: pytest.MonkeyPatch) -> Counter[tuple[str, str]]:
    """The pairs of texts whose changed facts were worked out, each as often as it was."""
    seen: Counter[tuple[str, str]] = Counter()
    by_role = facts.by_role

    def counted(removed, added, old, new):  # type: ignore[no-untyped-def]
        seen[(old[0], new[0])] += 1
        return by_role(removed, added, old, new)

    monkeypatch.setattr(facts, "by_role", counted)
    facts.clear_caches()
    return seen


def test_each_pair_of_texts_is_read_for_its_changed_facts_once(
    worked: Counter[tuple[str, str]],
) -> None:
    filing = load_filing(Path(SAMPLES / "filing.toml"))
    amendment = draft_amendment(doc(_offer(10)), doc(_offer(300)), filing)
    items = amendment.change_items
    assert any(i.materiality is Materiality.CONSIDERATION for i in items)
    run_checks(amendment)
    assert worked, "no facts were compared"
    assert max(worked.values()) == 1, [count for count in worked.values() if count > 1]


def test_the_bare_numbers_of_a_pair_are_counted_only_when_a_bare_number_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most items change an amount, a date or words, no bare number: the numbers each text
    prints besides its other figures are counted only for an item that changes one."""
    bared: list[str] = []
    bare = facts._bare

    def counted(text: str) -> str:
        bared.append(text)
        return bare(text)

    monkeypatch.setattr(facts, "_bare", counted)
    facts.clear_caches()
    removed, added = facts.changed_facts("We will pay $5.00 per share.", "We pay $5.25 per share.")
    assert [f.text for f in removed + added] == ["$5.00", "$5.25"]
    assert bared == []
    old, new = "Secton 10 of the Plan sets 25 days.", "Section 10 of the Plan sets 30 days."
    facts.changed_facts(old, new)
    assert bared == [old, new]
