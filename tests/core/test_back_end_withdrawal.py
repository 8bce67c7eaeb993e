"""Rule 13e-4(f)(2)(ii): holders may withdraw tendered securities not yet accepted once 40
business days have passed from commencement. An amendment that moves that back-end date
later (an extension that carries it along with the expiration), or takes the right out,
cuts withdrawal off before the date the rule gives: the checks say so, with the latest
date the rule allows. Days are counted as Rule 14d-1(g)(3) and SPEC §5 count them: the day
of commencement is the first business day (or, commenced on a weekend or a holiday, the next
business day is). The offer commenced on Monday, August 27, 2001: its 40th business day is
Tuesday, October 23, 2001 (Labor Day and Columbus Day are not counted), so holders may
withdraw what is not accepted from October 24 on."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from amendtool.core.amendment import draft_amendment
from amendtool.core.back_end_withdrawal import latest_back_end
from amendtool.core.business_days import (
    EASTERN,
    business_days_open,
    holiday_name,
    is_business_day,
)
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
        BACK_END.format("October 24, 2001"),  # the 41st business day: one too many
        "Options not accepted for exchange may be withdrawn on or after October 25, 2001.",
        "If we have not accepted your tendered options by November 5, 2001, you may withdraw "
        "them at any time thereafter.",
        "Options not accepted for exchange may be withdrawn on or after November 6, 2001.",
    ],
)
def test_a_back_end_date_moved_past_forty_business_days_is_an_error(
    example_filing_toml: Path, later: str
) -> None:
    old = [ANY_TIME, BACK_END.format("October 22, 2001")]
    [finding] = _findings(example_filing_toml, old, [ANY_TIME, later])
    assert finding.severity == "error"
    assert "Rule 13e-4(f)(2)(ii)" in finding.message
    assert "October 23, 2001" in finding.message
    assert finding.item == 0


@pytest.mark.parametrize(
    "kept",
    [
        BACK_END.format("October 23, 2001"),
        BACK_END.format("October 19, 2001"),  # earlier than the rule needs: more for holders
        "Options not accepted for exchange may be withdrawn on or after October 24, 2001.",
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
    assert "October 23, 2001" in finding.message


@pytest.mark.parametrize(
    ("commenced", "last_day", "holidays_skipped"),
    [
        # Monday, August 27, 2001: Labor Day (September 3) and Columbus Day (October 8) are
        # not counted; August 27 is day 1, Tuesday, October 23 day 40
        (dt.date(2001, 8, 27), dt.date(2001, 10, 23), 2),
        # Tuesday, March 3, 2026: no federal holiday falls in the period (Good Friday is
        # none); March 3 is day 1, Monday, April 27 day 40
        (dt.date(2026, 3, 3), dt.date(2026, 4, 27), 0),
        # Saturday, June 13, 2026: the period begins on Monday, June 15 (day 1); Juneteenth
        # (Friday, June 19) and Independence Day (observed Friday, July 3) are not counted
        (dt.date(2026, 6, 13), dt.date(2026, 8, 11), 2),
    ],
)
def test_forty_business_days_count_the_day_of_commencement(
    commenced: dt.date, last_day: dt.date, holidays_skipped: int
) -> None:
    assert latest_back_end(commenced) == last_day
    # the same count the expiration's timing uses: 40 business days, commencement counted
    midnight = dt.time(0, 0, tzinfo=EASTERN)
    end_of_last_day = dt.datetime.combine(last_day + dt.timedelta(days=1), midnight)
    assert business_days_open(commenced, end_of_last_day) == 40
    days = [commenced + dt.timedelta(days=n) for n in range((last_day - commenced).days + 1)]
    skipped = [d for d in days if d.weekday() < 5 and holiday_name(d)]
    assert len(skipped) == holidays_skipped
    assert is_business_day(last_day)
