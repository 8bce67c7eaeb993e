"""A minimum condition of the offer ("The offer is conditioned on at least 1,000,000 Preferred
Shares being validly tendered") is a least number tendered by all holders together, never a
least number each holder may tender: "The minimum number of shares that may be tendered is now
750,000" tells a holder of 2,000 shares they cannot take part. The notice says it as the
condition; a minimum each holder must tender is still said as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.plain_figure_claims import CONDITION_CODE
from amendtool.core.plain_notice import plain_paragraphs
from amendtool.core.series_amendment import supplements
from tests.support.builders import Spec, doc
from tests.support.plain import holders_filing, revised


def _offer(condition: str) -> Spec:
    return [
        ("", ["Harborview offers to purchase any and all of its Preferred Shares at $25.25."]),
        (
            "1. Terms of the Offer",
            [condition, "The offer expires at 5:00 p.m., New York City time, on April 23, 2026."],
        ),
        ("7. Conditions of the Offer", ["The conditions are for our benefit."]),
    ]


CONDITION = (
    "The offer is conditioned on at least 1,000,000 Preferred Shares being validly tendered "
    'and not withdrawn (the "Minimum Condition").'
)
EACH = "You must tender at least 1,000,000 Preferred Shares if you tender any."


def _notice(example_filing_toml: Path, sentence: str) -> tuple[Amendment, str]:
    offer = _offer(sentence)
    amendment = draft_amendment(
        doc(offer), doc(revised(offer, "1,000,000", "750,000")), holders_filing(example_filing_toml)
    )
    said = " ".join(f"{p.heading} {p.text}" for p in plain_paragraphs(amendment))
    return amendment, said


def test_a_minimum_condition_is_told_as_the_offers_total(example_filing_toml: Path) -> None:
    _, said = _notice(example_filing_toml, CONDITION)
    assert "may be tendered" not in said, said
    assert "750,000" in said and "in total" in said, said


def test_a_minimum_each_holder_tenders_is_still_one(example_filing_toml: Path) -> None:
    _, said = _notice(example_filing_toml, EACH)
    assert "in total" not in said, said


@pytest.mark.parametrize(
    ("sentence", "written", "wrong"),
    [
        (CONDITION, "The minimum number of shares that may be tendered is now 750,000.", True),
        (CONDITION, "You must now tender at least 750,000 Preferred Shares.", True),
        (CONDITION, "Each holder may now tender as few as 750,000 Preferred Shares.", True),
        (
            CONDITION,
            "We will now buy Preferred Shares only if at least 750,000 are tendered in total.",
            False,
        ),
        (EACH, "You must now tender at least 750,000 Preferred Shares.", False),
    ],
)
def test_a_condition_told_as_each_holders_minimum_is_an_error(
    example_filing_toml: Path, sentence: str, written: str, wrong: bool
) -> None:
    amendment, _ = _notice(example_filing_toml, sentence)
    amendment.change_items[0].set_plain_summary(written)
    found = [f for f in run_checks(amendment) if f.code == CONDITION_CODE]
    assert bool(found) is wrong, [f.message for f in found]
    assert all(f.severity == "error" and f.item == 0 for f in found)


def test_item_4_says_the_condition_is_on_the_total(example_filing_toml: Path) -> None:
    """With no defined term for it, Item 4 names the least number tendered in total."""
    bare = CONDITION.replace(' (the "Minimum Condition")', "")
    amendment, _ = _notice(example_filing_toml, bare)
    said = " ".join(s.text for s in supplements(amendment))
    assert "that must be tendered in total from 1,000,000 to 750,000" in said, said
