"""Counsel's class, filing wording and plain paragraph belong to the change itself (its old
and new text and its place in the offer as filed), not to the draft's paragraph numbering:
a paragraph typed in or taken out before the change leaves them with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.filing import FilingDetails, load_filing
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.overrides import carry_overrides
from tests.support.builders import Spec, doc

FRONT = ("", ["Halverton offers to exchange options for new options."])
FIRST = ["Employees may take part.", "Officers may not take part.", "Directors may not."]
OLD = [
    "We will not accept options if a material adverse change occurs.",
    "Our board may waive any condition in its discretion.",
    "The conditions are for our sole benefit.",
]
WAIVE = "Our board may waive any condition in its sole discretion before the expiration date."
NEW = [OLD[0], WAIVE, OLD[2]]
FILING = "Counsel's filing words. XYZ"
PLAIN = "Our board can now waive a condition only before the offer expires."


def offer(second: list[str], first: list[str] = FIRST) -> Spec:
    return [FRONT, ("1. Eligibility", first), ("2. Conditions of the Offer", second)]


@pytest.fixture
def filing(example_filing_toml: Path) -> FilingDetails:
    return load_filing(example_filing_toml)


def waiver(amendment: Amendment) -> AmendmentItem:
    """The one item that changes the waiver paragraph."""
    found = [i for i in amendment.items if i.old_text and "its discretion" in i.old_text]
    assert len(found) == 1, [(i.kind, i.old_text) for i in amendment.items]
    return found[0]


def decided(filing: FilingDetails) -> Amendment:
    """The first draft, with counsel's three decisions on the waiver change."""
    first = draft_amendment(doc(offer(OLD)), doc(offer(NEW)), filing)
    item = waiver(first)
    item.choose_materiality(Materiality.CONSIDERATION, "counsel's reason")
    item.set_overrides(FILING, None)
    item.set_plain_summary(PLAIN)
    return first


def assert_kept(item: AmendmentItem) -> None:
    assert item.materiality is Materiality.CONSIDERATION
    assert item.counsel_materiality
    assert item.lapsed_materiality is None
    assert item.filing_override == FILING
    assert item.override_basis == item.substance()
    assert item.plain_summary == PLAIN
    assert not item.stale_plain


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(at=st.integers(min_value=0, max_value=1), words=st.sampled_from(["Zed.", "A new term."]))
def test_decisions_survive_a_paragraph_typed_in_before_the_change(
    filing: FilingDetails, at: int, words: str
) -> None:
    first = decided(filing)
    typed = [*NEW[:at], words, *NEW[at:]]
    again = draft_amendment(doc(offer(OLD)), doc(offer(typed)), filing)
    assert any(i.kind is ItemKind.INSERT_PARAGRAPH for i in again.items)
    carry_overrides(first.items, again.items)
    assert_kept(waiver(again))


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    at=st.integers(min_value=0, max_value=3),
    gone=st.booleans(),
)
def test_decisions_survive_paragraphs_added_or_removed_elsewhere(
    filing: FilingDetails, at: int, gone: bool
) -> None:
    first = decided(filing)
    other = (
        [p for n, p in enumerate(FIRST) if n != at] if gone else [*FIRST[:at], "Zed.", *FIRST[at:]]
    )
    second = NEW[1:] if gone else NEW  # the paragraph before the change taken out too
    original = doc(offer(OLD))
    again = draft_amendment(original, doc(offer(second, other)), filing)
    carry_overrides(first.items, again.items)
    assert_kept(waiver(again))


def test_the_same_change_has_the_same_substance_wherever_the_draft_numbers_it(
    filing: FilingDetails,
) -> None:
    plain = waiver(draft_amendment(doc(offer(OLD)), doc(offer(NEW)), filing))
    typed = [NEW[0], "Zed.", *NEW[1:]]
    moved = waiver(draft_amendment(doc(offer(OLD)), doc(offer(typed)), filing))
    assert moved.locator.paragraph != plain.locator.paragraph  # the draft counts the new one
    assert moved.substance() == plain.substance()


def test_a_different_change_at_the_same_place_is_not_the_same_substance(
    filing: FilingDetails,
) -> None:
    plain = waiver(draft_amendment(doc(offer(OLD)), doc(offer(NEW)), filing))
    other = [OLD[0], "Our board may waive any condition in its reasonable discretion.", OLD[2]]
    changed = waiver(draft_amendment(doc(offer(OLD)), doc(offer(other)), filing))
    assert changed.substance() != plain.substance()


def test_decisions_saved_under_the_drafts_numbering_are_kept_on_opening(
    filing: FilingDetails,
) -> None:
    typed = [NEW[0], "Zed.", *NEW[1:]]
    item = waiver(draft_amendment(doc(offer(OLD)), doc(offer(typed)), filing))
    item.choose_materiality(Materiality.CONSIDERATION, "counsel's reason")
    item.set_overrides(FILING, None)
    item.set_plain_summary(PLAIN)
    saved = item.to_dict()
    counted_so = item._substance(filed=False)  # as a project saved before recorded them
    assert counted_so != item.substance()
    for basis in ("materiality_basis", "override_basis", "plain_basis"):
        saved[basis] = counted_so
    assert_kept(AmendmentItem.from_dict(saved))
