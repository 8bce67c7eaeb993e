"""A vesting sentence rewritten around the same schedule, the same share vesting each time and
the same condition of continued service is clarifying, however its words are ordered; the
share that vests each time is part of the schedule (a reason names "the vesting schedule",
never "the number of shares"); anniversaries listed one by one ("the first and second
anniversaries") are a schedule too."""

from __future__ import annotations

import pytest

from amendtool.core.facts import changed_facts
from amendtool.core.materiality import propose
from tests.core.test_materiality import drafted

TERMS = "5. Source and Amount of Consideration; Terms of New Options."
THIRDS = (
    "The New Options will vest as to one-third of the shares on each of the first three "
    "anniversaries of the grant date, subject to your continued service."
)
TWO = (
    "The New RSUs will vest in two equal installments on the first and second anniversaries "
    "of the grant date, subject to your continued service."
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            THIRDS,
            "One-third of the shares subject to each New Option will vest on each of the first "
            "three anniversaries of the grant date, if you remain in service.",
            id="one-third-reordered",
        ),
        pytest.param(
            TWO,
            "Half of the New RSUs will vest on each of the first and second anniversaries of the "
            "grant date, if you continue to provide services to us.",
            id="half-on-listed-anniversaries",
        ),
    ],
)
def test_the_same_schedule_and_condition_reordered_is_clarifying(old: str, new: str) -> None:
    proposal = propose(drafted(TERMS, [old], [new])[0])
    assert proposal.materiality.value == "clarifying", proposal.reason
    assert proposal.reason.startswith("States the same vesting schedule in other words")
    assert changed_facts(old, new) == ([], [])


@pytest.mark.parametrize(
    ("old", "new", "shown"),
    [
        pytest.param(
            THIRDS,
            THIRDS.replace("one-third", "one-fourth").replace("three", "four"),
            "from one-third of the shares on each of the first three anniversaries of the grant "
            "date to one-fourth of the shares on each of the first four anniversaries of the "
            "grant date",
            id="thirds-to-quarters",
        ),
        pytest.param(
            TWO,
            TWO.replace("two", "three").replace("first and second", "first, second and third"),
            "from two equal installments on the first and second anniversaries of the grant "
            "date to three equal installments on the first, second and third anniversaries of "
            "the grant date",
            id="two-to-three-listed",
        ),
    ],
)
def test_a_changed_schedule_is_named_as_one_schedule(old: str, new: str, shown: str) -> None:
    proposal = propose(drafted(TERMS, [old], [new])[0])
    assert proposal.materiality.value == "consideration", proposal.reason
    assert proposal.reason.startswith(f"Changes the vesting schedule {shown}"), proposal.reason
    assert "number of shares" not in proposal.reason
    assert "takes out" not in proposal.reason


@pytest.mark.parametrize(
    "new",
    [
        pytest.param(
            "One-third of the shares subject to each New Option will vest on each of the first "
            "three anniversaries of the grant date, whether or not you remain in service.",
            id="the-condition-dropped",
        ),
        pytest.param(
            "One-third of the shares subject to each New Option may vest on each of the first "
            "three anniversaries of the grant date, if you remain in service.",
            id="will-to-may",
        ),
        pytest.param(
            "One-third of the shares subject to each New Option will vest on each of the first "
            "three anniversaries of the grant date, if you remain in service and meet the "
            "performance goals.",
            id="a-condition-added",
        ),
    ],
)
def test_a_changed_condition_of_vesting_is_not_a_rewording(new: str) -> None:
    proposal = propose(drafted(TERMS, [THIRDS], [new])[0])
    assert proposal.materiality.value != "clarifying", proposal.reason


def test_anniversaries_listed_out_of_order_are_no_schedule() -> None:
    """ "the first and third anniversaries" skips one: no equal schedule is read."""
    old = "The New RSUs will vest on the first and second anniversaries of the grant date."
    new = "The New RSUs will vest on the first and third anniversaries of the grant date."
    proposal = propose(drafted(TERMS, [old], [new])[0])
    assert proposal.materiality.value == "consideration", proposal.reason
