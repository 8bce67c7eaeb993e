"""A sentence that only moved is no change of the offer's terms. A revision that split a
paragraph, so that "New RSUs vest over three years." now opens the next one, was drafted as
the sentence taken out by one item and put in by another, each classed a change of the
consideration ("takes out three years", "adds three years"), the class that keeps the
offer open five more business days, for a revision that changed nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import ItemKind, Materiality
from tests.support.builders import Spec, doc

RATIO = "You will receive one New RSU for every {} Eligible Options you exchange."
SET = "The exchange ratio was set by the Compensation Committee after reviewing fair values."
VEST = "New RSUs vest over three years."
LAST = "One third of each grant vests on each anniversary of the grant date."


def _offer(paragraphs: list[str]) -> Spec:
    return [
        ("", ["Halvorsen offers to exchange Eligible Options for New RSUs."]),
        ("2. Exchange Ratio and Vesting", paragraphs),
    ]


def _eligibility(paragraphs: list[str]) -> Spec:
    return [
        ("", ["Halvorsen offers to exchange Eligible Options for New RSUs."]),
        ("1. Eligibility", paragraphs),
    ]


def test_sentences_moved_over_a_paragraph_break_are_clarifying(example_filing_toml: Path) -> None:
    before = [f"{RATIO.format('2.5')} {SET}", VEST, LAST]
    after = [RATIO.format("2.5"), SET, f"{VEST} {LAST}"]
    amendment = draft_amendment(
        doc(_offer(before)), doc(_offer(after)), load_filing(example_filing_toml)
    )
    items = amendment.change_items
    assert items and all(i.materiality is Materiality.CLARIFYING for i in items), [
        (
            i.kind.value,
            i.materiality.value,
            i.proposal_reason if hasattr(i, "proposal_reason") else "",
        )
        for i in items
    ]


def test_an_item_that_moves_a_sentence_and_changes_a_figure_keeps_its_class(
    example_filing_toml: Path,
) -> None:
    before = [f"{RATIO.format('2.5')} {SET}", VEST, LAST]
    after = [RATIO.format("2.8"), SET, f"{VEST} {LAST}"]
    amendment = draft_amendment(
        doc(_offer(before)), doc(_offer(after)), load_filing(example_filing_toml)
    )
    classes = {i.materiality for i in amendment.change_items}
    assert Materiality.CONSIDERATION in classes, [
        (i.kind.value, i.materiality.value) for i in amendment.change_items
    ]


def test_a_sentence_moved_after_a_schedules_letter_is_seen_moving(
    example_filing_toml: Path,
) -> None:
    """ "… listed on Schedule A." ends a sentence: the one after it, carried to the next
    paragraph, only moved (the letter was read as a person's initial, and the move as new
    words of who is eligible)."""
    listed = "Employees in France who hold Eligible Options are listed on Schedule A."
    tell = "We will tell you which of your options are Eligible Options."
    excluded = "Options granted under the 2012 Plan are excluded."
    before = [f"{listed} {tell}", excluded]
    after = [listed, f"{tell} {excluded}"]
    amendment = draft_amendment(
        doc(_eligibility(before)), doc(_eligibility(after)), load_filing(example_filing_toml)
    )
    items = amendment.change_items
    assert items and all(i.materiality is Materiality.CLARIFYING for i in items), [
        (i.kind.value, i.materiality.value, i.old_text, i.new_text) for i in items
    ]


# a sentence carried over a paragraph break, as an offer words it: the paragraph it leaves
# may be one short sentence, and the break may stand after a sentence's closing parenthesis
CARRIED = [
    (
        "Holders may tender all Units.",
        "The Depositary will hold Units in trust (Sec. 4).",
        "Payment follows acceptance.",
    ),
    (
        "We may waive conditions.",
        "Roughly half of holders reside abroad (approx. 48%).",
        "Foreign holders see Schedule A.",
    ),
    (
        "The Units are listed.",
        "The offer covers the Series B Units (No. 3 series).",
        "No other Units are covered.",
    ),
    (
        "Tenders are irrevocable.",
        "Holders abroad must tender through a broker (i.e., a DTC participant).",
        "Brokers may charge fees.",
    ),
    (
        "The offer is made under Rule 13e-4.",
        "Withdrawal is governed by Rule 13e-4(f)(2) (cf. Rule 14e-1).",
        "A withdrawal must be in writing.",
    ),
]


@pytest.mark.parametrize(("kept", "moved", "joined"), CARRIED)
def test_a_sentence_carried_over_a_break_is_taken_out_and_put_in_word_for_word(
    example_filing_toml: Path, kept: str, moved: str, joined: str
) -> None:
    """ "… in trust (Sec. 4)." carried to open the next paragraph, whose only sentence was
    "Payment follows acceptance.": no paragraph is deleted, none replaced by two; the
    sentence is taken out of one paragraph and put in the next, each item clarifying."""
    filler = "This paragraph stays the same in both versions of the offer."
    before = [filler, f"{kept} {moved}", joined, filler + " Again."]
    after = [filler, kept, f"{moved} {joined}", filler + " Again."]
    amendment = draft_amendment(
        doc(_eligibility(before)), doc(_eligibility(after)), load_filing(example_filing_toml)
    )
    items = amendment.change_items
    said = [(i.kind.value, i.materiality.value, i.old_text, i.new_text) for i in items]
    assert items and all(i.materiality is Materiality.CLARIFYING for i in items), said
    kinds = {i.kind for i in items}
    assert not kinds & {ItemKind.DELETE_PARAGRAPH, ItemKind.INSERT_PARAGRAPH}, said
    assert all(len(i.new_paragraphs) <= 1 for i in items), said  # no paragraph made two
    assert any(moved in i.old_text and moved not in i.new_text for i in items), said
    assert any(moved in i.new_text and moved not in i.old_text for i in items), said


def test_sentences_carried_over_breaks_back_to_back_are_each_paragraphs_own(
    example_filing_toml: Path,
) -> None:
    """Each pair carries a sentence to the next paragraph, with no paragraph between the
    pairs: every paragraph keeps its place, none is deleted, put in or split."""
    before = [p for kept, moved, joined in CARRIED for p in (f"{kept} {moved}", joined)]
    after = [p for kept, moved, joined in CARRIED for p in (kept, f"{moved} {joined}")]
    amendment = draft_amendment(
        doc(_eligibility(before)), doc(_eligibility(after)), load_filing(example_filing_toml)
    )
    items = amendment.change_items
    said = [(i.kind.value, i.materiality.value, i.old_text, i.new_text) for i in items]
    assert items and all(i.materiality is Materiality.CLARIFYING for i in items), said
    assert not {i.kind for i in items} & {ItemKind.DELETE_PARAGRAPH, ItemKind.INSERT_PARAGRAPH}
    assert all(len(i.new_paragraphs) <= 1 and "\n\n" not in i.old_text for i in items), said
