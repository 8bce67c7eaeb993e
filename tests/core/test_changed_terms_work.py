"""A grant list the revision adds (10 dated rows become thousands) changes the terms of the
offer: each of its dates is asked whether it is a grant-date cut-off, a date printed in a
sentence on who or what is eligible. The item's texts were joined, split into sentences and
each sentence searched for eligibility once for every date: the whole list read again for
each of its rows, and a list of 20,000 rows spent most of its drafting here. Counted, not
timed: the item's texts are read once for the item, however many dates it holds."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from amendtool.core import stale_terms
from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import Materiality
from tests.conftest import SAMPLES
from tests.support.builders import Spec, doc

HEAD = "Name\tGrant Date\tOptions\tExercise Price"


def _rows(count: int) -> list[str]:
    return [
        f"Employee {n:05d}\tMarch {1 + n % 28}, 2021\t{1000 + 7 * n:,}\t${12 + (n % 50) / 4:.2f}"
        for n in range(count)
    ]


def _offer(rows: int, cut_off: str) -> Spec:
    return [
        ("", ["Halvorsen offers to exchange options."]),
        (
            "1. Eligible Options",
            [f"Options granted before {cut_off} are eligible for exchange in the offer."],
        ),
        ("Schedule A", ["The eligible grants:", HEAD, *_rows(rows)]),
    ]


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Characters split into sentences, and the splits asked for, by the changed terms."""
    seen: Counter[str] = Counter()
    split = stale_terms.sentences

    def counted(text: str) -> list[str]:
        seen["characters"] += len(text)
        seen["splits"] += 1
        return split(text)

    monkeypatch.setattr(stale_terms, "sentences", counted)
    return seen


def _terms(rows: int, read: Counter[str]) -> tuple[list[stale_terms.ChangedTerm], Counter[str]]:
    filing = load_filing(Path(SAMPLES / "filing.toml"))
    amendment = draft_amendment(
        doc(_offer(10, "March 1, 2021")), doc(_offer(rows, "June 1, 2021")), filing
    )
    items = amendment.change_items
    assert any(Materiality.CONSIDERATION in (i.materiality, i.materiality_proposed) for i in items)
    read.clear()
    terms = stale_terms.changed_terms(items)
    return terms, Counter(read)


def test_dates_of_a_long_list_are_asked_about_in_one_reading(read: Counter[str]) -> None:
    small_terms, small = _terms(100, read)
    large_terms, large = _terms(400, read)
    assert any(t.kind == "date" for t in small_terms), small_terms  # the cut-off is a term
    assert [(t.kind, t.old) for t in small_terms] == [(t.kind, t.old) for t in large_terms]
    assert small["splits"] and small["splits"] == large["splits"], (small, large)
    assert large["characters"] <= 5 * small["characters"], (small, large)
