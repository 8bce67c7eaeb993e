"""A year printed as part of a name ("our 2019 Equity Incentive Plan", "the 2015 Plan") is
no price and no number of anything: a change that puts such a name into a sentence of
eligibility, or exchanges one plan for another, is read as a change of which options are
eligible and said by the name, never as "changes a number: adds 2019"."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from amendtool.core.materiality import propose
from tests.support.materiality import drafted_one

ELIGIBLE = "Eligibility"
THRESHOLD = (
    "Options that have an exercise price per share greater than $18.50 and that were granted "
    "{}before January 1, 2025 are eligible for exchange."
)
PLAN = "Options granted under the {} are eligible for exchange."


@pytest.mark.parametrize(
    ("old", "new", "name"),
    [
        (THRESHOLD.format(""), THRESHOLD.format("under our 2019 Equity Incentive Plan "), "2019"),
        (PLAN.format("2015 Plan"), PLAN.format("2015 Plan or the 2020 Plan"), "2020 Plan"),
        (PLAN.format("2015 Plan"), PLAN.format("2020 Plan"), "2020 Plan"),
        (
            "Options with an exercise price above $10.00 are eligible for exchange.",
            "Options with an exercise price above $10.00 granted under the 2019 Stock Plan are "
            "eligible for exchange.",
            "2019 Stock Plan",
        ),
    ],
)
def test_a_plan_named_by_its_year_changes_who_is_eligible(old: str, new: str, name: str) -> None:
    proposal = propose(drafted_one(ELIGIBLE, [old], [new]))
    assert proposal.materiality is Materiality.CONSIDERATION, proposal
    reason = proposal.reason
    assert reason.startswith("May change who or what is eligible"), reason
    assert "a number" not in reason and "price" not in reason, reason
    assert name in reason, reason


def test_a_plan_named_by_its_year_in_other_disclosure_is_no_figure() -> None:
    old = "Our directors hold options under the 2019 Plan."
    proposal = propose(drafted_one("Interests of Directors", [old], [old.replace("2019", "2021")]))
    assert "a number" not in proposal.reason, proposal.reason
    assert "2021 Plan" in proposal.reason, proposal.reason


def test_a_plan_named_for_the_new_securities_is_a_term_of_them() -> None:
    old = "New Options will be granted under our Stock Plan."
    new = old.replace("our Stock Plan", "our 2021 Stock Plan")
    proposal = propose(drafted_one("Source and Amount of Consideration", [old], [new]))
    assert proposal.materiality is Materiality.CONSIDERATION, proposal
    assert proposal.reason.startswith("Names another plan in the offer's terms"), proposal
    assert "2021 Stock Plan" in proposal.reason and "a number" not in proposal.reason
