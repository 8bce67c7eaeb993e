"""An extension that leaves a withdrawal deadline behind: the revised offer moves its
expiration, but a paragraph no item changes still ends withdrawal rights at the old date
(as a date, a date and time, or a time "on the expiration date"). Under Rule 13e-4(f)(2)(i)
withdrawal rights last as long as the offer is open: an error naming the place and the rule.
The notice and the filing's Item 4 say the same of withdrawal: where the rule binds, both
say it runs to the new expiration; where it does not (straight debt), both say when it ends."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import Amendment, draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.extension import extension_statement
from amendtool.core.filing import FilingDetails
from amendtool.core.filing_document import notice_blocks
from amendtool.core.findings import Finding
from tests.support.builders import Spec, doc
from tests.support.plain import plain_filing

OLD, NEW = "April 23, 2026", "May 7, 2026"
BACK_END = (
    "If we have not accepted your tendered options by May 1, 2026, you may withdraw them at "
    "any time thereafter."
)


def _offer(day: str, withdrawal: str) -> Spec:
    return [
        ("", ["Halvorsen offers to exchange options for new options."]),
        ("1. Expiration Date", [f"The offer expires at 11:59 p.m., Eastern Time, on {day}."]),
        ("4. Withdrawal Rights", [f"{withdrawal} {BACK_END}"]),
        ("5. Conditions", ["We may withdraw the offer at any time before April 23, 2026."]),
    ]


@pytest.fixture
def extended(example_filing_toml: Path) -> FilingDetails:
    details = plain_filing(example_filing_toml)
    return dataclasses.replace(details, expiration=dt.datetime(2026, 5, 7, 23, 59))


def _extension(filing: FilingDetails, withdrawal: str) -> Amendment:
    """The offer extended from April 23 to May 7, its withdrawal sentence left as it was."""
    return draft_amendment(doc(_offer(OLD, withdrawal)), doc(_offer(NEW, withdrawal)), filing)


def _withdrawal(amendment: Amendment) -> list[Finding]:
    return [f for f in run_checks(amendment) if f.code == "withdrawal_period"]


def _withdrawal_answer(amendment: Amendment) -> str:
    texts = [b.text for b in notice_blocks(amendment)]
    at = next(i for i, t in enumerate(texts) if "withdraw" in t and t.endswith("?"))
    return texts[at + 1]


LEFT_BEHIND = [
    "You may withdraw your tendered options at any time before 11:59 p.m., Eastern Time, "
    f"on {OLD}.",
    f"Withdrawal rights end at 11:59 p.m., Eastern Time, on Thursday, {OLD}.",
    f"You may withdraw your tendered options at any time until {OLD}.",
    f"You may change or withdraw your election at any time on or before {OLD}.",
    "You may withdraw your tendered options at any time before 5:00 p.m., Eastern Time, on "
    "the expiration date.",
]


@pytest.mark.parametrize("withdrawal", LEFT_BEHIND)
def test_a_withdrawal_deadline_left_before_the_new_expiration_is_an_error(
    extended: FilingDetails, withdrawal: str
) -> None:
    amendment = _extension(extended, withdrawal)
    assert amendment.kind == "extension"
    (finding,) = _withdrawal(amendment)
    assert finding.severity == "error"
    assert "Rule 13e-4(f)(2)(i)" in finding.message
    assert "4. Withdrawal Rights" in finding.message  # the place counsel amends
    assert "May 7, 2026" in finding.message  # the expiration it ends before
    # nothing tells counsel the date might stand: it cannot
    dependent = [f for f in run_checks(amendment) if f.code == "extension_dates"]
    assert not any("Withdrawal Rights" in f.message for f in dependent)


@pytest.mark.parametrize("withdrawal", LEFT_BEHIND)
def test_the_notice_and_item_4_agree_that_withdrawal_runs_to_the_new_expiration(
    extended: FilingDetails, withdrawal: str
) -> None:
    amendment = _extension(extended, withdrawal)
    answer = _withdrawal_answer(amendment)
    assert "Only until" not in answer and OLD not in answer, answer
    assert "May 7, 2026" in answer
    assert "withdraw" in extension_statement(amendment)
    assert f"will now expire at 11:59 p.m., Eastern Time, on {NEW}" in (
        extension_statement(amendment)
    )


@pytest.mark.parametrize(
    "withdrawal",
    [
        "You may withdraw your tendered options at any time before the offer expires.",
        f"You may withdraw your tendered options at any time before 11:59 p.m., Eastern "
        f"Time, on {NEW}.",
        "You may withdraw your tendered options at any time until the expiration date.",
    ],
)
def test_withdrawal_that_runs_to_the_new_expiration_is_no_finding(
    extended: FilingDetails, withdrawal: str
) -> None:
    assert _withdrawal(_extension(extended, withdrawal)) == []


def test_a_debt_tender_ending_withdrawal_early_says_so_in_the_notice_and_in_item_4(
    extended: FilingDetails,
) -> None:
    notes = dataclasses.replace(extended, securities_title="6.25% Senior Notes due 2031")
    amendment = _extension(notes, LEFT_BEHIND[0])
    assert [f.severity for f in _withdrawal(amendment)] == []  # Regulation 14E alone
    answer = _withdrawal_answer(amendment)
    assert answer.startswith("Only until") and OLD in answer, answer
    statement = extension_statement(amendment)
    said = [s for s in statement.split(". ") if "withdraw" in s]
    assert said and all(OLD in s and NEW not in s for s in said), statement
