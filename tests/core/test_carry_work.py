"""Carrying counsel's work across a re-draft runs on the window's thread after every pause in
typing, so it counts its work: nothing is computed when counsel has decided nothing, and
each re-drafted item's substance is computed once. Counted, never timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.overrides import carry_overrides
from tests.support.builders import Spec, doc

FRONT = ("", ["Halvorsen offers to exchange options for new options."])
OLD = ["Employees may take part.", "Options vest over four years.", "The offer ends in May."]
NEW = ["Employees and officers may take part.", "Options vest over three years.", OLD[2]]


def offer(paragraphs: list[str]) -> Spec:
    return [FRONT, ("1. Eligibility", paragraphs)]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)


def drafts(filing: FilingDetails) -> tuple[Amendment, Amendment]:
    first = draft_amendment(doc(offer(OLD)), doc(offer(NEW)), filing)
    again = draft_amendment(doc(offer(OLD)), doc(offer(NEW)), filing)
    assert len(again.items) >= 2
    return first, again


def counted(monkeypatch: pytest.MonkeyPatch, items: list[AmendmentItem]) -> dict[int, int]:
    """How often the substance of each of `items` is computed."""
    calls = {id(i): 0 for i in items}
    real = AmendmentItem.substance

    def substance(self: AmendmentItem) -> str:
        if id(self) in calls:
            calls[id(self)] += 1
        return real(self)

    monkeypatch.setattr(AmendmentItem, "substance", substance)
    return calls


def test_nothing_is_computed_when_counsel_decided_nothing(
    filing: FilingDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, again = drafts(filing)
    calls = counted(monkeypatch, again.items)
    assert carry_overrides(first.items, again.items) == 0
    assert sum(calls.values()) == 0
    assert all(i.filing_override is None and i.plain_override is None for i in again.items)


def test_each_item_substance_is_computed_once(
    filing: FilingDetails, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, again = drafts(filing)
    first.items[0].set_overrides("Counsel's filing words.", None)
    calls = counted(monkeypatch, again.items)
    assert carry_overrides(first.items, again.items) == 1
    assert list(calls.values()) == [1] * len(again.items)
    assert again.items[0].filing_override == "Counsel's filing words."
    assert again.items[1].filing_override is None


def test_counsels_class_and_plain_paragraph_are_still_carried(filing: FilingDetails) -> None:
    first, again = drafts(filing)
    first.items[1].choose_materiality(Materiality.CLARIFYING, "counsel's reason")
    first.items[1].set_plain_summary("Counsel's plain words.")
    assert carry_overrides(first.items, again.items) == 1
    assert again.items[1].materiality is Materiality.CLARIFYING
    assert again.items[1].counsel_materiality
    assert again.items[1].plain_summary == "Counsel's plain words."
    assert again.items[0].plain_summary is None
