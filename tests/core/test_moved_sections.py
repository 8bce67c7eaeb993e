"""A section moved to another place, its words unchanged, is drafted as a section added
where it now stands and taken out where it stood (with the sections between renumbered):
the filing says exactly that. But each was proposed material ("adds a section", "takes out a
section") and the notice told employees a new section was added and another taken out, so a
reader would think the price information was gone. Both are now proposed clarifying, each
naming the other, and the notice says the section was moved, its words unchanged. A section
moved and changed is told as moved, with its change read where it now stands."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.filing import load_filing
from amendtool.core.items import AmendmentItem, ItemKind, Materiality
from amendtool.core.moved_sections import changed_moves
from amendtool.core.plain_notice import plain_paragraphs
from tests.support.builders import Spec, doc

FRONT = ("", ["Tarnwood Systems, Inc. is offering to exchange Eligible Options for New Options."])
ELIGIBILITY = ("Eligibility", ["Options granted before 2024 are eligible for exchange."])
CONDITIONS = (
    "Conditions of the Offer",
    ["We will not accept options if a court enjoins the offer."],
)
PRICES = (
    "Price Range of Our Common Stock",
    ["Our common stock is quoted on the Nasdaq Global Select Market under the symbol TRNW.",
     "On April 13, 2026, the last reported sale price of our common stock was $6.41 per share."],
)  # fmt: skip
TAX = ("Material Tax Consequences", ["The exchange is not a taxable event for U.S. employees."])


def _numbered(sections: list[tuple[str, list[str]]]) -> Spec:
    return [FRONT, *((f"{n}. {title}", body) for n, (title, body) in enumerate(sections, 1))]


@pytest.fixture(scope="module")
def filing(example_filing_toml: Path) -> object:
    details = load_filing(example_filing_toml)
    return dataclasses.replace(details, notice_style="plain", notice_explanation="")


def _drafted(filing: object, old: list, new: list) -> tuple[list[AmendmentItem], list[str]]:
    amendment = draft_amendment(doc(_numbered(old)), doc(_numbered(new)), filing)  # type: ignore[arg-type]
    return amendment.change_items, [p.text for p in plain_paragraphs(amendment)]


def _by_kind(items: list[AmendmentItem], kind: ItemKind) -> AmendmentItem:
    (item,) = [i for i in items if i.kind is kind]
    return item


def test_a_section_moved_ahead_is_clarifying_and_told_as_moved(filing: object) -> None:
    items, said = _drafted(
        filing, [ELIGIBILITY, CONDITIONS, PRICES, TAX], [ELIGIBILITY, PRICES, CONDITIONS, TAX]
    )
    added, taken = _by_kind(items, ItemKind.ADD_SECTION), _by_kind(items, ItemKind.DELETE_SECTION)
    for item in (added, taken):
        assert item.materiality is Materiality.CLARIFYING, item.materiality_reason
        assert "Price Range of Our Common Stock" in item.materiality_reason
        assert "words do not change" in item.materiality_reason
    letters = {id(i): chr(ord("A") + n) for n, i in enumerate(items)}
    assert f"item {letters[id(taken)]}" in added.materiality_reason
    assert f"item {letters[id(added)]}" in taken.materiality_reason
    text = " ".join(said)
    assert "We added a new section" not in text and "We took out this whole section" not in text
    assert 'We moved the section "Price Range of Our Common Stock" here' in text, text
    assert 'We moved the section "Price Range of Our Common Stock" from here' in text, text
    assert "[Explain" not in text, text


def test_a_section_moved_to_the_end_is_told_as_moved(filing: object) -> None:
    items, said = _drafted(
        filing, [ELIGIBILITY, PRICES, CONDITIONS, TAX], [ELIGIBILITY, CONDITIONS, TAX, PRICES]
    )
    moved = [i for i in items if i.kind in (ItemKind.ADD_SECTION, ItemKind.DELETE_SECTION)]
    assert moved and all(i.materiality is Materiality.CLARIFYING for i in moved), [
        i.materiality_reason for i in moved
    ]
    assert "We took out this whole section" not in " ".join(said)


def test_a_section_moved_and_changed_is_told_as_moved_with_its_change(filing: object) -> None:
    """The section stands once in each text under its title: it was moved and changed. The
    half where it stood is clarifying (its text is not withdrawn, it is restated where it
    now stands); the half where it stands is read for the change its words make."""
    rewritten = (PRICES[0], [PRICES[1][0], PRICES[1][1].replace("$6.41", "$5.90")])
    items, said = _drafted(
        filing, [ELIGIBILITY, CONDITIONS, PRICES, TAX], [ELIGIBILITY, rewritten, CONDITIONS, TAX]
    )
    added, taken = _by_kind(items, ItemKind.ADD_SECTION), _by_kind(items, ItemKind.DELETE_SECTION)
    assert taken.materiality is Materiality.CLARIFYING, taken.materiality_reason
    assert "restated with its changes" in taken.materiality_reason
    assert "$6.41" in added.materiality_reason and "$5.90" in added.materiality_reason
    assert all("words do not change" not in i.materiality_reason for i in (added, taken))
    # one section of two paragraphs is one section added
    assert all("2 sections" not in i.materiality_reason for i in (added, taken))
    text = " ".join(said)
    assert "We took out this whole section" not in text and "We added a new section" not in text
    assert "and changed it" in text and "$5.90" in text, text
    assert "Its words did not change" not in text, text


def test_a_title_taken_out_twice_is_no_sure_move(filing: object) -> None:
    """Two sections of one title taken out and one added: which of them moved cannot be
    told, so neither pair is read as a move."""
    rewritten = (PRICES[0], [PRICES[1][0], PRICES[1][1].replace("$6.41", "$5.90")])
    items, _ = _drafted(
        filing, [ELIGIBILITY, CONDITIONS, PRICES, TAX], [ELIGIBILITY, rewritten, CONDITIONS, TAX]
    )
    assert len(changed_moves(items)) == 2
    taken = _by_kind(items, ItemKind.DELETE_SECTION)
    again = dataclasses.replace(taken, old_text="Our preferred stock is not listed anywhere.")
    assert changed_moves([*items, again]) == {}
