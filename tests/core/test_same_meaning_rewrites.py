"""Rewrites that keep the meaning are proposed clarifying: the same clauses in another order
("You will receive one New Option for every two …" → "For every two …, you will receive one
New Option"), the same people named more shortly ("Members of our board of directors" → "Our
directors"), and a tax treatment said in the present ("will be treated as ordinary
compensation income" → "is ordinary compensation income"), and a vesting schedule's length
restated in months ("three years, one-third on each anniversary" → "36 months, one-third on
each of the first three anniversaries"): the length is the schedule's own. A rewrite that
swaps who does what stays material."""

from __future__ import annotations

import pytest

from amendtool.core.items import Materiality
from amendtool.core.plain_facts import fact_changes
from tests.support.materiality import drafted_one

C = Materiality.CLARIFYING


@pytest.mark.parametrize(
    ("heading", "old", "new"),
    [
        (
            "2. Exchange Ratio",
            "You will receive one New Option for every two Eligible Options you exchange.",
            "For every two Eligible Options you exchange, you will receive one New Option.",
        ),
        (
            "1. Eligibility",
            "Members of our board of directors and our executive officers are not eligible to "
            "participate.",
            "Our directors and executive officers may not participate.",
        ),
        (
            "8. Material U.S. Federal Income Tax Consequences",
            "The cash payment you receive will be treated as ordinary compensation income.",
            "The cash payment you receive is ordinary compensation income.",
        ),
        (
            "9. Terms of the New Options",
            "The New Options will vest over three years, with one-third vesting on each "
            "anniversary of the grant date.",
            "The New Options will vest over 36 months, with one-third vesting on each of the "
            "first three anniversaries of the grant date.",
        ),
    ],
    ids=[
        "clauses-reordered",
        "directors-named-shortly",
        "tax-in-the-present",
        "schedule-length-in-months",
    ],
)
def test_a_rewrite_that_keeps_the_meaning_is_clarifying(heading: str, old: str, new: str) -> None:
    item = drafted_one(heading, [old], [new])
    assert item.materiality is C, item.materiality_reason


def test_a_rewrite_that_swaps_who_is_excluded_is_not_clarifying() -> None:
    old = "Employees who are not officers are eligible to participate."
    new = "Officers who are not employees are eligible to participate."
    item = drafted_one("1. Eligibility", [old], [new])
    assert item.materiality is not C


def test_the_notice_tells_no_new_period_for_a_length_said_in_months() -> None:
    """Employees are never told "is now 36 months. It was three years." of one period."""
    old = "The New Options will vest over three years, with one-third vesting each year."
    new = "The New Options will vest over 36 months, with one-third vesting each year."
    assert fact_changes(old, new)[0] == []
    [change] = fact_changes(old, new.replace("36 months", "48 months"))[0]
    assert (change.old, change.new) == ("three years", "48 months")


def test_a_word_often_confused_put_right_is_a_correction() -> None:
    old = "The Company's principle executive offices are located in Houston, Texas."
    item = drafted_one(
        "4. Certain Information Concerning the Company",
        [old],
        [old.replace("principle", "principal")],
    )
    assert item.materiality is C
    assert item.materiality_reason.startswith("Corrects spelling (“principle” → “principal”)")
