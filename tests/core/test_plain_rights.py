"""The plain notice tells employees a change leaves their rights as they were ("This does not
change your rights", "Nothing in the offer changes") only of an item classed clarifying,
whoever classed it; of any other class it leaves counsel the placeholder, and `check` calls
such a sentence on an item not classed clarifying an error, counsel's own paragraph too."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from amendtool.core.amendment import Amendment
from amendtool.core.checks import run_checks
from amendtool.core.items import Materiality
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.plain_rights import CODE, says_unchanged
from amendtool.resources import resource_path
from tests.support.materiality import NAMED_COVER as COVER
from tests.support.materiality import amended
from tests.support.plain import holders_filing, plain_filing

DECLINE = (
    "The offer is subject to conditions. (b) the market price of our common stock declines "
    "by more than {} from the date the offer commences{}"
)
COVERS = "The offer covers 2,400,000 shares of our common stock."
ELECTION = "Eligible employees may elect to exchange options by e-mail."
SPELLED = "Eligible employees may elect to exchange their optoins before the deadline."
CHANGES = {
    # the threshold and other words: "… more than 20% … commences; or"
    "threshold-and-words": (
        "7. Conditions of the Offer.",
        DECLINE.format("15%", "."),
        DECLINE.format("20%", "; or"),
    ),
    "figure-and-clarifying-words": (
        "1. Number of Shares.",
        COVERS,
        COVERS.replace("The offer", "This offer").replace("2,400,000", "2,600,000"),
    ),
    "wording-only": ("4. Procedures.", ELECTION, ELECTION.replace("e-mail", "email")),
    "spelling-only": ("4. Procedures.", SPELLED, SPELLED.replace("optoins", "options")),
}
FIGURE_AND_WORDS = ("threshold-and-words", "figure-and-clarifying-words")
NOT_CLARIFYING = [Materiality.MATERIAL, Materiality.CONSIDERATION, Materiality.EXTENSION]


def _amendment(example_filing_toml: Path, change: str) -> Amendment:
    heading, old, new = CHANGES[change]
    return amended(plain_filing(example_filing_toml), heading, [old], [new], COVER)


def _unchanged_sentences(amendment: Amendment) -> list[str]:
    return [p.text for p in plain_paragraphs(amendment) if says_unchanged(p.text)]


def test_a_material_threshold_with_other_words_leaves_counsel_the_placeholder(
    example_filing_toml: Path,
) -> None:
    amendment = _amendment(example_filing_toml, "threshold-and-words")
    [item] = amendment.change_items
    assert item.materiality is Materiality.MATERIAL  # as the rules propose it
    [paragraph] = plain_paragraphs(amendment)
    assert "is now 20%" in paragraph.text, paragraph.text
    assert "rights" not in paragraph.text, paragraph.text
    assert "[Explain" in paragraph.text, paragraph.text


@pytest.mark.parametrize("materiality", NOT_CLARIFYING, ids=lambda m: m.value)
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_no_class_but_clarifying_is_told_its_rights_are_unchanged(
    example_filing_toml: Path, change: str, materiality: Materiality
) -> None:
    amendment = _amendment(example_filing_toml, change)
    for item in amendment.change_items:
        item.choose_materiality(materiality, "counsel's class")
    assert _unchanged_sentences(amendment) == []
    texts = " ".join(p.text for p in plain_paragraphs(amendment))
    if change in FIGURE_AND_WORDS:  # the other words too: counsel says what it means
        assert "[Explain" in texts, texts
    assert not [f for f in run_checks(amendment) if f.code == CODE]


@pytest.mark.parametrize("change", ["wording-only", "spelling-only"])
def test_a_clarifying_correction_still_needs_no_placeholder(
    example_filing_toml: Path, change: str
) -> None:
    amendment = _amendment(example_filing_toml, change)
    assert all(i.materiality is Materiality.CLARIFYING for i in amendment.change_items)
    texts = " ".join(p.text for p in plain_paragraphs(amendment))
    assert "[" not in texts, texts
    assert not [f for f in run_checks(amendment) if f.code == CODE]


def _strings(table: Any) -> list[str]:
    if isinstance(table, str):
        return [table]
    if isinstance(table, dict):
        return [s for value in table.values() for s in _strings(value)]
    if isinstance(table, list):
        return [s for value in table for s in _strings(value)]
    return []


def test_every_notice_sentence_saying_rights_are_unchanged_is_recognised() -> None:
    """The check knows each sentence of the firm's notice wording that says so."""
    wording = tomllib.loads(resource_path("wording", "standard.toml").read_text("utf-8"))
    said = [
        s
        for s in _strings(wording["plain_notice"])
        if "your rights" in s.lower() or "nothing in the offer" in s.lower()
    ]
    assert said, "the wording says rights are unchanged somewhere"
    assert [s for s in said if not says_unchanged(s)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The extension does not change that.",
        "You cannot change or withdraw your election after the deadline.",
        "This change does not change what you receive for each of your options.",
        "Nothing else changes.",
        "We updated an address. It now reads 1 Main Street, not 2 Main Street.",
    ],
)
def test_sentences_that_do_not_say_rights_are_unchanged(sentence: str) -> None:
    assert says_unchanged(sentence) is None


@pytest.mark.parametrize(
    "paragraph",
    [
        "The threshold is now 20%. This does not change your rights.",
        "The threshold is now 20%. Your rights are not affected.",
        "We raised the threshold. Nothing in the offer changes.",
        "The threshold is now 20%, but this won't change your rights under the offer.",
    ],
)
def test_check_flags_counsels_paragraph_saying_rights_are_unchanged_on_a_material_item(
    example_filing_toml: Path, paragraph: str
) -> None:
    amendment = _amendment(example_filing_toml, "threshold-and-words")
    [item] = amendment.change_items
    item.set_plain_summary(paragraph)
    [finding] = [f for f in run_checks(amendment) if f.code == CODE]
    assert finding.severity == "error"
    assert finding.item == 0
    assert "material" in finding.message


def test_check_leaves_a_clarifying_items_paragraph_alone(example_filing_toml: Path) -> None:
    amendment = _amendment(example_filing_toml, "wording-only")
    [item] = amendment.change_items
    item.set_plain_summary("We fixed a word. This does not change your rights.")
    assert not [f for f in run_checks(amendment) if f.code == CODE]


def test_the_error_names_the_notices_own_readers(example_filing_toml: Path) -> None:
    """A notice to holders of preferred stock is not told "say what it changes for
    employees": the check names the readers the notice is written for."""
    heading, old, new = CHANGES["threshold-and-words"]
    filing = holders_filing(example_filing_toml)
    amendment = amended(filing, heading, [old], [new], COVER)
    [item] = amendment.change_items
    item.set_plain_summary("The threshold is now 20%. This does not change your rights.")
    [finding] = [f for f in run_checks(amendment) if f.code == CODE]
    assert "for holders" in finding.message and "employees" not in finding.message, finding
