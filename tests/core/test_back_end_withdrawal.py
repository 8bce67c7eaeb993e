"""Rule 13e-4(f)(2)(ii): holders may withdraw tendered securities not yet accepted once 40
business days have passed from commencement. An amendment that moves that back-end date
later (an extension that carries it along with the expiration), or takes the right out,
cuts withdrawal off before the date the rule gives: the checks say so, with the latest
date the rule allows. The offer commenced on August 27, 2001: 40 business days from then
end on October 24, 2001 (Labor Day and Columbus Day are not counted)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.checks import run_checks
from amendtool.core.filing import load_filing
from amendtool.core.findings import Finding
from tests.support.builders import doc

ANY_TIME = "You may withdraw your tendered options at any time before the expiration date."
BACK_END = (
    "In addition, unless we accept your tendered options for exchange before 11:59 p.m., "
    "Eastern Time, on {}, you may withdraw your tendered options at any time after that date."
)


def _findings(example_filing_toml: Path, old: list[str], new: list[str]) -> list[Finding]:
    filing = dataclasses.replace(load_filing(example_filing_toml), notice_explanation="")
    cover = ("", ["Acme Widgets, Inc. is offering to exchange options for new options."])
    terms = ("1. Expiration Date", ["The offer expires at 11:59 p.m. on September 27, 2001."])
    original = doc([cover, terms, ("4. Withdrawal Rights", old)])
    revised = doc([cover, terms, ("4. Withdrawal Rights", new)])
    findings = run_checks(draft_amendment(original, revised, filing))
    return [f for f in findings if f.code == "back_end_withdrawal"]


@pytest.mark.parametrize(
    "later",
    [
        BACK_END.format("November 5, 2001"),
        "If we have not accepted your tendered options by November 5, 2001, you may withdraw "
        "them at any time thereafter.",
        "Options not accepted for exchange may be withdrawn on or after November 6, 2001.",
    ],
)
def test_a_back_end_date_moved_past_forty_business_days_is_an_error(
    example_filing_toml: Path, later: str
) -> None:
    old = [ANY_TIME, BACK_END.format("October 24, 2001")]
    [finding] = _findings(example_filing_toml, old, [ANY_TIME, later])
    assert finding.severity == "error"
    assert "Rule 13e-4(f)(2)(ii)" in finding.message
    assert "October 24, 2001" in finding.message and "November" in finding.message
    assert finding.item == 0


@pytest.mark.parametrize(
    "kept",
    [
        BACK_END.format("October 24, 2001"),
        BACK_END.format("October 19, 2001"),  # earlier than the rule needs: more for holders
        "Options not accepted for exchange may be withdrawn on or after October 25, 2001.",
    ],
)
def test_a_back_end_date_within_forty_business_days_is_no_finding(
    example_filing_toml: Path, kept: str
) -> None:
    old = [ANY_TIME, BACK_END.format("October 22, 2001")]
    assert _findings(example_filing_toml, old, [ANY_TIME, kept]) == []


def test_taking_the_back_end_right_out_is_flagged(example_filing_toml: Path) -> None:
    old = [ANY_TIME, BACK_END.format("October 24, 2001")]
    new = [ANY_TIME, "Your tendered options may not be withdrawn after the expiration date."]
    [finding] = _findings(example_filing_toml, old, new)
    assert "Rule 13e-4(f)(2)(ii)" in finding.message
    assert "October 24, 2001" in finding.message
