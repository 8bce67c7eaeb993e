"""A vesting schedule is a term of the new securities read by its value: the same schedule
in other words is clarifying; a schedule with more or fewer installments, or installments
further apart, is a change in the consideration, named as the vesting schedule."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.facts import changed_facts
from amendtool.core.filing import load_filing
from amendtool.core.materiality import propose
from tests.core.test_materiality import drafted
from tests.support.builders import Spec, doc

TERMS = "9. Terms of the New Options."
ANNUAL = "The New Options will vest in three equal annual installments."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param(
            ANNUAL,
            "The New Options will vest in equal installments on each of the first three "
            "anniversaries of the grant date.",
            id="installments-as-anniversaries",
        ),
        pytest.param(
            "The New Options will vest in three equal annual installments, beginning on the "
            "first anniversary of the grant date.",
            "The New Options will vest in equal installments on each of the first three "
            "anniversaries of the grant date.",
            id="first-anniversary-stated-either-way",
        ),
        pytest.param(
            "Each New Option will vest over three years, one third on each anniversary of the "
            "grant date, and will have a term of seven years.",
            "Each New Option will vest in three equal annual installments, and will have a term "
            "of seven years.",
            id="over-years-one-third-each",
        ),
        pytest.param(
            "Each New Option will vest over three years, one third on each anniversary of the "
            "grant date, and will have a term of seven years.",
            "Each New Option will vest in three equal installments on the first three "
            "anniversaries of the grant date, and will have a term of seven years.",
            id="installments-on-the-first-anniversaries",
        ),
        pytest.param(
            ANNUAL,
            "The New Options will vest in three equal installments on each anniversary of the "
            "grant date.",
            id="installments-on-each-anniversary",
        ),
        pytest.param(
            "The New Options will vest in four equal annual installments.",
            "The New Options will vest 25% on each of the first four anniversaries of the grant "
            "date.",
            id="a-quarter-on-each-of-four-anniversaries",
        ),
        pytest.param(
            "The New RSUs will vest in 12 equal quarterly installments over three years.",
            "The New RSUs will vest in equal quarterly installments over three years.",
            id="quarterly-count-or-years",
        ),
    ],
)
def test_the_same_schedule_in_other_words_is_clarifying(old: str, new: str) -> None:
    item = drafted(TERMS, [old], [new])[0]
    proposal = propose(item)
    assert proposal.materiality.value == "clarifying", proposal.reason
    assert proposal.reason.startswith("States the same vesting schedule in other words")
    assert changed_facts(old, new) == ([], [])


@pytest.mark.parametrize(
    ("new", "shown"),
    [
        pytest.param(
            "The New Options will vest in four equal annual installments.",
            "from three equal annual installments to four equal annual installments",
            id="more-installments",
        ),
        pytest.param(
            "The New Options will vest in equal installments on each of the first four "
            "anniversaries of the grant date.",
            "from three equal annual installments to equal installments on each of the first "
            "four anniversaries of the grant date",
            id="more-anniversaries",
        ),
        pytest.param(
            "The New Options will vest in three equal quarterly installments.",
            "from three equal annual installments to three equal quarterly installments",
            id="closer-together",
        ),
    ],
)
def test_a_changed_schedule_is_consideration_named_as_the_schedule(new: str, shown: str) -> None:
    item = drafted(TERMS, [ANNUAL], [new])[0]
    proposal = propose(item)
    assert proposal.materiality.value == "consideration", proposal.reason
    assert proposal.reason.startswith(f"Changes the vesting schedule {shown}")


def test_a_changed_schedule_left_in_the_summary_is_named(example_filing_toml: Path) -> None:
    """The schedule changed in the terms of the new options and left at its old value in the
    summary is a stale term, like a threshold; the same schedule in other words is not."""
    details = dataclasses.replace(
        load_filing(example_filing_toml),
        expiration=dt.datetime(2026, 4, 30, 23, 59),
        amendment_date=dt.date(2026, 4, 9),
        statement_filed=dt.date(2026, 3, 26),
        notice_explanation="",
    )

    def offer(terms: str) -> Spec:
        return [
            ("", ["Halvorsen offers to exchange options for new options."]),
            ("Summary Term Sheet", ["How will the new options vest?", ANNUAL]),
            (TERMS, [terms]),
        ]

    changed = draft_amendment(
        doc(offer(ANNUAL)),
        doc(offer("The New Options will vest in four equal annual installments.")),
        details,
    )
    [stale] = [f for f in run_checks(changed) if f.code == "stale_term"]
    assert stale.message.startswith(
        "item A changes three equal annual installments to four equal annual installments, "
        "but the offer still states three equal annual installments in the last paragraph in "
        "Summary Term Sheet"
    )
    same = draft_amendment(
        doc(offer(ANNUAL)),
        doc(
            offer(
                "The New Options will vest in equal installments on each of the first three "
                "anniversaries of the grant date."
            )
        ),
        details,
    )
    assert [f for f in run_checks(same) if f.code == "stale_term"] == []


def test_installments_of_a_payment_are_not_called_vesting() -> None:
    old = "We will pay you the cash payment in two equal annual installments."
    new = "We will pay you the cash payment in three equal annual installments."
    proposal = propose(drafted("3. Cash Payment.", [old], [new])[0])
    assert proposal.materiality.value == "consideration", proposal.reason
    assert "vesting" not in proposal.reason
    assert proposal.reason.startswith("Changes the installments from two equal annual")


def test_shares_that_do_not_add_up_are_no_schedule() -> None:
    """ "25% on each of the first three anniversaries" vests three quarters: not the four
    equal installments, so its figures are read as they are and the change is no rewording."""
    old = "The New Options will vest in four equal annual installments."
    new = "The New Options will vest 25% on each of the first three anniversaries."
    proposal = propose(drafted(TERMS, [old], [new])[0])
    assert proposal.materiality.value == "consideration", proposal.reason
