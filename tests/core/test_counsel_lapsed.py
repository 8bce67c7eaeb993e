"""Counsel's class for a change that has since changed lapses in a re-draft; the checks say
so, as a finding like any other (so `amendtool check`, a draft and the app's Checks panel
all show it), until counsel chooses again. It is kept in the project with the item."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.items import AmendmentItem, Materiality
from amendtool.core.overrides import carry_overrides
from tests.support.builders import Spec, doc

ELIGIBLE = "Options with an exercise price of {} or more are eligible."


def offer(threshold: str) -> Spec:
    return [
        ("", ["Acme Widgets, Inc. is offering to exchange eligible options."]),
        ("1. Eligibility", [ELIGIBLE.format(threshold)]),
    ]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")


def drafted(filing: FilingDetails, threshold: str) -> Amendment:
    return draft_amendment(doc(offer("$20.00")), doc(offer(threshold)), filing)


def lapsed(amendment: Amendment) -> list[tuple[int | None, str]]:
    return [(f.item, f.message) for f in run_checks(amendment) if f.code == "counsel_lapsed"]


MESSAGE = (
    "item A: counsel's classification (clarifying) no longer applies, because the change "
    "itself has changed since it was chosen; the proposal stands (consideration) until "
    "counsel chooses again"
)


def test_a_lapsed_choice_is_a_finding_of_the_checks(filing: FilingDetails) -> None:
    first = drafted(filing, "$17.50")
    first.change_items[0].choose_materiality(Materiality.CLARIFYING)
    again = drafted(filing, "$15.00")
    assert carry_overrides(first.items, again.items) == 0
    assert lapsed(again) == [(0, MESSAGE)]
    assert [f.severity for f in run_checks(again) if f.code == "counsel_lapsed"] == ["warning"]


def test_the_lapse_is_kept_in_the_project_and_across_another_redraft(
    filing: FilingDetails,
) -> None:
    first = drafted(filing, "$17.50")
    first.change_items[0].choose_materiality(Materiality.CLARIFYING)
    again = drafted(filing, "$15.00")
    carry_overrides(first.items, again.items)
    saved = AmendmentItem.from_dict(again.change_items[0].to_dict())
    assert saved.lapsed_materiality is Materiality.CLARIFYING
    third = drafted(filing, "$15.00")
    carry_overrides(again.items, third.items)
    assert lapsed(third) == [(0, MESSAGE)]


def test_choosing_again_ends_the_lapse_and_the_same_change_never_lapses(
    filing: FilingDetails,
) -> None:
    first = drafted(filing, "$17.50")
    first.change_items[0].choose_materiality(Materiality.CLARIFYING)
    same = drafted(filing, "$17.50")
    carry_overrides(first.items, same.items)
    assert lapsed(same) == []
    again = drafted(filing, "$15.00")
    carry_overrides(first.items, again.items)
    again.change_items[0].choose_materiality(Materiality.CONSIDERATION)
    assert lapsed(again) == []
