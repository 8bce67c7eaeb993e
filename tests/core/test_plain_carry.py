"""Counsel's plain paragraph goes back, across re-drafts, to the one change it was written
for: never copied onto another change at the same place (the renumbering of the paragraph
beside a deleted condition), where the notice would explain one change with the words for
another."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.items import ItemKind
from amendtool.core.overrides import carry_overrides
from tests.support.builders import Spec, doc

CONDITIONS = [
    "We may end the offer if any of the following occurs:",
    "(a) a court enjoins the offer;",
    "(b) trading in our stock is suspended;",
    "(c) the Nasdaq Composite Index falls by more than 10%; or",
    "(d) a tender offer for our common stock is made by another person.",
]
FRONT = ("", ["Halvorsen offers to exchange options for new options."])


def offer(conditions: list[str]) -> Spec:
    return [FRONT, ("1. Eligibility", ["Employees may take part."]), ("6. Conditions", conditions)]


WITHOUT_C = [*CONDITIONS[:3], CONDITIONS[4].replace("(d)", "(c)")]
WITHOUT_C_TYPED = [*WITHOUT_C[:3], WITHOUT_C[3].replace("person.", "person alpha.")]
COUNSEL = "We dropped the market-decline condition."


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)


def redraft(filing: FilingDetails, previous: Amendment, conditions: list[str]) -> Amendment:
    again = draft_amendment(doc(offer(CONDITIONS)), doc(offer(conditions)), filing)
    carry_overrides(previous.items, again.items)
    return again


def written(amendment: Amendment) -> dict[ItemKind, str | None]:
    return {i.kind: i.plain_override for i in amendment.items}


def test_a_paragraph_written_for_a_deletion_never_moves_to_the_renumbering(
    filing: FilingDetails,
) -> None:
    first = draft_amendment(doc(offer(CONDITIONS)), doc(offer(WITHOUT_C)), filing)
    kinds = [i.kind for i in first.items]
    assert ItemKind.DELETE_PARAGRAPH in kinds and len(kinds) >= 2, kinds
    deletion = next(i for i in first.items if i.kind is ItemKind.DELETE_PARAGRAPH)
    deletion.set_plain_summary(COUNSEL)
    typed = redraft(filing, first, WITHOUT_C_TYPED)  # counsel types beside it, then undoes
    back = redraft(filing, typed, WITHOUT_C)
    for amendment in (typed, back):
        holders = [i for i in amendment.items if i.plain_override == COUNSEL]
        assert [i.kind for i in holders] == [ItemKind.DELETE_PARAGRAPH], written(amendment)
    [kept] = [i for i in back.items if i.plain_override == COUNSEL]
    assert kept.plain_summary == COUNSEL and not kept.stale_plain
