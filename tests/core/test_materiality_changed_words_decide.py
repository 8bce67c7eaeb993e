"""A proposal rests on what the change itself changes, not on the title of the section it is
printed in nor on the unchanged words around it: a reworded definition of the expiration
date printed under "Eligibility" is at most material (5 business days), and `check` does not
demand 10; an edit whose own words change who or what is eligible is still a change in the
securities sought."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.findings import ERROR
from amendtool.core.materiality import propose
from amendtool.core.timing_checks import check_timing
from tests.support.materiality import amended, drafted_one
from tests.support.plain import plain_filing

TITLES = [
    "Eligibility",
    "1. Eligibility",
    "Eligible Options",
    "3. Number of Options; Expiration Date",
]
KEPT = "Options that have an exercise price of $20.00 or more are eligible."
DEFINED = 'The term "expiration date" means 11:59 p.m., Eastern Time, on April 23, 2026'
AROUND = (
    "You are eligible if you hold options on the expiration date, which means "
    "11:59 p.m., Eastern Time, on April 23, 2026"
)

NOT_WHO_OR_WHAT = [
    pytest.param(
        f"{DEFINED}.",
        f"{DEFINED}, or any later date to which we extend the offer.",
        id="definition-widened",
    ),
    pytest.param(f"{DEFINED}.", f"{DEFINED.replace('means', 'refers to')}.", id="means-refers-to"),
    pytest.param(
        f"{DEFINED}.",
        f"{DEFINED}, unless we extend the offer, in which case it means the latest time and "
        "date to which the offer is extended.",
        id="definition-rewritten",
    ),
    pytest.param(
        f"{AROUND}.",
        f"{AROUND}, or any later date to which we extend the offer.",
        id="definition-inside-a-sentence-of-eligibility",
    ),
    pytest.param(
        "Tendered options will be cancelled promptly after the expiration date.",
        "Tendered options will be cancelled on the expiration date.",
        id="when-options-are-cancelled",
    ),
]


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize(("old", "new"), NOT_WHO_OR_WHAT)
def test_a_change_not_of_who_or_what_is_at_most_material(title: str, old: str, new: str) -> None:
    proposal = propose(drafted_one(title, [KEPT, old], [KEPT, new]))
    assert proposal.materiality.value in ("clarifying", "material"), proposal.reason
    assert "may change who or what is eligible" not in proposal.reason.casefold()
    assert f"“{title.split('. ')[-1]}”" not in proposal.reason  # the title is not the reason


WHO_OR_WHAT = [
    pytest.param(
        "You must be employed by us on the expiration date.",
        "You must be employed by us or one of our subsidiaries on the expiration date.",
        id="who-must-be-employed",
    ),
    pytest.param(
        "Options held by our employees may be tendered.",
        "Options held by our employees and consultants may be tendered.",
        id="whose-options",
    ),
    pytest.param(
        f"{DEFINED}.",
        f"{DEFINED}, and options granted after that date are not eligible.",
        id="definition-and-eligibility",
    ),
    pytest.param(KEPT, KEPT.replace("$20.00", "$17.50"), id="threshold"),
    pytest.param(
        "You must hold the options on the expiration date.",
        "You must hold the options through the expiration date.",
        id="how-long-options-must-be-held",
    ),
]


@pytest.mark.parametrize("title", ["Eligibility", "1. Eligibility"])
def test_a_condition_moved_in_time_under_a_title_of_eligibility_is_still_eligibility(
    title: str,
) -> None:
    """Only when words change, but in a condition on holders: who may tender may change."""
    old = "If you leave before the expiration date, you may not tender."
    proposal = propose(drafted_one(title, [old], [old.replace("before", "on or before")]))
    assert proposal.materiality.value == "consideration", proposal.reason


@pytest.mark.parametrize("title", ["Eligibility", "1. Eligibility", "Eligible Options"])
@pytest.mark.parametrize(("old", "new"), WHO_OR_WHAT)
def test_a_change_of_who_or_what_is_eligible_is_still_the_securities_sought(
    title: str, old: str, new: str
) -> None:
    proposal = propose(drafted_one(title, [old], [new]))
    assert proposal.materiality.value == "consideration", proposal.reason


@pytest.mark.parametrize("title", TITLES)
def test_check_does_not_demand_ten_business_days(title: str, example_filing_toml: Path) -> None:
    """Amended Thursday April 9, 2026, expiring Monday April 20: the 8th business day, past
    a material change's 5, short of 10."""
    base = plain_filing(example_filing_toml)
    filing = dataclasses.replace(base, expiration=base.expiration.replace(day=20))
    old, new = NOT_WHO_OR_WHAT[0].values
    amendment = amended(filing, title, [KEPT, str(old)], [KEPT, str(new)])
    assert [i.materiality.value for i in amendment.items] == ["material"]
    errors = [f.message for f in check_timing(amendment) if f.severity == ERROR]
    assert not errors, errors
