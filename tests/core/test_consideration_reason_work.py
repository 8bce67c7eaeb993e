"""A grant list the revision adds (10 rows become thousands) changes the consideration: the
reason names the first changed figures, each once however often it is printed ("adds
$12.00" for the hundreds of rows priced at $12.00), and counts the rest. Each printing was
named, and each asked whether it is a term of the offer, one at a time: tens of thousands
of questions with a few dozen answers. Counted, not timed: a figure printed again is named
and judged once."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from amendtool.core import consideration_reasons, materiality_decisions
from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import Materiality
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

HEAD = "Name\tGrant Date\tOptions\tExercise Price"


def _offer(rows: int) -> Spec:
    grants = [
        f"Employee {chr(65 + n % 26)}\tMarch {1 + n % 28}, 2021\t${12 + (n % 50) / 4:.2f}"
        for n in range(rows)
    ]
    return [
        ("", ["Halvorsen offers to exchange options."]),
        ("Schedule A", ["The eligible grants and their exercise prices:", HEAD, *grants]),
    ]


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """The changed figures named, and those asked whether they are named otherwise."""
    seen: Counter[str] = Counter()
    describe, named = materiality_decisions.describe_facts, materiality_decisions.amount_named

    def counted_describe(*args):  # type: ignore[no-untyped-def]
        seen["named"] += 1
        return describe(*args)

    def counted_named(*args):  # type: ignore[no-untyped-def]
        seen["judged"] += 1
        return named(*args)

    monkeypatch.setattr(materiality_decisions, "describe_facts", counted_describe)
    monkeypatch.setattr(consideration_reasons, "describe_facts", counted_describe)
    monkeypatch.setattr(materiality_decisions, "amount_named", counted_named)
    return seen


def _drafted(rows: int, asked: Counter[str]) -> tuple[str, Counter[str]]:
    asked.clear()
    filing = load_filing(Path(SAMPLES / "filing.toml"))
    amendment = draft_amendment(doc(_offer(10)), doc(_offer(rows)), filing)
    [item] = [
        i for i in amendment.change_items if i.materiality_proposed is Materiality.CONSIDERATION
    ]
    return item.materiality_reason, Counter(asked)


def test_a_figure_printed_in_many_rows_is_named_once(asked: Counter[str]) -> None:
    small_reason, small = _drafted(100, asked)
    large_reason, large = _drafted(400, asked)
    assert "adds $12.00" in small_reason and "more changed figures" in small_reason, small_reason
    named = lambda reason: reason.split("; and ")[0]  # noqa: E731
    assert named(small_reason) == named(large_reason)  # the same figures, printed more often
    assert small["named"] and small["judged"], small
    for what in ("named", "judged"):  # a few dozen figures, however many rows print them
        assert large[what] <= small[what] + 10, (small, large)
